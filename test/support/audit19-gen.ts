/** Cold audit 19: a deterministic generator of training-package claims documents (jx2019 五(十)二). */
import { rng } from "./rng.js";

type O = Record<string, unknown>;
const KINDS = ["vocationalCollege", "industryAssociation", "keyEnterprise", "otherDeveloper"] as const;
const DATES = ["2019-05-01", "2019-12-12", "2019-12-13", "2020-06-01", "2021-01-15", "2021-12-31", "2022-01-01", "2023-03-01"] as const;
const AMOUNTS = ["1.00", "30000.00", "49999.99", "50000.00", "50000.01", "80000.00"] as const;
const NANHU = "zhejiang.jiaxing.nanhu";
const TRAINEES: O[] = [
  { id: "P1", birthDate: "1980-01-01", statuses: [] },
  { id: "P2", birthDate: "1990-05-05", statuses: ["enterpriseEmployee"], hukouRegion: NANHU, unemploymentInsuranceMonths: { [NANHU]: 24 } },
  { id: "P3", birthDate: "1940-01-01", statuses: [], hukouRegion: "beijing" },
  { id: "P4", birthDate: "2010-01-01", statuses: [] },
];

/** One document: a few packages, each claimed one to three times, sometimes with a ledger. */
export function generate(seed: number): O {
  const r = rng(seed);
  const claims: O[] = [];
  const ledger: O[] = [];
  const nPk = 1 + r.int(3);
  let n = 0;
  for (let p = 0; p < nPk; p++) {
    const pid = `PK-${seed}-${p}`;
    const kind = r.pick(KINDS);
    const commissioned = r.chance(0.8);
    const copies = 1 + r.int(3);
    for (let k = 0; k < copies; k++) {
      const claimantKind = r.chance(0.1) ? "trainee" : r.chance(0.7) ? "organizer" : "enterprise";
      const traineeId = (r.pick(TRAINEES)["id"]) as string;
      claims.push({
        id: `C${seed}-${n++}`, measure: "trainingPackageGrant", traineeId,
        claimant: { kind: claimantKind, id: claimantKind === "trainee" ? traineeId : r.pick(["SCHOOL-1", "SCHOOL-2", "ASSOC-1"]) },
        submittedOn: r.chance(0.6) ? "2020-09-01" : r.pick(DATES),
        amountClaimed: r.pick(AMOUNTS),
        trainingPackage: { id: pid, developerKind: r.chance(0.85) ? kind : r.pick(KINDS), commissioned: r.chance(0.9) ? commissioned : !commissioned },
      });
    }
    if (r.chance(0.2)) ledger.push({ id: `G${seed}-${p}`, claimId: `OLD-${seed}-${p}`, traineeId: "P9", measure: "trainingPackageGrant", provision: "jx2019.package-grant", payee: { kind: "organizer", id: r.pick(["SCHOOL-1", "SCHOOL-9"]) }, amount: "40000.00", basisDate: "2020-03-01", ...(r.chance(0.5) ? { trainingPackageId: pid } : { basisKeys: [`trainingPackageGrant|*|package ${pid}`] }) });
  }
  if (r.chance(0.1)) ledger.push({ id: `GX${seed}`, claimId: `OLDX-${seed}`, traineeId: "P9", measure: "trainingPackageGrant", provision: "jx2019.package-grant", payee: { kind: "organizer", id: r.pick(["SCHOOL-1", "SCHOOL-9"]) }, amount: "40000.00", basisDate: "2020-03-01" });
  if (r.chance(0.1)) { const c = claims[r.int(claims.length)]!; c["trainingPackage"] = undefined; }
  if (r.chance(0.05)) { const c = claims[r.int(claims.length)]!; c["amountClaimed"] = undefined; }
  const trainees = TRAINEES.concat([{ id: "P9", birthDate: "1980-01-01", statuses: [] }]);
  return { trainees, claims: claims.map((c) => JSON.parse(JSON.stringify(c)) as O), ...(ledger.length ? { ledger } : {}) };
}
