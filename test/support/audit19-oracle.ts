/**
 * Cold audit 19: a second implementation of Jiaxing's training-package grant (jx2019 五(十)二), written from the text
 * alone (law/sources/jx2019.txt, gbf2019 §(十), §(十七)) before reading src/provisions, src/jurisdictions or law/readings.
 *
 * The passage: 「结合我市实际，委托职业院校、行业协会和骨干企业依据有关职业标准或岗位技术规范开发职业技能培训包，给予每个不超过5万元补助。」 The plan: 「本方案自印发之日起施行」, printed 「2019 年 12 月 13 日印发」, a 「三年行动计划」
 * of 2019-2021 (its title, gbf2019 「2019—2021 年」).
 *
 * My reading (integer fen throughout):
 * - who is paid: the body the city commissioned (委托) that developed the package: a 职业院校 (incl. 技工院校, 五(七)),
 *   a 行业协会 or a 骨干企业. Another kind of developer, or an uncommissioned package, is refused. The payee is a body,
 *   never a person: a claim filed by a trainee (claimant kind "trainee") is refused (no person develops a package on
 *   commission in this text).
 * - basis: the package (「每个」), whoever claims it, whatever trainee the record is filed under.
 * - how much: the amount claimed (the development cost), at most 5万元 = 5,000,000 fen; never above it.
 * - limits: each package paid once: in a batch the earliest eligible claim (submittedOn, then document order) is paid,
 *   any later claim of the package refused, across claim ids, claimants and trainees; a package the ledger already paid
 *   (a trainingPackageGrant grant naming it by trainingPackageId or by a key `trainingPackageGrant|*|package ID`) is
 *   refused. A ledger package grant naming no package at all, to the same payee, may have paid this package: undecidable.
 * - dates: from the day the plan was printed, 2019-12-13, to the plan's end, 2021-12-31, read on the claim's
 *   submittedOn (the only date the claim has). Outside: refused (the end date is open: the text lists it as a
 *   three-year plan; the library may read no end).
 * - missing the package or the amount: undecidable.
 *
 * Changed after the comparison (triage): the oracle asked for the package (undecidable) of a claim filed by a trainee;
 * a person is refused whatever the package, so the payee check now comes first (the library's order, and mine on
 * reflection: a denial already certain is no question).
 */
export type OracleOutcome = { outcome: "granted" | "denied" | "undecidable"; fen: number; why: string };

type Rec = Record<string, unknown>;
export const CAP_FEN = 5_000_000; // 「每个不超过5万元」 = 50,000.00 yuan
export const FROM = "2019-12-13"; // 「本方案自印发之日起施行」, 「2019 年 12 月 13 日印发」
export const TO = "2021-12-31"; // 「三年行动计划」 2019-2021
const ELIGIBLE_KINDS = new Set(["vocationalCollege", "industryAssociation", "keyEnterprise"]); // 职业院校、行业协会和骨干企业

export function toFen(amount: unknown): number | null {
  if (typeof amount === "number") return Math.round(amount * 100);
  if (typeof amount !== "string") return null;
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

function ledgerPackages(ledger: Rec[]): { paid: Set<string>; anonymousPayees: Set<string> } {
  const paid = new Set<string>();
  const anonymousPayees = new Set<string>();
  for (const g of ledger) {
    if (g["measure"] !== "trainingPackageGrant") continue;
    const named: string[] = [];
    if (typeof g["trainingPackageId"] === "string") named.push(g["trainingPackageId"]);
    for (const k of (g["basisKeys"] as string[] | undefined) ?? []) {
      const m = /^trainingPackageGrant\|\*\|package (.+)$/.exec(k);
      if (m) named.push(m[1]!);
    }
    for (const n of named) paid.add(n);
    if (named.length === 0) {
      const p = g["payee"] as Rec | undefined;
      anonymousPayees.add(`${String(p?.["kind"])}:${String(p?.["id"])}`);
    }
  }
  return { paid, anonymousPayees };
}

/** Decides every trainingPackageGrant claim of a claims document (plain objects as parsed from JSON). */
export function oracle(doc: Rec): Record<string, OracleOutcome> {
  const claims = ((doc["claims"] as Rec[] | undefined) ?? []).map((c, i) => ({ c, i })).filter(({ c }) => c["measure"] === "trainingPackageGrant");
  const { paid, anonymousPayees } = ledgerPackages((doc["ledger"] as Rec[] | undefined) ?? []);
  const order = [...claims].sort((a, b) => String(a.c["submittedOn"]).localeCompare(String(b.c["submittedOn"])) || a.i - b.i);
  const out: Record<string, OracleOutcome> = {};
  const paidNow = new Set<string>();
  for (const { c } of order) {
    const id = String(c["id"]);
    const pkg = c["trainingPackage"] as Rec | undefined;
    const claimant = c["claimant"] as Rec;
    const on = String(c["submittedOn"]);
    const amount = toFen(c["amountClaimed"]);
    const deny = (why: string) => (out[id] = { outcome: "denied", fen: 0, why });
    if (on < FROM || on > TO) { deny("out_of_period"); continue; }
    // triage (after comparison): a person is refused whatever package is named, so this comes before the package
    if (claimant["kind"] === "trainee") { deny("payee_is_a_person"); continue; }
    if (pkg === undefined) { out[id] = { outcome: "undecidable", fen: 0, why: "no_package" }; continue; }
    if (!ELIGIBLE_KINDS.has(String(pkg["developerKind"]))) { deny("developer_kind"); continue; }
    // Changed (reading package-grant-per-package, cold review 109 F3): the grant is the developer's — a college's or an
    // association's package is claimed by an organiser, a key enterprise's by an enterprise; another claimant is refused.
    if ((pkg["developerKind"] === "keyEnterprise" ? "enterprise" : "organizer") !== claimant["kind"]) { deny("claimant_not_developer"); continue; }
    if (pkg["commissioned"] !== true) { deny("not_commissioned"); continue; }
    const pid = String(pkg["id"]);
    if (paid.has(pid) || paidNow.has(pid)) { deny("already_paid"); continue; }
    if (anonymousPayees.has(`${String(claimant["kind"])}:${String(claimant["id"])}`)) { out[id] = { outcome: "undecidable", fen: 0, why: "ledger_grant_names_no_package" }; continue; }
    if (amount === null) { out[id] = { outcome: "undecidable", fen: 0, why: "no_amount" }; continue; }
    const fen = Math.min(amount, CAP_FEN); // 「不超过5万元」
    paidNow.add(pid);
    out[id] = { outcome: "granted", fen, why: "package_grant" };
  }
  return out;
}
