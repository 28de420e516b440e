/**
 * Cold audit 20: a second implementation of the Guangdong → Jieyang chain (gf2018 国发〔2018〕11号 → yf2018 粤府〔2018〕58号
 * → jf2018 揭府〔2018〕54号) with the pack the library's tests give it (test/support/national.ts `jieyangPackPolicy`: the
 * ILLUSTRATIVE catalogue `exampleEdition2018`, rows from 2018-05-03, figures not official). Written from the three texts
 * alone, before src/provisions, src/jurisdictions (other than the pack's figures) or law/readings were opened.
 *
 * My reading (integer fen throughout):
 * - What can pay. gf2018 §(四) 「以政府补贴培训、企业自主培训、市场化培训为主要供给」, §(十八) 「落实职业技能培训补贴政策」,
 *   jf2018 三 「落实职业技能培训补贴政策，保障培训补贴资金落实到位」: a training subsidy (职业技能培训补贴), its amount
 *   left to the city (no figure printed anywhere in the chain). The pack gives it per certificate: the catalogue row of
 *   the certificate's occupation, level and kind. §(六) 「支持符合条件的参保职工提升职业技能」 (the insured employees'
 *   skill-upgrade subsidy) and 「全面推行企业新型学徒制度」 (apprenticeship) are created but their conditions (「符合条件」)
 *   and amounts are not printed, and the pack binds neither: held (undecidable), never refused or paid. The chain
 *   creates no living allowance, appraisal subsidy, work-for-training or package grant: refused (not in the chain).
 * - Who. §(二) 「针对城乡全体劳动者，推进基本职业技能培训服务普惠性、均等化」, §(四) 「面向城乡全体劳动者」: every worker,
 *   no group needed. §(五)'s groups (高校毕业生, 农民工, 失业人员和转岗职工, 新型职业农民, 两后生, 退役军人, 贫困家庭,
 *   残疾人, 服刑人员、强制隔离戒毒人员) are priorities (「重点群体」) for 就业技能培训, not a closed list of payees; §(六)
 *   makes 企业职工 「重点」. So the ORDINARY Jieyang worker with no status is paid; so is an employee, a retiree
 *   (no age or pension bar is printed), and (open) a person in custody or compulsory rehab (§(五) names them to be trained).
 * - Where. The texts print no residency test; the pack is Jieyang's (its funds, jf2018 addressed to 各县（市、区）). A
 *   person is Jieyang's when any of hukou, residence, employment region or unemployment registration lies within
 *   guangdong.jieyang (均等化: a migrant living or working there counts). None within: refused when both hukou and
 *   residence are known (outside); otherwise unknown (held).
 * - When. gf2018 printed 2018-05-03 (no separate start, no end printed); yf2018 2018-07-20; jf2018 2018-10-09. The
 *   national opinion binds Jieyang from its own date, and the pack's catalogue starts 2018-05-03, so the basis date (the
 *   certificate's issue date) must be on or after 2018-05-03; before it the chain is not in force: refused. No end.
 * - Basis. A certificate earned by training (「参加培训」 is implicit in 培训补贴): a directly recognised level earns none. A
 *   claim without a certificate has no pack standard: held.
 * - How much. The pack's catalogue standard for (occupation, level, kind); no row: refused. No fee cap is printed in the
 *   chain.
 * - Limits. The chain prints no yearly count and no bar on a second certificate of one occupation@level; what it does
 *   require (§(十八) 「防止骗取、挪用」) is that one basis is paid once: a certificate already paid (ledger grant naming it,
 *   or an earlier claim in the batch, by submittedOn then document order) is refused, whoever claims it.
 * - Who is paid. The trainee, on her own claim (a trainee claimant other than the trainee: refused). An enterprise, when
 *   the trainee's record names it as employer (§(六) 企业培训主体); no employer recorded: held; another: refused. An
 *   organiser (yf2018 四 「政府购买培训服务」) when the course of the claim (or the certificate's course) names it; none
 *   named: held; another: refused.
 * - Folding: any refusal refuses; else any unknown holds; else paid.
 *
 * Changed after the comparison (triage; each change is the library's reading, which I accept on the text or as a
 * record-format convention, none moves money in the ordinary case):
 * - levels: gf2018 §(十一) 「与国家职业资格制度相衔接」 and §(十三) 「高级工、技师、高级技师」: in 2018 a certificate carries one
 *   of the five 职业资格 levels (初级…高级技师); a 学徒工 or 首席技师 certificate is off that ladder: refused (the pack's
 *   rows for them are illustrative; reading skill-ladder-2018, which I share).
 * - place: a fact the record leaves out is unknown (src/records/trainee.ts: “Absent optional facts are unknown, not
 *   false”): with no tie to Jieyang, refused only when all four places are known and outside; otherwise held.
 * - a claim naming no certificate is held first (the record is asked before anything else is judged).
 * - an enterprise claims for its employee: a trainee the record does not make an 企业职工 (no employer, or `unemployed`)
 *   is refused on an enterprise's claim; an employee whose employer is another: refused.
 * - order of competing claims on one certificate: by issue date then claim id (reading claim-order-by-issue-date; the
 *   texts name no order, so I take the library's convention), and a held claim keeps its place: a later claim on the
 *   same certificate is held while an earlier one is.
 */
export type OracleOutcome = { outcome: "granted" | "denied" | "undecidable"; fen: number; why: string; payee?: string };
type Rec = Record<string, any>;

