/**
 * The deciding functions given what they do not take — as a JavaScript caller, with no compiler to hold the types, gives
 * it: the policy and the document swapped, a document as JSON rather than as `parseClaimsDocument` returns it, `null`
 * options, a judging date `on` that is no date. Each is a `SkillsSubsidyError` of code `invalid_argument` naming the
 * argument and the field, in Chinese and English (src/arguments.ts) — until 2026-12-07 each was a `TypeError` from inside
 * the engine ("Cannot read properties of undefined (reading 'length')"), and a bad `on` ("2020-13-01", or the number 5)
 * was taken silently: the claim was judged as if no date had been given.
 *
 * The ordinary claimant: a Jiaxing (Nanhu) hukou worker, no status, with an EX-ELEC 初级工 skill-level certificate issued
 * 2020-06-20 and a training-subsidy claim filed 2020-07-01 (test/support/ordinary.ts; the catalogue is ILLUSTRATIVE:
 * fixtures/jiaxing/catalogue-2020.json, EX-ELEC 初级工 1000.00).
 */
import { describe, expect, it } from "vitest";
import type { CivilDate, ClaimsDocument, Policy } from "../src/index.js";
import { civilDate, decideBatch, evaluateBatch, evaluateClaim, jiaxingPolicy, Ledger, SkillsSubsidyError } from "../src/index.js";
import { compare, reform } from "../src/reform/index.js";
import { JX, cert, course, plain, ts } from "./support/ordinary.js";
import { parsed } from "./support/world.js";

const raw = { trainees: [plain], courses: [course("K1")], certificates: [cert("C1")], claims: [ts("A1", "C1")] };
const document = parsed(raw);
const claim = document.claims[0]!;
const trainee = document.trainees.get("P1")!;
const certificate = document.certificates.get("C1")!;
const claimInput = { claim, trainee, certificate, course: document.courses.get("K1")!, ledger: Ledger.empty };

/** The error `run` throws: a SkillsSubsidyError (the test fails on any other outcome). */
function thrown(run: () => unknown): SkillsSubsidyError {
  try {
    run();
  } catch (error) {
    if (error instanceof SkillsSubsidyError) return error;
    throw new Error(`expected a SkillsSubsidyError, got ${String(error)}`);
  }
  throw new Error("expected a SkillsSubsidyError, got none");
}

/** Casts a wrong value to a parameter's type, as a JavaScript caller passes it. */
const given = <T>(value: unknown): T => value as T;

describe("the ordinary claimant, given as the functions take her", () => {
  it("is paid her training subsidy by evaluateClaim, evaluateBatch and decideBatch alike", () => {
    // jx2019 五(十一): a local (Nanhu hukou) worker's EX-ELEC 初级工 certificate — the catalogue's standard, 1000.00 (ILLUSTRATIVE); no status, no uplift.
    expect(evaluateClaim(JX, claimInput).amount).toBe("1000.00");
    expect(evaluateBatch(JX, document).decisions.map((d) => d.amount)).toEqual(["1000.00"]);
    expect([...decideBatch(JX, document)].map((s) => s.decision.amount)).toEqual(["1000.00"]);
  });

  it("is judged on a date that exists when `on` gives one, at the certificate's issue date and the leap day before it", () => {
    // 2020-06-20 is the certificate's issue date: judged on it, she is paid 1000.00 (ILLUSTRATIVE) as on her filing date.
    expect(evaluateClaim(JX, claimInput, { on: civilDate("2020-06-20") }).amount).toBe("1000.00");
    // 2020-02-29 exists (2020 is a leap year) and comes before the certificate: a decision, not an error (judged_before_basis).
    expect(evaluateClaim(JX, claimInput, { on: civilDate("2020-02-29") }).reasons.map((r) => r.code)).toEqual(["judged_before_basis"]);
  });
});

describe("a policy and a document given the wrong way round", () => {
  it("is an invalid_argument error naming the policy, and saying the policy comes first", () => {
    const error = thrown(() => evaluateBatch(given<Policy>(document), given<ClaimsDocument>(JX)));
    expect(error.code).toBe("invalid_argument");
    expect(error.facts).toEqual({ argument: "policy", field: "policy" });
    expect(error.messages.en).toBe("policy must be a policy (as jiaxingPolicy, nationalPolicy, buildPolicy… return one), not an object (this looks like a claims document: the policy comes first, then the document)");
    expect(error.messages.zh).toBe("policy 应为政策（由 jiaxingPolicy、nationalPolicy、buildPolicy 等返回），而不是对象（这像是申请文档：政策在前，文档在后）");
  });

  it("is the same error from decideBatch, at its first step", () => {
    const steps = decideBatch(given<Policy>(document), given<ClaimsDocument>(JX));
    expect(thrown(() => steps.next()).facts).toEqual({ argument: "policy", field: "policy" });
  });

  it("is the same error from evaluateClaim given an empty object as its policy", () => {
    expect(thrown(() => evaluateClaim(given<Policy>({}), claimInput)).facts).toEqual({ argument: "policy", field: "policy" });
  });
});

