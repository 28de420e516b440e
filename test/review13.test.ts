/**
 * Review 13 (2026-12-05, 01:38–02:08 UTC), cold, of fc0ea5d: `readsKeys` (src/core/ledger.ts), asked by `carriesKeys` and by
 * the command line's part joins (src/cli/pipeline.ts sharedBases).
 *
 * Findings as `it.fails` records (each fails on the code as it stands; when one is fixed its record starts failing:
 * turn it into `it(...)`). The ILLUSTRATIVE Jiaxing catalogue (test/support/world.ts) and the CLI fixture
 * (test/cli-helpers.ts: package PK-1 claimed for 40,000.00 by SCHOOL-2 under P-003). Not official figures.
 *
 * Tried and found sound (no record): a living-allowance grant and an apprenticeship grant this library wrote, their claims
 * naming package PK-1, written by `evaluate --grants-out` as json, ndjson and csv and fed back as `--ledger`: the next
 * claim on an overlapping course is paid its 5 new days (250.00), not held; another system's package grant naming PK-1
 * keyed `trainingPackageGrant|P-999|course PK-1` (review 12's R12-3) refuses PK-1 whole, in 2 and 5 parts and in slices.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { Decision } from "../src/index.js";
import { evaluateBatch, withJiaxingCatalogue } from "../src/index.js";
import { jiaxingCatalogue, parsed } from "./support/world.js";
import { cli, evaluateSliced, evaluateSpilled, fixture, packageClaim, summaryOf, toNdjson } from "./cli-helpers.js";

// The command-line halves run the whole command several times (needs dist/: npx tsup).
vi.setConfig({ testTimeout: 120_000 });

type O = Record<string, unknown>;
const brief = (d: Decision | undefined) => [d?.outcome, d?.amount, d?.missingFacts];
const JX = withJiaxingCatalogue(jiaxingCatalogue);
/** Another system's package grant G9 (40,000.00, 2020-03-01), filed under P-999. */
const g9 = (o: O): O => ({ id: "G9", claimId: "OLD-9", traineeId: "P-999", measure: "trainingPackageGrant", provision: "jx2019.package-grant", payee: { kind: "organizer", id: "SCHOOL-2" }, amount: "40000.00", basisDate: "2020-03-01", ...o });
/** The fixture with package PK-1 claimed by SCHOOL-2 (PK-B, 40,000.00, 2020-10-01) over `ledger`: PK-B's decision. */
const pkB = (ledger: O[]): Decision | undefined => {
  const doc = fixture();
  doc["claims"] = [packageClaim("PK-B", "P-003", "SCHOOL-2", "2020-10-01")];
  return evaluateBatch(JX, parsed({ ...doc, ledger })).decisions[0];
};
/** PK-B on the command line over a CSV ledger of one grant `row`: whole, in 2 and 5 parts and in slices of 150 bytes. */
async function commandLine(row: string): Promise<[string, string | undefined][]> {
  const dir = mkdtempSync(join(tmpdir(), "review13-"));
  const other = join(dir, "other-system.csv");
  writeFileSync(other, `id,claimId,traineeId,measure,provision,payee.kind,payee.id,amount,basisDate,trainingPackageId,basisKeys\n${row}\n`);
  const next = fixture();
  next["claims"]!.push(packageClaim("PK-B", "P-003", "SCHOOL-2", "2020-10-01"));
  const ndjson = toNdjson(next);
  const args = ["-", "--input", "ndjson", "--format", "json", "--ledger", other];
  const runs: [string, string | undefined][] = [["whole", summaryOf((await cli(["evaluate", ...args], ndjson)).out)["PK-B"]]];
  for (const parts of [2, 5]) runs.push([`${parts} parts`, summaryOf((await evaluateSpilled(args, ndjson, parts)).out)["PK-B"]]);
  runs.push(["slices of 150", summaryOf((await evaluateSliced(args, ndjson, 1, 150)).out)["PK-B"]]);
  return runs;
}

