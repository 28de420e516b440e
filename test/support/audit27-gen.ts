/**
 * Cold audit 27: a deterministic generator (seeded, test/support/rng.ts) of claims documents for the living allowance,
 * under Jiaxing (jx) and the national frameworks with the illustrative example city (nat, ILLUSTRATIVE standard 50.00 a
 * day, or 50.00 then 60.00 from 2020-07-01 — figures a city sets, not official).
 */
import { rng } from "./rng.js";
import { spanDays, type Regime } from "./audit27-oracle.js";

type O = Record<string, any>;
export type World = { doc: O; regime: Regime; policy: "jx" | "jx60" | "nat50" | "nat5060"; tag: string };

const NANHU = "zhejiang.jiaxing.nanhu";
const HAINING = "zhejiang.jiaxing.haining";
const HERE = "example.city";
const DAY = 86_400_000;
const add = (s: string, n: number) => new Date(Date.parse(s + "T00:00:00Z") + n * DAY).toISOString().slice(0, 10);

const GROUPS_BOTH = [["povertyRegistered"], ["employmentDifficulty"], ["zeroEmploymentHousehold"], ["nonContinuingGraduate", "rural"], ["nonContinuingGraduate", "urbanDibaoFamily"], ["unemployed", "employmentDifficulty"], ["pairedRegionPovertyRegistered", "zeroEmploymentHousehold"], ["disabled", "employmentDifficulty"]];
/** Jiaxing's list and the national one differ on these (jx2019 四(三)四 「就业困难人员」 of 「就业困难人员（含残疾人）」; gbf2019's 贫困劳动力 by the register). */
export const DIFFERING = [["disabled"], ["pairedRegionPovertyRegistered"], ["liftedOutOfPoverty"]];
const GROUPS_JX = [...GROUPS_BOTH, ...DIFFERING];
const GROUPS_NAT = [...GROUPS_BOTH, ...DIFFERING];
const NO_GROUP = [["unemployed"], ["nonContinuingGraduate"], ["veteran"], ["migrantWorker"], ["collegeGraduate"], ["rural"], []];
export const TAGS = ["ordinary", "straddleStart", "straddleEnd", "rateChange", "listed", "counted", "overlap", "twice", "priorDays", "priorCourse", "priorMonths", "noGroup", "outside", "repeat"] as const;

export function generate(seed: number, n: number): World[] {
  const r = rng(seed);
  const worlds: World[] = [];
  for (let i = 0; i < n; i++) {
    const tag = TAGS[i % TAGS.length]!;
    const kind = tag === "rateChange" ? (r.chance(0.5) ? "nat5060" : "jx60") : r.chance(0.5) ? "jx" : "nat50";
    const jx = kind === "jx" || kind === "jx60";
    const home = jx ? r.pick([NANHU, HAINING]) : HERE;
    const regime: Regime = jx ? { kind: "jx", la60: kind === "jx60" } : { kind: "nat", rates: kind === "nat5060" ? [{ from: "2019-05-18", fen: 5000 }, { from: "2020-07-01", fen: 6000 }] : [{ from: "2019-05-18", fen: 5000 }] };
    const statuses = tag === "noGroup" ? r.pick(NO_GROUP) : r.pick(jx ? GROUPS_JX : GROUPS_NAT);
    const person: O = { id: "P1", birthDate: r.pick(["1970-03-01", "1990-05-05", "2003-09-09"]), statuses: [...statuses], hukouRegion: home };
    const courses: O[] = [];
    const claims: O[] = [];
    const ledger: O[] = [];
    let k = 0;
    const mk = (start: string, len: number, o: O = {}): O => {
      const end = add(start, len - 1);
      const all = spanDays(start, end);
      const mode = o["mode"] ?? (tag === "listed" ? "listed" : tag === "counted" ? "counted" : r.pick(["all", "all", "listed", "counted"]));
      const c: O = { id: `K${++k}`, traineeId: "P1", kind: "employmentSkills", occupation: { code: "EX-ELEC", name: "电工（示意）" }, level: "junior", classHours: 8 * len, startDate: start, endDate: end, attendedDays: len, region: o["region"] ?? home };
      if (mode === "listed") { const d = all.filter(() => r.chance(0.7)); c["attendedDates"] = d; c["attendedDays"] = d.length; }
      else if (mode === "counted") c["attendedDays"] = Math.max(0, len - 1 - r.int(Math.max(1, len - 1)));
      courses.push(c);
      return c;
    };
    const claim = (c: O, on?: string) => claims.push({ id: `L${claims.length + 1}`, measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, courseId: c["id"], submittedOn: on ?? add(c["endDate"], 5 + r.int(20)) });
    const base = jx ? r.pick(["2020-03-02", "2020-09-14", "2021-05-10"]) : r.pick(["2019-09-02", "2020-03-02", "2021-05-10", "2022-07-01", "2024-04-01"]);
    const len = 3 + r.int(18);
    if (tag === "ordinary" || tag === "listed" || tag === "counted" || tag === "noGroup") claim(mk(base, len, tag === "ordinary" ? { mode: "all" } : {}));
    else if (tag === "outside") claim(mk(base, len, { region: jx ? r.pick(["zhejiang.hangzhou", "jiangsu.suzhou"]) : "other.city" }));
    else if (tag === "straddleStart") claim(mk(add(jx ? "2019-12-13" : "2019-05-18", -r.int(len)), len));
    else if (tag === "straddleEnd") claim(mk(add("2022-01-01", -1 - r.int(len)), len));
    else if (tag === "rateChange") claim(mk(add(jx ? "2021-01-01" : "2020-07-01", -r.int(len)), len));
    else if (tag === "overlap") { const a = mk(base, len); const b = mk(add(base, r.int(len)), 3 + r.int(10)); claim(a); claim(b); }
    else if (tag === "twice") { const a = mk(base, len); const on = add(a["endDate"], 7); claim(a, on); claim(a, r.chance(0.5) ? on : add(on, 3)); }
    else if (tag === "repeat") { const a = mk(base, len, { mode: "all" }); const b = mk(add(a["endDate"], 10 + r.int(30)), len, { mode: "all" }); claim(a); claim(b); }
    else {
      const a = mk(base, len);
      const old = r.chance(0.5) ? a : mk(add(base, r.int(len) - 5), 6, { mode: "all" });
      const g: O = { id: "G1", claimId: "OLD-1", traineeId: "P1", measure: "livingAllowance", provision: jx ? "jx2019.living-allowance" : "gbf2019.living-allowance", payee: { kind: "trainee", id: "P1" }, amount: "300.00", basisDate: old["endDate"] };
      if (tag === "priorDays") { const days = old["attendedDates"] ?? spanDays(old["startDate"], old["endDate"]).slice(0, old["attendedDays"]); g["basisKeys"] = days.map((d: string) => `livingAllowance|P1|day ${d}`); if (days.length === 0) g["basisKeys"] = ["livingAllowance|P1|day " + old["startDate"]]; }
      else if (tag === "priorCourse") g["courseId"] = old["id"];
      else g["months"] = [old["startDate"].slice(0, 7)];
      if (old !== a && tag !== "priorCourse" && r.chance(0.5)) courses.splice(courses.indexOf(old), 1); // the old course kept by another system only
      ledger.push(g);
      claim(a);
    }
    const doc: O = { trainees: [person], courses, claims };
    if (ledger.length > 0) doc["ledger"] = ledger;
    worlds.push({ doc, regime, policy: kind, tag });
  }
  return worlds;
}
