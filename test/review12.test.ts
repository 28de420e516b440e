/**
 * Review 12 (2026-12-05, 01:29–01:58 UTC), cold, of 688febf (with c0ca76e, a2a1fc6): how a prior-ledger grant is read
 * (src/core/ledger.ts spellsKeys / carriesKeys / grantKeys; src/provisions/common.ts grantsWithoutLevel).
 *
 * Findings as `it.fails` records (each fails on the code as it stands; when one is fixed its record starts failing:
 * turn it into `it(...)`). The ILLUSTRATIVE Jiaxing catalogue (test/support/world.ts); living allowance 50 a day. Not
 * official figures.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { Decision } from "../src/index.js";
import { evaluateBatch, withJiaxingCatalogue } from "../src/index.js";
import { jiaxingCatalogue, parsed } from "./support/world.js";
import { apprentice, E1, period } from "./support/apprenticeship.js";
import { cli, evaluateSliced, evaluateSpilled, fixture, packageClaim, summaryOf, toNdjson } from "./cli-helpers.js";

// The command-line record runs the whole command several times (needs dist/: npx tsup).
vi.setConfig({ testTimeout: 120_000 });

type O = Record<string, unknown>;
const brief = (d: Decision | undefined) => [d?.outcome, d?.amount, d?.missingFacts];
const JX = withJiaxingCatalogue(jiaxingCatalogue);
const NANHU = "zhejiang.jiaxing.nanhu";
const TRAINEE = { kind: "trainee", id: "P1" };
const PKG = { id: "PK-1", developerKind: "vocationalCollege", commissioned: true };
const trainee = { id: "P1", birthDate: "1990-05-05", statuses: ["employmentDifficulty"], hukouRegion: NANHU };
const course = (id: string, startDate: string, endDate: string): O => ({ id, traineeId: "P1", kind: "employmentSkills", occupation: { code: "EX-ELEC", name: "电工（示意）" }, classHours: 40, startDate, endDate, attendedDays: 10, region: NANHU });
const la = (id: string, courseId: string, o: O = {}): O => ({ id, measure: "livingAllowance", traineeId: "P1", claimant: TRAINEE, courseId, submittedOn: "2020-05-20", ...o });

describe("findings (it.fails: each fails on the code as it stands)", () => {
  // R12-1 — what (new in 688febf): carriesKeys now reads a grant's keys only when one keys a package under '*' whenever
  // the grant names a trainingPackageId, whatever its measure. The claim schema takes `trainingPackage` on a claim of any
  // measure, and grantOf copies it onto the grant (engine.ts: `grant.trainingPackageId = claim.trainingPackage.id`). So a
  // living-allowance grant THIS LIBRARY WROTE, whose claim named the package its course was developed under, is read
  // without its own day keys (course K1, the package, the level only): as a grant that does not say its days. The
  // trainee's next living-allowance claim on an overlapping course K2 — in the same batch, or the next batch fed the
  // first's grants — is held `grant L1: basisKeys (its days)`, a fact the grant already carries (no way to give it but
  // to rewrite the library's own record); without the package, or before 688febf (9c52021^^ = e522aee), K2's new days are paid.
  // Why: jx2019 四(三)四 pays 「每人每天」: K2's days 05-11..05-15 were never paid; the package key guard is for the
  // package grant (五(十)二 「每个」), not a measure paid by the day.
  // Money: 250.00 held (50 × 5 new days, 05-11..05-15; the repeat days 05-06..05-10 are refused either way).
  // Confidence 45 % (a claimant naming a package on a living-allowance claim is unusual, but the schema takes it and the
  // library writes it back). Fix: require the '*|package' key only when grant.measure is trainingPackageGrant.
  // fixed 2026-12-05 (the lead's mend of review 12: readsKeys asks a '*|package' key of a package grant alone, and the command line's part joins read a grant's keys as the ledger does): now it(...).
  it("jx2019 四(三)四 「“两后生”中的农村学员和城市低保家庭学员，在培训期间通过就业补助资金按每人每天50元标准给予生活费补贴」: a living-allowance grant this library wrote, its claim naming a training package, still says its days — the next claim on an overlapping course is paid its 5 new days (250.00), not held for the grant's days", () => {
    const doc = { trainees: [trainee], courses: [course("K1", "2020-05-01", "2020-05-10"), course("K2", "2020-05-06", "2020-05-15")] };
    // control, without the package: L1 10 days × 50 = 500.00; L2 5 new days × 50 = 250.00, chained and in one batch
    const plain = evaluateBatch(JX, parsed({ ...doc, claims: [la("L1", "K1")] }));
    expect(brief(plain.decisions[0])).toEqual(["granted", "500.00", []]);
    expect(brief(evaluateBatch(JX, parsed({ ...doc, ledger: plain.grants, claims: [la("L2", "K2")] })).decisions[0])).toEqual(["granted", "250.00", []]);
    // with the package named on L1: L1 is paid 500.00 as before and its grant carries its ten day keys …
    const first = evaluateBatch(JX, parsed({ ...doc, claims: [la("L1", "K1", { trainingPackage: PKG })] }));
    expect(brief(first.decisions[0])).toEqual(["granted", "500.00", []]);
    expect(first.grants[0]?.basisKeys?.filter((k) => k.includes("|day ")).length).toBe(10);
    // … one batch: today L2 undecidable ["grant L1: basisKeys (its days)"]
    const together = evaluateBatch(JX, parsed({ ...doc, claims: [la("L1", "K1", { trainingPackage: PKG }), la("L2", "K2", { submittedOn: "2020-05-21" })] }));
    expect(brief(together.decisions.find((d) => d.claimId === "L2"))).toEqual(["granted", "250.00", []]);
    // … chained (the first batch's grants as the next batch's ledger): today the same hold
    expect(brief(evaluateBatch(JX, parsed({ ...doc, ledger: first.grants, claims: [la("L2", "K2")] })).decisions[0])).toEqual(["granted", "250.00", []]);
  });
  // R12-2 — the same root (688febf's carriesKeys), for the apprenticeship subsidy: an employer's claim naming a training
  // package (the schema takes it; grantOf copies it) gets a grant whose only key, its period
  // `apprenticeshipSubsidy|P1|period 2020-01-01..2020-05-31`, is no longer read; the grant is keyed by its apprenticeship
  // alone, so the apprentice's next record with another employer (B, 2020-06-16..12-31) is held `grant X: basisKeys (its
  // period)` — a period the library's own grant carries — in one batch and chained; without the package it is paid.
  // Money: 3000.00 held (the fixture's 6000 a year × 6 whole months 06-16..12-15 ÷ 12). Confidence 40 % (the same
  // unusual package on a non-package claim). Fix: as R12-1.
  // fixed 2026-12-05 (the lead's mend of review 12: readsKeys asks a '*|package' key of a package grant alone, and the command line's part joins read a grant's keys as the ledger does): now it(...).
  it("jx2019 三(一)二 「职工学徒按每人每年4000元至10000元的标准给予企业补贴」: an apprenticeship grant this library wrote, its claim naming a training package, still says its period — the apprentice's next record with another employer is paid 3000.00, not held for the grant's period", () => {
    const E2 = { ...E1, id: "E2" };
    const base = { trainees: [apprentice], enterprises: [E1, E2], apprenticeships: [period("A", "2020-01-01", "2020-06-15"), period("B", "2020-06-16", "2020-12-31", { enterpriseId: "E2" })] };
    const claim = (id: string, record: string, enterprise: string, submittedOn: string, o: O = {}): O => ({ id, measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: enterprise }, apprenticeshipId: record, enterpriseId: enterprise, submittedOn, ...o });
    // control, without the package: X 6000 × 5 whole months (01-01..05-31) ÷ 12 = 2500.00; Y 6000 × 6 ÷ 12 = 3000.00
    const plain = evaluateBatch(JX, parsed({ ...base, claims: [claim("X", "A", "E1", "2020-07-01")] }));
    expect(brief(plain.decisions[0])).toEqual(["granted", "2500.00", []]);
    expect(brief(evaluateBatch(JX, parsed({ ...base, ledger: plain.grants, claims: [claim("Y", "B", "E2", "2021-01-10")] })).decisions[0])).toEqual(["granted", "3000.00", []]);
    // with the package named on X: X is paid 2500.00 as before; today Y undecidable ["grant X: basisKeys (its period)"], chained and in one batch
    const first = evaluateBatch(JX, parsed({ ...base, claims: [claim("X", "A", "E1", "2020-07-01", { trainingPackage: PKG })] }));
    expect(brief(first.decisions[0])).toEqual(["granted", "2500.00", []]);
    expect(brief(evaluateBatch(JX, parsed({ ...base, ledger: first.grants, claims: [claim("Y", "B", "E2", "2021-01-10")] })).decisions[0])).toEqual(["granted", "3000.00", []]);
    const together = evaluateBatch(JX, parsed({ ...base, claims: [claim("X", "A", "E1", "2020-07-01", { trainingPackage: PKG }), claim("Y", "B", "E2", "2021-01-10")] }));
    expect(brief(together.decisions.find((d) => d.claimId === "Y"))).toEqual(["granted", "3000.00", []]);
  });
  // R12-3 — what (left by 688febf): carriesKeys now reads a package grant whose keys are the library's form under its
  // trainee with a person's kind (`trainingPackageGrant|P-999|course PK-1`) by its trainingPackageId (PK-1), but the
  // command line's part joins (src/cli/pipeline.ts sharedBases) still use spellsKeys alone: the list "spells", so the grant
  // names only its '*' keys (none) as shared bases and is not routed to the part that claims PK-1. Whole, in 2 or 3 parts
  // and in slices PK-1 is refused (basis_already_paid); in 5 parts it is paid 40,000.00 again. The decision depends on how
  // the batch was split. Why: jx2019 五(十)二 pays 「每个」 package once, and the command line promises the same decisions
  // however it splits. Money: 40,000.00 (claimed, under the 50,000 cap) paid twice. Confidence 35 % (final review 3's F2
  // form: another system writing the library's form with a person's kind is unlikely; the split discrepancy is certain).
  // Fix: in sharedBases read a grant's keys as spelled only when carriesKeys would (for a package grant, one key under
  // '*|package'), else fall through to its trainingPackageId.
  // fixed 2026-12-05 (the lead's mend of review 12: readsKeys asks a '*|package' key of a package grant alone, and the command line's part joins read a grant's keys as the ledger does): now it(...).
  it("jx2019 五(十)二 「开发职业技能培训包，给予每个不超过5万元补助」 on the command line: another system's package grant naming PK-1, its only key in the library's form under its trainee (trainingPackageGrant|P-999|course PK-1), refuses PK-1 whole, in parts and in slices — not paid 40,000.00 again in 5 parts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "review12-"));
    const other = join(dir, "other-system.csv");
    writeFileSync(other, "id,claimId,traineeId,measure,provision,payee.kind,payee.id,amount,basisDate,trainingPackageId,basisKeys\nG9,OLD-9,P-999,trainingPackageGrant,jx2019.package-grant,organizer,SCHOOL-9,40000.00,2020-03-01,PK-1,trainingPackageGrant|P-999|course PK-1\n");
    const next = fixture();
    next["claims"]!.push(packageClaim("PK-B", "P-003", "SCHOOL-2", "2020-10-01"));
    const ndjson = toNdjson(next);
    const args = ["-", "--input", "ndjson", "--format", "json", "--ledger", other];
    const runs: [string, string | undefined][] = [["whole", summaryOf((await cli(["evaluate", ...args], ndjson)).out)["PK-B"]]];
    for (const parts of [2, 3, 5]) runs.push([`${parts} parts`, summaryOf((await evaluateSpilled(args, ndjson, parts)).out)["PK-B"]]);
    for (const sliceBytes of [150, 400]) runs.push([`slices of ${sliceBytes}`, summaryOf((await evaluateSliced(args, ndjson, 1, sliceBytes)).out)["PK-B"]]);
    // PK-1 paid on OLD-9: refused in every run; today "granted:40000.00:package_grant" in 5 parts
    for (const [run, d] of runs) expect(d, run).toBe("denied:0.00:basis_already_paid");
  });
});
