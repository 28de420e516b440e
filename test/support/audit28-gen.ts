/**
 * Cold audit 28: a deterministic generator (seeded, test/support/rng.ts) of claims documents for the work-for-training
 * subsidy (gbf2019 §(十一) 以工代训) under the national frameworks and the national texts with the illustrative example city
 * (ILLUSTRATIVE standard 500.00 a month from 2019-05-18 — a figure a city sets, not official).
 */
import { rng } from "./rng.js";

type O = Record<string, any>;
export type World = { doc: O; policy: "frameworks" | "national"; tag: string };

const HERE = "example.city";
export const TAGS = ["ordinary", "twoEmployers", "sevenPlus", "twice", "before", "after", "early", "noGroup", "uninsured", "priorMonths", "priorNone", "priorKeys", "mixed", "reversed", "uninsuredPoor", "traineeClaimant", "crossEnd"] as const;
const POOR = [["povertyRegistered"], ["pairedRegionPovertyRegistered"], ["liftedOutOfPoverty"], ["povertyRegistered", "employmentDifficulty"]];
const HARD = [["employmentDifficulty"], ["zeroEmploymentHousehold"], ["unemployed", "employmentDifficulty"], ["disabled", "zeroEmploymentHousehold"]];
const NONE = [["unemployed"], ["disabled"], ["veteran"], ["migrantWorker"], ["rural"], ["enterpriseEmployee"], []];

const monthAdd = (m: string, n: number) => { const k = +m.slice(0, 4) * 12 + (+m.slice(5, 7) - 1) + n; return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`; };
export const run = (m: string, n: number) => Array.from({ length: n }, (_, i) => monthAdd(m, i));
const DAY = 86_400_000;
export const addDays = (s: string, n: number) => new Date(Date.parse(s + "T00:00:00Z") + n * DAY).toISOString().slice(0, 10);

export function generate(seed: number, n: number): World[] {
  const r = rng(seed);
  const worlds: World[] = [];
  for (let i = 0; i < n; i++) {
    const tag = TAGS[i % TAGS.length]!;
    const policy = r.chance(0.5) ? "frameworks" : "national";
    const statuses = tag === "noGroup" ? r.pick(NONE) : tag === "uninsured" ? r.pick(HARD) : tag === "uninsuredPoor" ? r.pick(POOR) : r.chance(0.6) ? r.pick(POOR) : r.pick(HARD);
    const ents: O[] = [
      { id: "E1", name: "示例一厂", region: HERE, unemploymentInsuranceRegion: HERE },
      { id: "E2", name: "示例合作社", region: HERE, ...(r.chance(0.8) ? { unemploymentInsuranceRegion: HERE } : {}) },
    ];
    if (tag === "uninsured" || tag === "uninsuredPoor") delete ents[0]!["unemploymentInsuranceRegion"];
    const person: O = { id: "P1", birthDate: r.pick(["1970-03-01", "1990-05-05", "2001-09-09"]), statuses: [...statuses], hukouRegion: HERE, employmentRegion: HERE, employerId: "E1" };
    if (r.chance(0.05)) delete person["employerId"];
    const claims: O[] = [];
    const ledger: O[] = [];
    const claim = (months: string[], o: O = {}) => {
      const ent = o["ent"] ?? "E1";
      const last = months[months.length - 1]!;
      claims.push({ id: `W${claims.length + 1}`, measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: ent }, enterpriseId: ent, months, submittedOn: o["on"] ?? addDays(`${monthAdd(last, 1)}-01`, 5 + r.int(40)) });
    };
    const base = r.pick(["2019-07", "2020-03", "2020-11", "2021-05"]);
    const len = 1 + r.int(3);
    if (tag === "ordinary") claim(run(base, 2));
    else if (tag === "noGroup" || tag === "uninsured" || tag === "uninsuredPoor") claim(run(base, len));
    else if (tag === "traineeClaimant") {
      claim(run(base, len));
      claims[0]!["claimant"] = r.chance(0.5) ? { kind: "trainee", id: "P1" } : { kind: "enterprise", id: "E2" };
    } else if (tag === "reversed") {
      // two claims of one employer, the later months filed first: which of them the six months fall to
      const a = run(base, 2 + r.int(4)); const b = run(monthAdd(base, a.length), 2 + r.int(4));
      const onB = addDays(`${monthAdd(b[b.length - 1]!, 1)}-01`, 3);
      claim(a, { on: addDays(onB, 1 + r.int(30)) }); claim(b, { on: onB });
    } else if (tag === "crossEnd") claim(run(r.pick(["2021-03", "2021-05", "2021-06", "2021-07", "2021-10"]), 4 + r.int(8)));
    else if (tag === "twoEmployers") {
      // the worker moves from E1 to E2 (or E2 then E1): each claims its own months, the record naming one employer
      const a = run(base, 1 + r.int(4)); const b = run(monthAdd(base, a.length + r.int(2)), 1 + r.int(4));
      claim(a, { ent: "E1" }); claim(b, { ent: "E2" });
      if (r.chance(0.5)) person["employerId"] = "E2";
    } else if (tag === "sevenPlus") {
      if (r.chance(0.5)) claim(run(base, 7 + r.int(5)));
      else { const a = run(base, 3 + r.int(3)); claim(a); claim(run(monthAdd(base, a.length), 2 + r.int(4))); }
    } else if (tag === "twice") {
      const a = run(base, len + 1);
      const on = addDays(`${monthAdd(a[a.length - 1]!, 1)}-01`, 10);
      claim(a, { on }); claim(r.chance(0.5) ? a : run(monthAdd(base, 1), len + 1), { on: r.chance(0.5) ? on : addDays(on, 3) });
    } else if (tag === "before") claim(run(r.pick(["2019-02", "2019-03", "2019-04", "2019-05"]), 1 + r.int(4)));
    else if (tag === "after") claim(run(r.pick(["2021-10", "2021-11", "2021-12", "2022-01", "2023-03"]), 1 + r.int(4)));
    else if (tag === "early") {
      const a = run(base, 2 + r.int(3));
      const k = r.int(a.length + 1); // filed on a day in the k-th month (0: before the first begins)
      const on = k === 0 ? addDays(`${a[0]}-01`, -1 - r.int(20)) : addDays(`${a[k - 1]}-01`, r.int(27));
      claim(a, { on });
    } else if (tag === "mixed") {
      const a = run(r.pick(["2019-03", "2019-04", "2021-09", "2021-11"]), 2 + r.int(4));
      claim(a);
    } else {
      const old = run(monthAdd(base, -1 - r.int(3)), 1 + r.int(4));
      const g: O = { id: "G1", claimId: "OLD-1", traineeId: "P1", measure: "workForTrainingSubsidy", provision: "gbf2019.work-for-training", payee: { kind: "enterprise", id: r.pick(["E1", "E2"]) }, amount: `${old.length * 500}.00`, basisDate: `${old[old.length - 1]}-28` };
      if (tag === "priorMonths") g["months"] = old;
      else if (tag === "priorKeys") g["basisKeys"] = old.map((m) => `workForTrainingSubsidy|P1|month ${m}`);
      ledger.push(g);
      claim(run(base, 1 + r.int(6)));
    }
    const doc: O = { trainees: [person], enterprises: ents, claims };
    if (ledger.length > 0) doc["ledger"] = ledger;
    worlds.push({ doc, policy, tag });
  }
  return worlds;
}
