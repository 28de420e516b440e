/**
 * The appraisal subsidy is for the FIRST appraisal at an occupation and level, judged by the
 * certificates the trainee holds, not only by the appraisal subsidies paid before (reading:
 * appraisal-first-by-certificates; found by a cold audit, branch audit-jx). The ordinary
 * worker first: a Jiaxing-hukou worker with no special status.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import type { Certificate, Decision } from "../../index.js";
import { evaluateBatch, evaluateClaim, jiaxingPolicy, Ledger, parseClaimsDocument } from "../../index.js";
import { certificate, claim, grant, input, trainee } from "../../../test/builders.js";
import { cli, evaluateSpilled, summaryOf } from "../../../test/cli-helpers.js";

// The command-line tests run the whole command; a loaded machine can be slow.
vi.setConfig({ testTimeout: 60_000 });

type O = Record<string, unknown>;
const jiaxing = jiaxingPolicy();
const ELEC = { code: "EX-ELEC", name: "电工（示意）" };
const worker: O = { id: "B", birthDate: "1985-05-05", statuses: [], hukouRegion: "zhejiang.jiaxing.nanhu" };
const cert = (id: string, issuedOn: string, o: O = {}): O => ({ id, traineeId: "B", kind: "skillLevelCertificate", occupation: ELEC, level: "junior", issuedOn, ...o });
const appraisal = (id: string, certificateId: string, submittedOn = "2020-06-10"): O => ({
  id, measure: "appraisalSubsidy", traineeId: "B", claimant: { kind: "trainee", id: "B" }, certificateId, submittedOn,
});
/** The worker's document: the certificates held, and one appraisal claim on B1 (unless told). */
const doc = (certificates: O[], claims: O[] = [appraisal("AP-B1", "B1")], ledger: O[] = []): O => ({ trainees: [worker], certificates, claims, ledger });

