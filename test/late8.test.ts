/**
 * Late review 8 (2026-12-04, cold): ffc044c, "a training-subsidy claim naming another course than
 * the one its certificate's record names is held" (course_not_certificate_course; reading
 * certificate-names-its-course; jx2019/gbf2019 「参加培训后取得证书」).
 *
 * The first describe block holds the review's three findings, left as `it.fails` records (each fails on the code as it
 * stands; when one is fixed its test starts failing: turn it into `it(...)`): the hold comes before every other check, so
 * a claim the text refuses whichever course it names is held instead (no money moves: nothing is paid either way), and a
 * claim naming another course that would be judged alike is held (30 %: it names a training that did not earn the
 * certificate). Not changed the same evening: judging the other checks without the certificate's own course record (the
 * rule is given the claim's) could refuse on the wrong course. The second block holds what was tried and holds.
 *
 * Figures: the ILLUSTRATIVE Jiaxing catalogue (fixtures/jiaxing/catalogue-2020.json): EX-ELEC 初级工
 * 1000.00, EX-SEW 初级工 800.00 (special-ability row 500.00).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Decision } from "../src/index.js";
import { catalogueSourceFor, evaluateBatch, evaluateClaim, nationalPolicy, parseClaimsDocument, parseSubsidyCatalogue, withCatalogue, withJiaxingCatalogue } from "../src/index.js";
import { createHandler } from "../src/server/index.js";
import { cli, evaluateSpilled } from "./cli-helpers.js";
import { ability, employee, enterprises, NANHU, preJob } from "./support/enterpriseRoutes.js";
import { jiaxingCatalogue, parsed as parse } from "./support/world.js";

type O = Record<string, unknown>;
const jx = withJiaxingCatalogue(jiaxingCatalogue);
const byId = (ds: readonly Decision[]) => Object.fromEntries(ds.map((d) => [d.claimId, d]));
const worker = { id: "P1", birthDate: "1995-05-01", statuses: [], hukouRegion: NANHU };
const trainee = { kind: "trainee", id: "P1" };
const course = (o: O = {}): O => ({ id: "C1", traineeId: "P1", kind: "employmentSkills", occupation: { code: "EX-ELEC", name: "电工（示意）" }, classHours: 80, startDate: "2020-05-01", endDate: "2020-05-20", attendedDays: 20, region: NANHU, ...o });
const junior = (o: O = {}): O => ({ id: "K1", traineeId: "P1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", issuedOn: "2020-05-25", courseId: "C1", ...o });
const subsidy = (id: string, claimant: O, o: O = {}): O => ({ id, measure: "trainingSubsidy", traineeId: "P1", claimant, certificateId: "K1", submittedOn: "2020-06-01", ...(claimant["kind"] === "enterprise" ? { enterpriseId: claimant["id"] } : {}), ...o });
const decide = (doc: O) => byId(evaluateBatch(jx, parse({ trainees: [worker], ...doc })).decisions);
const paid = (d: Decision | undefined) => [d?.outcome, d?.amount ?? null, d?.payee?.id ?? null];

const codes = (d: Decision | undefined) => d?.reasons.map((x) => x.code);
const FUYANG = "anhui.fuyang";

describe("late review 8 findings (it.fails: left, each fails on the code as it stands)", () => {
  // gbf2019 (十二) 「按规定给予职业培训补贴，原则上每人每年可享受不超过3次，但同一职业同一等级不可重复享受」.
  // Library: K1 (EX-ELEC 初级工, record names C1) is paid 1000.00 on claim A; claim B on the same K1 naming the worker's
  // other course C2 is now held (course_not_certificate_course, asking claim.courseId). Before ffc044c it was refused
  // (occupation_level_already_subsidised). Right: refused — whichever course earned K1, EX-ELEC 初级工 was paid once to P1,
  // so the answer the hold asks for cannot change the outcome. Money: nothing more is paid either way; a claim for a
  // second 1000.00 stays open (held, the claimant asked which course) where the text refuses it. Confidence 50 %.
  it.fails("gbf2019 「同一职业同一等级不可重复享受」: a second claim on a certificate already paid, naming another course, is refused as before, not held asking which course earned it", () => {
    const r = decide({ courses: [course(), course({ id: "C2", startDate: "2020-03-01", endDate: "2020-03-20" })], certificates: [junior()], claims: [subsidy("A", trainee, { courseId: "C1" }), subsidy("B", trainee, { courseId: "C2", submittedOn: "2020-06-02" })] });
    expect(paid(r["A"])).toEqual(["granted", "1000.00", "P1"]); // EX-ELEC 初级工 row
    expect([r["B"]?.outcome, codes(r["B"])]).toEqual(["denied", ["occupation_level_already_subsidised"]]);
  });

  // gbf2019 (十二) 「符合条件的劳动者在户籍地、常住地、求职就业地参加培训后取得证书」; under Jiaxing's policy the place
  // judged is the policy's region (residency basis), not the course's. Library: a worker with an Anhui hukou, no Jiaxing
  // residence, work or unemployment registration is refused (no_residency_basis) when the claim names C1 or none, but
  // held (course_not_certificate_course) when it names C2. Right: refused — the basis fails whichever course it was.
  // Money: none paid either way; a 1000.00 claim held that the text refuses. Confidence 40 %.
  it.fails("gbf2019 「在户籍地、常住地、求职就业地参加培训后取得证书」: a worker with no residency basis in Jiaxing is refused whichever course the claim names, not held", () => {
    const outsider = { ...worker, hukouRegion: FUYANG, residenceRegion: FUYANG, hasResidencePermit: false, employmentRegion: FUYANG, unemploymentRegisteredAt: FUYANG };
    const doc = (o: O) => byId(evaluateBatch(jx, parse({ trainees: [outsider], courses: [course(), course({ id: "C2", startDate: "2020-03-01", endDate: "2020-03-20" })], certificates: [junior()], claims: [subsidy("A", trainee, o)] })).decisions)["A"];
    expect([doc({ courseId: "C1" })?.outcome, doc({})?.outcome]).toEqual(["denied", "denied"]);
    expect(doc({ courseId: "C2" })?.outcome).toBe("denied");
  });

  // 「参加培训后取得证书」. Library: K1's record names C1; the claim names C2. Both are P1's employment-skills courses of
  // EX-ELEC in Nanhu, neither pre-job, safety nor project training, no fee: judged on either the worker is paid the EX-ELEC
  // 初级工 row, 1000.00, to P1. The library holds the claim. Right (arguably): paid 1000.00, since which training earned
  // the certificate changes nothing the text pays on. Against: the claim form names a training that did not earn the
  // certificate, which a caseworker may want to see. Money: 1000.00 held. Confidence 30 %.
  it.fails("「参加培训后取得证书」: a claim naming another course of the worker's that is judged exactly as the certificate's own (both local employment-skills courses) is paid 1000.00, not held", () => {
    const r = decide({ courses: [course(), course({ id: "C2", startDate: "2020-03-01", endDate: "2020-03-20" })], certificates: [junior()], claims: [subsidy("A", trainee, { courseId: "C2" })] });
    expect(paid(r["A"])).toEqual(["granted", "1000.00", "P1"]);
  });
});

describe("late review 8: what was tried and holds", () => {
  it("the ordinary worker is paid 1000.00 (EX-ELEC 初级工 row) whether the claim names the certificate's course or none", () => {
    for (const o of [{ courseId: "C1" }, {}]) expect(paid(decide({ courses: [course()], certificates: [junior()], claims: [subsidy("A", trainee, o)] })["A"])).toEqual(["granted", "1000.00", "P1"]);
  });

  it("jx2019 三(一)一 「按初级工标准给予组织单位补贴」: the organising unit, as organizer or as enterprise, is paid 800.00 (EX-SEW 初级工 row) naming the certificate's course or none", () => {
    for (const claimant of [{ kind: "organizer", id: "E1" }, { kind: "enterprise", id: "E1" }]) {
      for (const o of [{ courseId: "C1" }, {}]) {
        const r = byId(evaluateBatch(jx, parse({ trainees: [employee], enterprises, courses: [preJob()], certificates: [ability()], claims: [subsidy("A", claimant, o)] })).decisions);
        expect(paid(r["A"])).toEqual(["granted", "800.00", "E1"]);
      }
    }
  });

  it("a certificate naming a course the document lacks, claimed naming a real course, is held (the records disagree: a real doubt)", () => {
    const d = decide({ courses: [course({ id: "C2" })], certificates: [junior({ courseId: "C9" })], claims: [subsidy("A", trainee, { courseId: "C2" })] })["A"];
    expect([d?.outcome, codes(d), d?.missingFacts]).toEqual(["undecidable", ["course_not_certificate_course"], ["claim.courseId"]]);
  });

  it("a claim naming another trainee's course, or a course the document lacks, is set aside before any decision (reference_mismatch, unknown_reference): it cannot dodge the certificate's course", () => {
    const other = { ...worker, id: "P2" };
    const p = parseClaimsDocument({ trainees: [worker, other], courses: [course(), course({ id: "C2", traineeId: "P2" })], certificates: [junior()], claims: [subsidy("A", trainee, { courseId: "C2" }), subsidy("B", trainee, { courseId: "C9" })] });
    expect(p.ok && [p.value.document.claims.length, p.value.invalid.map((i) => i.issues.map((x) => x.code))]).toEqual([0, [["reference_mismatch"], ["unknown_reference"]]]);
  });

  it("evaluateClaim with a hand-built input: a course other than the certificate's is held; the certificate's own is paid 1000.00", () => {
    const claim = subsidy("A", trainee, { courseId: "C2" });
    const base = { claim, trainee: worker, certificate: junior(), ledger: evaluateBatch(jx, parse({ trainees: [worker], claims: [] })).ledger } as never as Parameters<typeof evaluateClaim>[1];
    const held = evaluateClaim(jx, { ...base, course: course({ id: "C2" }) } as never);
    expect([held.outcome, codes(held)]).toEqual(["undecidable", ["course_not_certificate_course"]]);
    const own = evaluateClaim(jx, { ...base, claim: { ...claim, courseId: "C1" }, course: course() } as never);
    expect([own.outcome, own.amount]).toEqual(["granted", "1000.00"]);
  });

  const csv = (region: string) =>
    [
      "type,id,traineeId,birthDate,statuses,hukouRegion,kind,occupation.code,occupation.name,level,classHours,startDate,endDate,attendedDays,region,issuedOn,measure,claimant.kind,claimant.id,courseId,certificateId,submittedOn",
      `trainee,P1,,1995-05-01,,${NANHU},,,,,,,,,,,,,,,,`,
      `course,C1,P1,,,,employmentSkills,EX-ELEC,电工（示意）,,80,2020-05-01,2020-05-20,20,${region},,,,,,,`,
      `course,C2,P1,,,,employmentSkills,EX-ELEC,电工（示意）,,80,2020-03-01,2020-03-20,20,${NANHU},,,,,,,`,
      "certificate,K1,P1,,,,skillLevelCertificate,EX-ELEC,电工（示意）,junior,,,,,,2020-05-25,,,,C1,,",
      "claim,A,P1,,,,,,,,,,,,,,trainingSubsidy,trainee,P1,,K1,2020-06-01",
      "claim,C,P1,,,,,,,,,,,,,,trainingSubsidy,trainee,P1,C2,K1,2020-06-01",
      "",
    ].join("\n");
  const outcomes = (out: string) => Object.fromEntries(out.trim().split("\n").map((l) => JSON.parse(l) as { type: string; claimId: string; outcome: string; amount: string | null; reasons: { code: string }[] }).filter((d) => d.type === "decision").map((d) => [d.claimId, [d.outcome, d.amount, d.reasons.map((x) => x.code).at(-1)]]));

  it("the command line on CSV (courseId an empty cell), whole and partitioned: the certificate's course is read; the other course is held", async () => {
    const dir = mkdtempSync(join(tmpdir(), "late8-"));
    for (const [region, a] of [
      [NANHU, ["granted", "1000.00", "training_subsidy_standard"]], // EX-ELEC 初级工 row
      [FUYANG, ["denied", "0.00", "course_outside_jurisdiction"]],
    ] as const) {
      const file = join(dir, `c-${region}.csv`);
      writeFileSync(file, csv(region));
      const args = ["evaluate", file, "--catalogue", "fixtures/jiaxing/catalogue-2020.json", "--format", "ndjson", "--no-trace"];
      for (const run of [await cli(args), await evaluateSpilled(args.slice(1))]) {
        expect(run.code).toBe(0);
        const o = outcomes(run.out);
        expect(o["A"]).toEqual(a);
        // C names C2: held (in Nanhu, where A was paid K1 first, C's hold is the first finding above)
        if (region === FUYANG) expect(o["C"]).toEqual(["undecidable", null, "course_not_certificate_course"]);
      }
    }
  });

  it("the web service's one-claim body: a claim naming no course is judged with the body's course its certificate names (outside Jiaxing: refused); naming another is held", async () => {
    const handler = createHandler();
    const post = async (body: unknown) => (await (await handler(new Request("http://localhost/evaluate?trace=false", { method: "POST", body: JSON.stringify(body) }))).json()) as { decisions: Decision[] };
    const none = await post({ claim: subsidy("A", trainee), trainee: worker, course: course({ region: FUYANG }), certificate: junior() });
    expect([none.decisions[0]?.outcome, codes(none.decisions[0])]).toEqual(["denied", ["course_outside_jurisdiction"]]);
    const other = await post({ claim: subsidy("A", trainee, { courseId: "C2" }), trainee: worker, course: course({ id: "C2" }), certificate: junior() });
    expect([other.decisions[0]?.outcome, codes(other.decisions[0])]).toEqual(["undecidable", ["course_not_certificate_course"]]);
  });

  it("the national policy (residency judged where the course took place): the certificate's own course in the trainee's hukou place is paid 1000.00 (the ILLUSTRATIVE 2020 edition's EX-ELEC 初级工 row), named or not; another course of the trainee's there is held", () => {
    const edition = parseSubsidyCatalogue(JSON.parse(readFileSync("fixtures/examples/catalogue-2020.json", "utf8")));
    if (!edition.ok) throw new Error("unreadable catalogue");
    const national = withCatalogue(nationalPolicy(), edition.value, catalogueSourceFor(nationalPolicy()));
    // an unemployed worker (the free-training group), hukou in Nanhu, both courses there
    const unemployed = { ...worker, statuses: ["unemployed"] };
    const run = (o: O) => byId(evaluateBatch(national, parse({ trainees: [unemployed], courses: [course(), course({ id: "C2", startDate: "2020-03-01", endDate: "2020-03-20" })], certificates: [junior()], claims: [subsidy("A", trainee, o)] })).decisions)["A"];
    expect([paid(run({ courseId: "C1" })), paid(run({}))]).toEqual([["granted", "1000.00", "P1"], ["granted", "1000.00", "P1"]]);
    expect(codes(run({ courseId: "C2" }))).toEqual(["course_not_certificate_course"]);
  });

  // Asymmetry noted here, not a finding: a certificate naming a course the document lacks was judged without a course
  // when the claim named none (paid 1000.00), but held when the claim named a real course (test above). Since 2026-12-05
  // (cold audits 12a and 12c; reading certificate-names-its-course) both are held: the course the certificate names
  // says where and what the training was, and the document lacks it.
  it("a certificate naming a course the document lacks, claimed naming no course, is held asking for that course (certificate.courseId), as when the claim names another", () => {
    const d = decide({ courses: [], certificates: [junior({ courseId: "C9" })], claims: [subsidy("A", trainee)] })["A"];
    expect([d?.outcome, d?.amount, d?.missingFacts]).toEqual(["undecidable", null, ["certificate.courseId"]]);
  });
});