describe("a document given as JSON rather than parsed", () => {
  it("is an invalid_argument error naming document.trainees and saying to parse it first", () => {
    const error = thrown(() => evaluateBatch(JX, given<ClaimsDocument>(raw)));
    expect(error.code).toBe("invalid_argument");
    expect(error.facts).toEqual({ argument: "document", field: "document.trainees" });
    expect(error.messages.en).toBe("document.trainees must be a Map by id, not an array; parse the document with parseClaimsDocument first and pass its result's value.document");
    expect(error.messages.zh).toBe("document.trainees 应为按 id 索引的 Map，而不是数组，请先用 parseClaimsDocument 解析文档，并传入其结果的 value.document");
  });

  it("is an error naming the document when it is null or a string", () => {
    expect(thrown(() => evaluateBatch(JX, given<ClaimsDocument>(null))).messages.en).toMatch(/^document must be a parsed claims document \(an object\), not null;/);
    expect(thrown(() => evaluateBatch(JX, given<ClaimsDocument>("{}"))).messages.en).toMatch(/^document must be a parsed claims document \(an object\), not the string "\{\}";/);
  });

  it("is an error naming the claim by its place when a claim is null", () => {
    const error = thrown(() => evaluateBatch(JX, { ...document, claims: [claim, given<typeof claim>(null)] }));
    expect(error.facts).toEqual({ argument: "document", field: "document.claims[1]" });
    expect(error.messages.en).toBe("document.claims[1] must be a record (an object), not null");
  });

  it("is an error naming the ledger when it is absent", () => {
    const { ledger: _, ...noLedger } = document;
    expect(thrown(() => evaluateBatch(JX, given<ClaimsDocument>(noLedger))).facts).toEqual({ argument: "document", field: "document.ledger" });
  });
});

describe("options that are not options", () => {
  it("is an error for null options (a default stands in only for options not given)", () => {
    expect(thrown(() => evaluateBatch(JX, document, given<object>(null))).messages.en).toBe("options must be an object or absent, not null");
    expect(thrown(() => evaluateClaim(JX, claimInput, given<object>([]))).messages.en).toBe("options must be an object or absent, not an array");
  });

  it("is an error for a judging date that does not exist, where it was taken silently before", () => {
    // 2021 is not a leap year: 2021-02-29 is no date; 2020-13-01 has no month 13.
    for (const on of ["2021-02-29", "2020-13-01", "2020-6-20", 20200620]) {
      const error = thrown(() => evaluateClaim(JX, claimInput, { on: given<CivilDate>(on) }));
      expect(error.facts).toEqual({ argument: "options", field: "options.on" });
      expect(error.messages.zh).toContain("options.on 应为存在的日期 YYYY-MM-DD 或不给出");
    }
    expect(thrown(() => evaluateBatch(JX, document, { on: given<CivilDate>("2020-13-01") })).messages.en).toBe('options.on must be a date YYYY-MM-DD that exists, or absent, not the string "2020-13-01"');
  });

  it("is an error for a trace that is not a boolean", () => {
    expect(thrown(() => evaluateBatch(JX, document, { trace: given<boolean>("no") })).messages.en).toBe('options.trace must be true, false or absent, not the string "no"');
  });

  it("is an error for facts from elsewhere that are not Sets and Maps", () => {
    expect(thrown(() => evaluateBatch(JX, document, { elsewhere: given<object>({ paid: ["A1"] }) })).facts).toEqual({ argument: "options", field: "options.elsewhere.paid" });
    expect(thrown(() => evaluateBatch(JX, document, { elsewhere: given<object>({ unread: {} }) })).messages.en).toBe("options.elsewhere.unread must be a Map or absent, not an object");
  });
});

describe("a claim's input without its claim or trainee", () => {
  it("is an error naming input.claim, then input.trainee, then the ledger, then a record given as something else", () => {
    expect(thrown(() => evaluateClaim(JX, given<typeof claimInput>({}))).facts).toEqual({ argument: "input", field: "input.claim" });
    expect(thrown(() => evaluateClaim(JX, given<typeof claimInput>({ claim }))).facts).toEqual({ argument: "input", field: "input.trainee" });
    // the ledger is required (Ledger.empty for none): without it the training subsidy's rule read `grantsOf` of undefined
    expect(thrown(() => evaluateClaim(JX, given<typeof claimInput>({ claim, trainee, certificate }))).messages.en).toBe("input.ledger must be a ledger (Ledger.empty for none), not undefined (not given)");
    expect(thrown(() => evaluateClaim(JX, given<typeof claimInput>({ claim, trainee, certificate, ledger: [] }))).facts).toEqual({ argument: "input", field: "input.ledger" });
    expect(thrown(() => evaluateClaim(JX, given<typeof claimInput>({ claim, trainee, certificate: "C1", ledger: Ledger.empty }))).messages.en).toBe('input.certificate must be a record (an object) or absent, not the string "C1"');
  });
});

describe("compare given what it does not take", () => {
  it("names the base, the reformed policy and the document", () => {
    const r = reform(jiaxingPolicy(), { id: "cap-4", label: { zh: "每年四次", en: "four a year" }, changes: [{ parameter: "trainingSubsidy.annualCap", from: "2020-01-01", value: 4 }] });
    if (!r.ok) throw new Error("the reform does not apply");
    expect(thrown(() => compare(given<Policy>(document), r.value.policy, document)).facts).toEqual({ argument: "base", field: "base" });
    expect(thrown(() => compare(jiaxingPolicy(), given<Policy>(null), document)).facts).toEqual({ argument: "reformed", field: "reformed" });
    expect(thrown(() => compare(jiaxingPolicy(), r.value.policy, given<ClaimsDocument>(raw))).facts).toEqual({ argument: "document", field: "document.trainees" });
    expect(thrown(() => compare(jiaxingPolicy(), r.value.policy, document, { on: given<CivilDate>("2020-02-30") })).facts).toEqual({ argument: "options", field: "options.on" });
  });
});