function batch(raw: O): Record<string, Decision> {
  const parsed = parseClaimsDocument(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  expect(parsed.value.invalid).toEqual([]);
  return Object.fromEntries(evaluateBatch(jiaxing, parsed.value.document, { trace: false }).decisions.map((d) => [d.claimId, d]));
}
const short = (d: Decision | undefined) => (d === undefined ? "missing" : `${d.outcome}:${d.amount}:${d.reasons.map((r) => r.code).join("+")}`);

// the reasons of a paid first appraisal: the residency basis, the over-retirement sentence (a worker under 60 is presumed to have no pension entitlement), the first-time rule
const FIRST = "granted:120.00:residency_basis+within_retirement_age+appraisal_first_time";
const NOT_FIRST = "denied:0.00:appraisal_not_first";

describe("jx2019 五(十一) 「对同一职业（工种）同一技能等级通过初次职业技能鉴定并取得证书（不含培训合格证书）的参训人员，给予职业技能鉴定补贴」", () => {
  test("an ordinary worker's one 初级工 certificate, the first in its occupation, is paid 120.00", () => {
    // 「补贴标准为初级工、中级工 120 元」: 初级工 120 yuan × 1 certificate = 120.00
    expect(short(batch(doc([cert("B1", "2020-06-01")]))["AP-B1"])).toBe(FIRST);
  });

  test("a 2020 初级工 certificate is not the first appraisal when the worker holds one of the same occupation and level from 2019: denied, naming it", () => {
    // before: granted 120.00 (appraisal_first_time), though the 2019 certificate was the first
    // appraisal at 初级工 (it was never subsidised: 「从 2020 年 1 月 1 日起执行」)
    const d = batch(doc([cert("B0", "2019-06-01"), cert("B1", "2020-06-01", { kind: "qualificationCertificate" })]))["AP-B1"];
    expect(short(d)).toBe(NOT_FIRST); // not 「初次」: 0
    expect(d?.reasons[0]).toMatchObject({
      code: "appraisal_not_first",
      citation: { provision: "jx2019.appraisal-subsidy", clause: "五(十一)" },
      facts: { earlierCertificate: "B0", earlierIssuedOn: "2019-06-01", occupation: "EX-ELEC", level: "junior" },
    });
    expect(d?.reasons[0]?.message.zh).toContain("B0");
    expect(d?.reasons[0]?.message.en).toContain("2019-06-01");
  });

  test("either side of the issue date: a day before blocks; the same day does not (neither is before the other); a day later does not", () => {
    // a day before (2020-05-31): not the first. before: granted 120.00
    expect(short(batch(doc([cert("B0", "2020-05-31"), cert("B1", "2020-06-01")]))["AP-B1"])).toBe(NOT_FIRST);
    // the same day (2020-06-01): neither is first-before-the-other; 初级工 120 yuan
    expect(short(batch(doc([cert("B0", "2020-06-01"), cert("B1", "2020-06-01")]))["AP-B1"])).toBe(FIRST);
    // a day later (2020-06-02): B1 is the first, 初级工 120 yuan
    expect(short(batch(doc([cert("B1", "2020-06-01"), cert("B2", "2020-06-02")]))["AP-B1"])).toBe(FIRST);
  });

  test("two certificates of one day both claimed: one is paid 120.00 and the other is refused by the grant (同一职业同一等级, paid once), not as not-first", () => {
    const r = batch(doc([cert("B0", "2020-06-01"), cert("B1", "2020-06-01")], [appraisal("AP-B0", "B0"), appraisal("AP-B1", "B1")]));
    // judged by issue date, then claim id: AP-B0 first, 初级工 120 yuan
    expect(short(r["AP-B0"])).toBe(FIRST);
    expect(short(r["AP-B1"])).toBe("denied:0.00:appraisal_already_granted");
  });

  test("the later of two claimed certificates is refused by the grant when the earlier was paid, and by the certificate when it was not", () => {
    const paid = batch(doc([cert("B0", "2020-03-01"), cert("B1", "2020-06-01")], [appraisal("AP-B0", "B0", "2020-03-10"), appraisal("AP-B1", "B1")]));
    expect(short(paid["AP-B0"])).toBe(FIRST); // 初级工 120 yuan
    expect(short(paid["AP-B1"])).toBe("denied:0.00:appraisal_already_granted");
    // 2019: before the subsidy applies, so not paid; still the first appraisal
    const unpaid = batch(doc([cert("B0", "2019-06-01"), cert("B1", "2020-06-01")], [appraisal("AP-B0", "B0", "2019-06-10"), appraisal("AP-B1", "B1")]));
    expect(short(unpaid["AP-B0"])).toBe("denied:0.00:before_provision_start");
    expect(short(unpaid["AP-B1"])).toBe(NOT_FIRST);
  });

  test("an earlier certificate at another level, or in another occupation, does not block: the 2020 certificate is paid", () => {
    // 中级工 2019, 初级工 2020: the first 初级工 appraisal, 初级工 120 yuan
    expect(short(batch(doc([cert("B0", "2019-06-01", { level: "intermediate" }), cert("B1", "2020-06-01")]))["AP-B1"])).toBe(FIRST);
    // another occupation at 初级工: 120 yuan
    expect(short(batch(doc([cert("B0", "2019-06-01", { occupation: { code: "EX-WELD", name: "焊工（示意）" } }), cert("B1", "2020-06-01")]))["AP-B1"])).toBe(FIRST);
  });

  test("「不含培训合格证书」: an earlier training-completion certificate of the occupation is no appraisal; the 初级工 certificate is paid 120.00", () => {
    // in a document a training-completion certificate has no level
    const completion = cert("B0", "2019-06-01", { kind: "trainingCompletionCertificate", level: undefined });
    expect(short(batch(doc([completion, cert("B1", "2020-06-01")]))["AP-B1"])).toBe(FIRST); // 初级工 120 yuan
    // one built by hand with a level is not an appraisal either
    const levelled = { ...certificate({ id: "K0", issuedOn: "2019-06-01" }), kind: "trainingCompletionCertificate" } as Certificate;
    const d = evaluateClaim(jiaxing, input({ claim: claim({ measure: "appraisalSubsidy", certificateId: "K1" }), trainee: trainee(), certificate: certificate(), traineeCertificates: [levelled, certificate()] }));
    expect(d.amount).toBe("120.00"); // 中级工 120 yuan
  });

  test("an earlier level recognised directly (直接认定) is no appraisal: paid 120.00; an earlier competition certificate counts as obtained individually: denied", () => {
    expect(short(batch(doc([cert("B0", "2019-06-01", { directlyRecognised: true }), cert("B1", "2020-06-01")]))["AP-B1"])).toBe(FIRST); // 初级工 120 yuan
    // 五(五) 「可按个人获证方式给予补贴」: the competition's level stands as the first. before: granted 120.00
    expect(short(batch(doc([cert("B0", "2019-06-01", { viaCompetition: true }), cert("B1", "2020-06-01")]))["AP-B1"])).toBe(NOT_FIRST);
  });

  test("an earlier grant and an earlier certificate together: refused once, by the grant", () => {
    const ledger = [{ id: "G-0", claimId: "OLD-0", traineeId: "B", measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", payee: { kind: "trainee", id: "B" }, amount: "120.00", basisDate: "2020-02-01", occupationCode: "EX-ELEC", level: "junior" }];
    expect(short(batch(doc([cert("B0", "2020-02-01"), cert("B1", "2020-06-01")], undefined, ledger))["AP-B1"])).toBe("denied:0.00:appraisal_already_granted");
  });

  test("the single-claim API without the trainee's certificates judges on the ledger alone: paid 120.00, as before; given them, denied", () => {
    const c = claim({ measure: "appraisalSubsidy", certificateId: "K1" });
    const k1 = certificate({ issuedOn: "2020-06-01" });
    const k0 = certificate({ id: "K0", issuedOn: "2019-06-01" });
    // the history is not known: 中级工 120 yuan
    expect(evaluateClaim(jiaxing, input({ claim: c, trainee: trainee(), certificate: k1 })).amount).toBe("120.00");
    // an empty history is known to hold nothing else: 中级工 120 yuan
    expect(evaluateClaim(jiaxing, input({ claim: c, trainee: trainee(), certificate: k1, traineeCertificates: [] })).amount).toBe("120.00");
    const d = evaluateClaim(jiaxing, input({ claim: c, trainee: trainee(), certificate: k1, traineeCertificates: [k0, k1] }));
    expect(short(d)).toBe(NOT_FIRST);
    // another person's certificate in the list is not this trainee's history: 中级工 120 yuan
    expect(evaluateClaim(jiaxing, input({ claim: c, trainee: trainee(), certificate: k1, traineeCertificates: [{ ...k0, traineeId: "P2" }] })).amount).toBe("120.00");
    // the earliest earlier certificate is named
    const k00 = certificate({ id: "K00", issuedOn: "2018-06-01" });
    expect(evaluateClaim(jiaxing, input({ claim: c, trainee: trainee(), certificate: k1, traineeCertificates: [k0, k00, k1], ledger: Ledger.from([grant({ occupationCode: "6-18-02-04" })]) })).reasons[0]?.facts).toEqual({
      earlierCertificate: "K00", earlierIssuedOn: "2018-06-01", occupation: "6-29-01-01", level: "intermediate",
    });
  });

  // Cold audit 12a (2026-12-05, 55 %): a run's document need not repeat the certificates an earlier run paid; the ledger's
  // grant on one names its occupation, level and issue date (its basis date). docs/cli.md: prior grants count for the
  // first-time rule.
  test("a certificate a prior training subsidy paid, not in the document, makes a later one of its occupation and level not the first: a day before blocks, the same day does not", () => {
    const paid = (basisDate: string, o: O = {}): O[] => [{ id: "G-0", claimId: "OLD-0", traineeId: "B", measure: "trainingSubsidy", provision: "jx2019.catalogue", payee: { kind: "trainee", id: "B" }, amount: "1000.00", basisDate, certificateId: "B0", occupationCode: "EX-ELEC", level: "junior", ...o }];
    const d = batch(doc([cert("B1", "2020-06-01")], undefined, paid("2020-05-31")))["AP-B1"];
    expect(short(d)).toBe(NOT_FIRST); // B0, EX-ELEC 初级工 of 2020-05-31, was the first appraisal: 0
    expect(d?.reasons[0]?.facts).toEqual({ earlierCertificate: "B0", earlierIssuedOn: "2020-05-31", occupation: "EX-ELEC", level: "junior" });
    expect(short(batch(doc([cert("B1", "2020-06-01")], undefined, paid("2020-06-01")))["AP-B1"])).toBe(FIRST); // same day: 初级工 120 yuan
    // a skill-upgrade subsidy's certificate counts alike; another level, another occupation, or a grant naming this very certificate do not
    expect(short(batch(doc([cert("B1", "2020-06-01")], undefined, paid("2020-05-31", { measure: "insuredSkillUpgradeSubsidy", provision: "gf2018.insured-skill-upgrade" })))["AP-B1"])).toBe(NOT_FIRST);
    for (const o of [{ level: "intermediate" }, { occupationCode: "EX-WELD" }]) expect(short(batch(doc([cert("B1", "2020-06-01")], undefined, paid("2020-05-31", o)))["AP-B1"])).toBe(FIRST); // 初级工 120 yuan
    expect(batch(doc([cert("B1", "2020-06-01")], undefined, paid("2020-05-31", { certificateId: "B1" })))["AP-B1"]?.reasons.map((r) => r.code)).not.toContain("appraisal_not_first");
  });
});

describe("the command line decides the worker's claim with the certificates the document holds (records routed by trainee)", () => {
  const audit = doc([cert("B0", "2019-06-01"), cert("B1", "2020-06-01")]);
  const records: O[] = [
    { type: "trainee", ...worker },
    ...(audit["certificates"] as O[]).map((c) => ({ type: "certificate", ...c })),
    ...(audit["claims"] as O[]).map((c) => ({ type: "claim", ...c })),
  ];
  // other trainees' records between, so a split puts records in several parts
  for (let i = 0; i < 6; i++) records.splice(1 + i, 0, { type: "trainee", id: `X${i}`, birthDate: "1985-05-05", statuses: [], hukouRegion: "zhejiang.jiaxing.nanhu" });
  const ndjson = records.map((r) => JSON.stringify(r)).join("\n") + "\n";

  test("in memory and split into parts (the certificates go to their trainee's part): denied appraisal_not_first", async () => {
    // before: granted 120.00 (appraisal_first_time)
    const memory = await cli(["evaluate", "-", "--input", "ndjson", "--format", "json"], ndjson);
    expect(summaryOf(memory.out)["AP-B1"]).toBe(NOT_FIRST);
    for (const parts of [2, 3, 7]) {
      const spilled = await evaluateSpilled(["-", "--input", "ndjson", "--format", "json"], ndjson, parts);
      expect(summaryOf(spilled.out)["AP-B1"], `${parts} parts`).toBe(NOT_FIRST);
    }
  });

  test.runIf(existsSync("dist/cli.js"))("node dist/cli.js evaluate on the document: denied appraisal_not_first", () => {
    const file = join(mkdtempSync(join(tmpdir(), "ss-appraisal-first-")), "claims.json");
    writeFileSync(file, JSON.stringify(audit));
    const out = execFileSync(process.execPath, ["dist/cli.js", "evaluate", file, "--format", "json"], { encoding: "utf8" });
    expect(summaryOf(out)["AP-B1"]).toBe(NOT_FIRST);
  });
});