describe("findings (it.fails: each fails on the code as it stands)", () => {
  // R13-1 — what (left by fc0ea5d, and before it): readsKeys asks a '*|package' key of a package grant only when it names
  // its package (`packageId === undefined ||` …). Another system's package grant that names NO package but carries a key
  // in the library's form under its trainee (`trainingPackageGrant|P-999|course PK-1`: it spells) is read by that key,
  // which keys no package: it is no longer one of the payee's "unnamed" package grants (unnamedPackageGrants reads
  // ledger.withoutKeys), so SCHOOL-2's claim on PK-1 is paid 40,000.00 — the same grant without the key holds PK-1
  // undecidable ["grant G9: trainingPackageId"] (reading earlier-grant-says-what-it-paid: it may have paid any package of
  // its payee). The key even names PK-1. The same whole, in 2 and 5 parts and in slices (sharedBases reads it the same way).
  // Why: jx2019 五(十)二 pays 「每个」 package once; final review 3's reason (a list keying its package under a person's
  // kind leaves the package unpaid-for) holds as much when the grant does not name the package.
  // Money: 40,000.00 (claimed, under the 50,000 cap) possibly paid a second time. Confidence 30 % (another system writing
  // the library's form with a person's kind and no package id is unlikely). Fix: for trainingPackageGrant, read the keys
  // only when one is '*|package' (drop the `packageId === undefined` exemption), in readsKeys and so in sharedBases.
  // fixed 2026-12-05 (the lead's mend of review 13: readsKeys asks a package grant for a '*|package' key of the package it names, or of some package when it names none): now it(...).
  it("jx2019 五(十)二 「开发职业技能培训包，给予每个不超过5万元补助」: another system's package grant to SCHOOL-2 naming no package, keyed only trainingPackageGrant|P-999|course PK-1, holds SCHOOL-2's claim on PK-1 as the same grant without keys does — not paid 40,000.00 again, in process or on the command line", async () => {
    // control: without keys G9 may have paid any SCHOOL-2 package: PK-B held for G9's package
    expect(brief(pkB([g9({})]))).toEqual(["undecidable", null, ["grant G9: trainingPackageId"]]);
    // today ["granted", "40000.00", []]
    expect(brief(pkB([g9({ basisKeys: ["trainingPackageGrant|P-999|course PK-1"] })]))).toEqual(["undecidable", null, ["grant G9: trainingPackageId"]]);
    // command line (CSV ledger, empty trainingPackageId cell): today "granted:40000.00:package_grant" in every run
    for (const [run, d] of await commandLine("G9,OLD-9,P-999,trainingPackageGrant,jx2019.package-grant,organizer,SCHOOL-2,40000.00,2020-03-01,,trainingPackageGrant|P-999|course PK-1")) expect(d, run).not.toMatch(/^granted/);
  });
  // R13-2 — what (left by fc0ea5d, and before it): readsKeys asks of a package grant naming its package that SOME key be
  // '*|package …', not that one key ITS package. Another system's grant naming PK-1 (trainingPackageId) whose only key is
  // `trainingPackageGrant|*|package PK-2` is read by that key alone: PK-1 counts as unpaid and SCHOOL-2's claim on PK-1 is
  // paid 40,000.00; the same grant with the key of PK-1, or with no keys (keyed by its trainingPackageId), refuses it
  // (basis_already_paid). The same whole, in 2 and 5 parts and in slices. Why: jx2019 五(十)二 「每个」; a record naming
  // PK-1 as what it paid is not made unpaid by a key naming another package — the same reason as final review 3 (a list
  // that does not key the package it names leaves that package unpaid-for). Money: 40,000.00 paid again. Confidence 30 %
  // (a contradictory record from another system; the library writes the key of the package it names). Fix: for a package
  // grant naming a package, read its keys only when one is `trainingPackageGrant|*|package <its trainingPackageId>` (or
  // add that key to the keys read).
  // fixed 2026-12-05 (the lead's mend of review 13: readsKeys asks a package grant for a '*|package' key of the package it names, or of some package when it names none): now it(...).
  it("jx2019 五(十)二 「开发职业技能培训包，给予每个不超过5万元补助」: another system's package grant naming PK-1 but keyed only trainingPackageGrant|*|package PK-2 still refuses PK-1 — not paid 40,000.00 again, in process or on the command line", async () => {
    // controls: keyed by PK-1, or without keys (its trainingPackageId): refused
    expect(pkB([g9({ trainingPackageId: "PK-1", basisKeys: ["trainingPackageGrant|*|package PK-1"] })])?.reasons.map((r) => r.code)).toEqual(["basis_already_paid"]);
    expect(brief(pkB([g9({ trainingPackageId: "PK-1" })]))).toEqual(["denied", "0.00", []]);
    // today ["granted", "40000.00", []]
    expect(brief(pkB([g9({ trainingPackageId: "PK-1", basisKeys: ["trainingPackageGrant|*|package PK-2"] })]))).toEqual(["denied", "0.00", []]);
    // command line (CSV ledger, payee SCHOOL-9): today "granted:40000.00:package_grant" in every run
    for (const [run, d] of await commandLine("G9,OLD-9,P-999,trainingPackageGrant,jx2019.package-grant,organizer,SCHOOL-9,40000.00,2020-03-01,PK-1,trainingPackageGrant|*|package PK-2")) expect(d, run).toBe("denied:0.00:basis_already_paid");
  });
});