export const JIEYANG = "guangdong.jieyang";
export const GF2018 = "2018-05-03"; // 「2018年5月3日」
/** The pack's ILLUSTRATIVE rows (test/support/national.ts exampleEdition2018, effective 2018-05-03): [code, level|null, fen, kinds]. */
export const ROWS: readonly (readonly [string, string | null, number, readonly string[]])[] = [
  ["EX-ELEC", "junior", 100000, ["skillLevelCertificate", "qualificationCertificate"]],
  ["EX-ELEC", "intermediate", 150000, ["skillLevelCertificate", "qualificationCertificate"]],
  ["EX-ELEC", "chiefTechnician", 300000, ["skillLevelCertificate"]],
  ["EX-ELEC", "apprentice", 50000, ["skillLevelCertificate"]],
  ["EX-TILE", "junior", 33333, ["skillLevelCertificate"]],
  ["EX-DRON", "junior", 120000, ["skillLevelCertificate"]],
  ["EX-WELD", "junior", 120000, ["skillLevelCertificate"]],
  ["EX-COOK", "junior", 90000, ["skillLevelCertificate"]],
  ["EX-CARE", null, 60000, ["specialAbilityCertificate"]],
  ["EX-SAFE", null, 30000, ["specialOperationsCertificate"]],
];

/** The five 职业资格 levels of 2018 (gf2018 §(十一), §(十三)). */
export const LADDER_2018 = ["junior", "intermediate", "senior", "technician", "seniorTechnician"];

export function toFen(amount: unknown): number {
  const s = typeof amount === "number" ? amount.toFixed(2) : String(amount);
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error(`amount ${s}`);
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

const within = (r: unknown, scope: string) => typeof r === "string" && (r === scope || r.startsWith(scope + "."));

type Check = "pass" | "fail" | "unknown";

function tie(t: Rec): Check {
  const places = [t.hukouRegion, t.residenceRegion, t.employmentRegion, t.unemploymentRegisteredAt];
  if (places.some((p) => within(p, JIEYANG))) return "pass";
  if (places.every((p) => p !== undefined)) return "fail";
  return "unknown";
}

/** Decide every claim of a claims document (raw JSON shape) by my reading. */
export function oracle(doc: Rec): Record<string, OracleOutcome> {
  const byId = (xs: Rec[] | undefined) => new Map((xs ?? []).map((x) => [x.id as string, x]));
  const trainees = byId(doc.trainees), courses = byId(doc.courses), certs = byId(doc.certificates);
  const claims: Rec[] = doc.claims ?? [];
  const paidCerts = new Set<string>();
  for (const g of (doc.ledger ?? []) as Rec[]) if (g.measure === "trainingSubsidy" && g.certificateId) paidCerts.add(g.certificateId);
  const heldCerts = new Set<string>();
  const issue = (c: Rec) => (c.certificateId && certs.get(c.certificateId)?.issuedOn) || c.submittedOn;
  const order = claims.map((c, i) => ({ c, i })).sort((a, b) => (issue(a.c) < issue(b.c) ? -1 : issue(a.c) > issue(b.c) ? 1 : a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : a.i - b.i));
  const out: Record<string, OracleOutcome> = {};
  for (const { c } of order) {
    const res = (outcome: OracleOutcome["outcome"], why: string, fen = 0) => (out[c.id] = { outcome, fen, why, ...(outcome === "granted" ? { payee: `${c.claimant.kind}:${c.claimant.id}` } : {}) });
    const t = trainees.get(c.traineeId)!;
    if (c.measure === "insuredSkillUpgradeSubsidy" || c.measure === "apprenticeshipSubsidy") { res("undecidable", "created_no_figure"); continue; }
    if (c.measure !== "trainingSubsidy") { res("denied", "not_in_chain"); continue; }
    const cert = c.certificateId ? certs.get(c.certificateId) : undefined;
    const course = c.courseId ? courses.get(c.courseId) : cert?.courseId ? courses.get(cert.courseId) : undefined;
    if (cert === undefined) { res("undecidable", "no_certificate"); continue; }
    const fails: string[] = [], unknowns: string[] = [];
    const add = (k: Check, why: string) => { if (k === "fail") fails.push(why); else if (k === "unknown") unknowns.push(why); };
    // payee
    const cl = c.claimant as Rec;
    if (cl.kind === "trainee") add(cl.id === c.traineeId ? "pass" : "fail", "payee_not_trainee");
    else if (cl.kind === "enterprise") {
      const employee = (t.statuses.includes("enterpriseEmployee") || t.employerId !== undefined) && !t.statuses.includes("unemployed");
      add(!employee ? "fail" : t.employerId === undefined ? "unknown" : t.employerId === cl.id ? "pass" : "fail", "payee_not_employer");
    }
    else add(course?.organizerId === undefined ? "unknown" : course.organizerId === cl.id ? "pass" : "fail", "payee_not_organizer");
    add(tie(t), "not_jieyang");
    let fen = 0;
    {
      add(cert.level === undefined || LADDER_2018.includes(cert.level) ? "pass" : "fail", "level_off_2018_ladder");
      add(cert.issuedOn >= GF2018 ? "pass" : "fail", "before_gf2018");
      add(cert.directlyRecognised === true ? "fail" : "pass", "directly_recognised");
      const row = ROWS.find(([code, level, , kinds]) => code === cert.occupation.code && level === (cert.level ?? null) && kinds.includes(cert.kind));
      add(row ? "pass" : "fail", "not_in_catalogue");
      fen = row?.[2] ?? 0;
    }
    if (fails.length) { res("denied", fails[0]!); continue; }
    if (paidCerts.has(cert.id)) { res("denied", "already_paid"); continue; }
    if (unknowns.length) { heldCerts.add(cert.id); res("undecidable", unknowns[0]!); continue; }
    if (heldCerts.has(cert.id)) { res("undecidable", "earlier_claim_held"); continue; }
    paidCerts.add(cert.id);
    res("granted", "paid", fen);
  }
  return out;
}
