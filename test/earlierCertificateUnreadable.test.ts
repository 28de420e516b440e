/**
 * Reading earlier-certificate-unreadable (cold audit 18, cold review 78 F2): jx2019 五(十一) pays the appraisal subsidy for
 * 「初次职业技能鉴定」 of an occupation and level, and reading appraisal-first-by-certificates reads the person's certificates
 * in the batch to tell whether it is the first. A certificate of the person set aside as invalid (a date written 2019-5-1, an
 * unknown field, an occupation without its name) may be an earlier one of that occupation and level: the appraisal it could
 * refuse is held, asking for the record corrected — not paid 120.00 on a guess. A certificate set aside that cannot be
 * earlier (another occupation or level, or issued no earlier) holds nothing, and another ground of refusal stands.
 *
 * The ordinary claimant: a local Jiaxing enterprise employee (Nanhu hukou), EX-ELEC 初级工 certificate C2 of 2020-08-20,
 * claiming its appraisal subsidy (「初级工、中级工120元」).
 */
import { describe, expect, it } from "vitest";
import type { Decision } from "../src/index.js";
import { evaluateBatch, parseClaimsDocument } from "../src/index.js";
import { cli, evaluateSpilled, toNdjson } from "./cli-helpers.js";
import { appraisal, cert, course, E1, JX, worker } from "./support/ordinary.js";

type O = Record<string, unknown>;

const later = cert("C2", { courseId: "K2", issuedOn: "2020-08-20" });
const records = (certificates: O[], trainees: O[] = [worker()]) => ({
  trainees,
  enterprises: [E1],
  courses: [course("K1"), course("K2", { startDate: "2020-08-01", endDate: "2020-08-10" })],
  certificates: [...certificates, later],
  claims: [appraisal("B", "C2", { submittedOn: "2020-09-01" })],
});
const decide = (doc: O): Decision => {
  const p = parseClaimsDocument(doc);
  if (!p.ok) throw new Error("rejected");
  return evaluateBatch(JX, p.value.document).decisions.find((d) => d.claimId === "B")!;
};
const brief = (d: Decision) => [d.outcome, d.amount, d.missingFacts];

describe("reading earlier-certificate-unreadable: jx2019 五(十一) 「通过初次职业技能鉴定并取得证书」", () => {
  it("the plain case: C2 the person's only EX-ELEC 初级工 certificate, its appraisal is paid 120.00", () => {
    expect(brief(decide(records([])))).toEqual(["granted", "120.00", []]); // 「初级工、中级工120元」
  });

  it("an earlier EX-ELEC 初级工 certificate C0 set aside — its date 2019-5-1, an unknown field, its occupation without a name, no date — holds the appraisal, asking for C0's record; not paid 120.00", () => {
    const C0 = cert("C0", { issuedOn: "2020-06-20" });
    for (const bad of [{ ...C0, issuedOn: "2019-5-1" }, { ...C0, grade: "A" }, { ...C0, occupation: { code: "EX-ELEC" } }, { ...C0, issuedOn: undefined }]) {
      const d = decide(records([bad]));
      // at stake: 120.00 (「初级工、中级工120元」) paid as the 「初次」 appraisal though C0 may be the first
      expect(brief(d), JSON.stringify(bad)).toEqual(["undecidable", null, ["certificate C0: record"]]);
    }
    // valid, C0 refuses it: not the first (reading appraisal-first-by-certificates)
    expect(decide(records([C0])).reasons.map((r) => r.code)).toContain("appraisal_not_first");
  });

  it("a certificate set aside whose id cannot be read is named by the trainee it names (its place differs between a document and the command line's parts); one whose level cannot be read is asked for too", () => {
    const d = decide(records([cert("C0", { id: 7, level: "初级" })]));
    expect(brief(d)).toEqual(["undecidable", null, ["certificate of P1 with no readable id: record"]]);
  });

  it("a certificate set aside that cannot be an earlier one holds nothing: another occupation (EX-WELD), another level (中级工), issued the same day or later — 120.00 paid", () => {
    for (const other of [cert("C0", { occupation: { code: "EX-WELD" }, issuedOn: "2019-5-1" }), cert("C0", { level: "intermediate", grade: "A" }), cert("C0", { issuedOn: "2020-08-20", grade: "A" }), cert("C0", { issuedOn: "2020-09-01", grade: "A" })]) {
      expect(brief(decide(records([other]))), JSON.stringify(other)).toEqual(["granted", "120.00", []]); // 「初级工、中级工120元」
    }
  });

  it("another person's certificate set aside holds nothing of this person's; one naming no readable trainee holds no one", () => {
    const P2 = worker({ id: "P2" });
    expect(brief(decide(records([cert("C0", { traineeId: "P2", issuedOn: "2019-5-1" })], [worker(), P2])))).toEqual(["granted", "120.00", []]);
    expect(brief(decide(records([cert("C0", { traineeId: 42, issuedOn: "2019-5-1" })])))).toEqual(["granted", "120.00", []]);
  });

  it("two differing copies of the person's earlier EX-ELEC 初级工 certificate C0 (duplicate_id, both before C2) hold the appraisal, asking for C0 once; so does a copy naming P1 beside one naming P2", () => {
    expect(brief(decide(records([cert("C0"), cert("C0", { issuedOn: "2020-06-21" })])))).toEqual(["undecidable", null, ["certificate C0: record"]]);
    // C0 of P1 and C0 of P2: the copy naming P1 may be P1's earlier one (cold review 81 F2: it paid 120.00 as the first)
    expect(brief(decide(records([cert("C0"), cert("C0", { traineeId: "P2" })], [worker(), worker({ id: "P2" })])))).toEqual(["undecidable", null, ["certificate C0: record"]]);
  });

  it("another ground of refusal stands: with a valid earlier certificate the appraisal is refused appraisal_not_first, not held", () => {
    const d = decide(records([cert("C0", { issuedOn: "2019-5-1" }), cert("C00", { issuedOn: "2020-06-20" })]));
    expect([d.outcome, d.amount]).toEqual(["denied", "0.00"]);
  });

  it("the command line holds it alike in one run and split into parts (the set-aside certificate goes to its trainee's part)", async () => {
    const doc = records([cert("C0", { issuedOn: "2019-5-1" })], [worker(), worker({ id: "P2" }), worker({ id: "P3" })]);
    const claims = [...(doc.claims as O[]), appraisal("B2", "C9", { traineeId: "P2", claimant: { kind: "trainee", id: "P2" }, submittedOn: "2020-09-01" })];
    const nd = toNdjson({ ...doc, certificates: [...(doc.certificates as O[]), cert("C9", { traineeId: "P2", courseId: undefined, issuedOn: "2020-08-20" })], claims } as never);
    const args = ["-", "--input", "ndjson", "--format", "csv", "--catalogue", "fixtures/jiaxing/catalogue-2020.json"];
    const memory = await cli(["evaluate", ...args], nd);
    expect(memory.code).toBe(1); // C0 is reported invalid
    const row = (out: string, id: string) => out.split("\n").find((l) => l.startsWith(`${id},`))!;
    expect(row(memory.out, "B")).toMatch(/^B,appraisalSubsidy,undecidable,/);
    expect(row(memory.out, "B2")).toMatch(/^B2,appraisalSubsidy,granted,trainee,P2,120\.00,/); // P2's own, 「初级工、中级工120元」
    for (const parts of [2, 3, 5]) expect((await evaluateSpilled(args, nd, parts)).out, `${parts} parts`).toBe(memory.out);
  });
});
