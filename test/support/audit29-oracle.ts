/**
 * Cold audit 29: a second implementation of the annual cap and the no-repeat rule of the training subsidy, the appraisal
 * subsidy's first-time rule and the one-or-the-other of the training subsidy and the insured skill-upgrade subsidy, written
 * from the texts BEFORE reading src/provisions (integer fen; one pass per person; per-person counters by year and by
 * occupation@level). It reads only the claims document (plain JSON) and the illustrative catalogues' figures.
 *
 * Texts: gbf2019 §(十二) 「按规定给予职业培训补贴，原则上每人每年可享受不超过 3次，但同一职业同一等级不可重复享受」;
 * jx2019 五(十一) 「职业培训补贴原则上每人每年可享受不超过 3 次，但同一职业（项目）同一等级不可重复享受」 and
 * 「对同一职业（工种）同一技能等级通过初次职业技能鉴定并取得证书（不含培训合格证书）的参训人员，给予职业技能鉴定补贴，补贴标准为
 * 初级工、中级工 120 元，高级工、技师 150 元，高级技师 180 元，职业技能鉴定补贴从 2020 年 1 月 1 日起执行，以证书发放日期为准」;
 * gbf2019 §(十一) 「按规定给予职业培训补贴或参保职工技能提升补贴」.
 *
 * Readings I had to choose (written before reading the library's):
 * R1 YEAR. A certificate counts in the calendar year of its issue date (the subsidy is earned by 「取得证书」; jx2019 says of
 *    the appraisal subsidy 「以证书发放日期为准」, and nothing points at the filing or paying day). A ledger grant counts in
 *    the year of its basisDate (a certificate's issue date).
 * R2 WHAT COUNTS toward the three: training subsidies (职业培训补贴) paid for the person, whoever was paid; not the appraisal
 *    subsidy (a 鉴定补贴, another subsidy), not the insured skill-upgrade subsidy (named beside it as the other of two), not a
 *    refused claim. A claim held (undecidable) may yet be paid: it counts as "maybe", and a later claim that would be the
 *    fourth if it were paid is held, not paid.
 * R3 ORDER. A person's claims are taken in the order of their certificates' issue dates (the order the person earned them),
 *    then the filing date, then the claim id; the first three of a year are paid, the fourth and later refused.
 * R4 PRIOR GRANTS. A training-subsidy grant in the ledger counts one in its basisDate's year and takes its occupation@level
 *    (and its certificate); one naming no occupation may have paid any occupation@level, so a later training-subsidy claim
 *    is held (not refused: it may be a different one). An appraisal grant takes its occupation@level for the first-time
 *    rule. A grant of either measure on a certificate takes the certificate for the one-or-the-other rule.
 * R5 OCCUPATION. 「同一职业」 is the same occupation code (the catalogue's code); no grouping of codes into classes.
 * R6 LEVEL-LESS. A certificate with no level (专项能力, 特种作业, 培训合格) is keyed occupation@"no level": two of one
 *    occupation are the same occupation and level; a level-less one and a levelled one of one occupation are not. A ledger
 *    grant naming an occupation but no level is read as a level-less certificate's grant.
 * R7 NO-REPEAT spans the person's whole history (not a year), and a refused claim takes no occupation@level.
 * R8 APPRAISAL (jx2019 only): a levelled certificate (资格/等级证书; not 培训合格, nor the other level-less kinds) issued
 *    2020-01-01 … 2021-12-31 (jx2019's action), 初级工/中级工 120.00, 高级工/技师 150.00, 高级技师 180.00; 「初次」: the
 *    person's first certificate of that occupation@level (an earlier certificate of it in the records, subsidised or not,
 *    makes this one not the first) and no appraisal grant of it in the ledger.
 * R9 ONE OR THE OTHER (gbf2019 §(十一)): one certificate earns the training subsidy or the skill-upgrade subsidy, not both;
 *    the first claimed (R3 order) is paid, the other refused. The skill-upgrade subsidy is not capped by §(十二) (its text
 *    speaks of 职业培训补贴 only) and its occupation@level is not a 职业培训补贴's.
 * R10 PERIODS. Jiaxing's training subsidy: certificates from the catalogue's first day (2020-01-01; earlier no standard:
 *    held) to jx2019's last (2021-12-31; later: held, outside the plan — a group I triage). National: the example
 *    catalogue from 2019-06-01; the cap and no-repeat continue after 2021 (plan2021 (二十六) 「按规定…给予职业培训补贴」).
 */
import { readFileSync } from "node:fs";

type O = Record<string, any>;
export type Regime = "jx" | "nat";
export type Outcome = "granted" | "denied" | "undecidable";
export interface Expected {
  readonly outcome: Outcome;
  readonly fen: number | null;
  readonly why: string;
}

const toFen = (yuan: string) => {
  const [i, f = ""] = yuan.split(".");
  return Number(i) * 100 + Number((f + "00").slice(0, 2));
};

type Row = { code: string; level?: string; fen: number; kinds: string[] };
const jxRows: Row[] = (JSON.parse(readFileSync(new URL("../../fixtures/jiaxing/catalogue-2020.json", import.meta.url), "utf8")).entries as O[]).map((e) => ({
  code: e.occupation.code,
  level: e.level,
  fen: toFen(String(e.standard)),
  kinds: e.certificateKinds,
}));
/** test/support/national.ts illustrativeCatalogue (ILLUSTRATIVE), the untiered rows this audit uses. */
const natRows: Row[] = [
  { code: "EX-ELEC", level: "junior", fen: 100000, kinds: ["skillLevelCertificate", "qualificationCertificate"] },
  { code: "EX-ELEC", level: "intermediate", fen: 150000, kinds: ["skillLevelCertificate", "qualificationCertificate"] },
  { code: "EX-COOK", level: "junior", fen: 90000, kinds: ["skillLevelCertificate"] },
  { code: "EX-CARE", fen: 60000, kinds: ["specialAbilityCertificate"] },
  { code: "EX-SAFE", fen: 30000, kinds: ["specialOperationsCertificate"] },
];
/** ILLUSTRATIVE skill-upgrade standards of test/support/world.ts (from 2019-06-01). */
const SKILL_UPGRADE_FEN: Record<string, number> = { junior: 100000, intermediate: 150000, senior: 200000 };
/** jx2019 五(十一): 初级工、中级工 120 元，高级工、技师 150 元，高级技师 180 元. */
const APPRAISAL_FEN: Record<string, number> = { junior: 12000, intermediate: 12000, senior: 15000, technician: 15000, seniorTechnician: 18000 };
const LEVELLED = new Set(["qualificationCertificate", "skillLevelCertificate"]);

export const keyOf = (code: string, level: string | undefined) => `${code}@${level ?? "none"}`;
const yearOf = (d: string) => d.slice(0, 4);

/** One person's document decided as the texts (as I read them) decide it. */
export function oracle(doc: O, regime: Regime): Map<string, Expected> {
  const out = new Map<string, Expected>();
  const certs = new Map<string, O>((doc["certificates"] ?? []).map((c: O) => [c.id, c]));
  const rows = regime === "jx" ? jxRows : natRows;
  // R1/R2/R4 counters
  const year = new Map<string, { paid: number; maybe: number }>();
  const y = (k: string) => year.get(k) ?? (year.set(k, { paid: 0, maybe: 0 }), year.get(k)!);
  const tsKeys = new Map<string, "paid" | "maybe">();
  let tsUnknownKey = false;
  const certUsed = new Map<string, "paid" | "maybe">();
  const apKeys = new Map<string, "paid" | "maybe">();
  let apUnknownKey = false;
  for (const g of doc["ledger"] ?? []) {
    if (g.measure === "trainingSubsidy") {
      y(yearOf(g.basisDate)).paid++;
      if (g.occupationCode === undefined) tsUnknownKey = true;
      else tsKeys.set(keyOf(g.occupationCode, g.level), "paid");
      if (g.certificateId !== undefined) certUsed.set(g.certificateId, "paid");
    } else if (g.measure === "appraisalSubsidy") {
      if (g.occupationCode === undefined) apUnknownKey = true;
      else apKeys.set(keyOf(g.occupationCode, g.level), "paid");
    } else if (g.measure === "insuredSkillUpgradeSubsidy") {
      if (g.certificateId !== undefined) certUsed.set(g.certificateId, "paid");
    }
  }
  // R3 order
  const claims = [...(doc["claims"] ?? [])].sort((a: O, b: O) => {
    const ca = certs.get(a.certificateId)!.issuedOn as string, cb = certs.get(b.certificateId)!.issuedOn as string;
    if (ca !== cb) return ca < cb ? -1 : 1;
    if (a.submittedOn !== b.submittedOn) return a.submittedOn < b.submittedOn ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const set = (id: string, e: Expected) => out.set(id, e);
  for (const c of claims) {
    const cert = certs.get(c.certificateId)!;
    const key = keyOf(cert.occupation.code, cert.level);
    const issued: string = cert.issuedOn;
    if (c.measure === "trainingSubsidy") {
      if (regime === "jx" && issued > "2021-12-31") { set(c.id, { outcome: "undecidable", fen: null, why: "jx-after-plan" }); y(yearOf(issued)).maybe++; continue; }
      const row = rows.find((r) => r.code === cert.occupation.code && r.level === cert.level && r.kinds.includes(cert.kind));
      const from = regime === "jx" ? "2020-01-01" : "2019-06-01";
      if (issued < from) { set(c.id, { outcome: "undecidable", fen: null, why: "no-standard-yet" }); y(yearOf(issued)).maybe++; tsKeys.set(key, tsKeys.get(key) ?? "maybe"); continue; }
      if (row === undefined) { set(c.id, { outcome: "denied", fen: null, why: "not-in-catalogue" }); continue; }
      const used = certUsed.get(cert.id);
      const had = tsKeys.get(key);
      const yr = y(yearOf(issued));
      const employerUnknown = c.claimant.kind === "enterprise" && (doc["trainees"] as O[]).find((t) => t.id === c.traineeId)?.employerId === undefined;
      if (used === "paid") { set(c.id, { outcome: "denied", fen: null, why: "certificate-paid" }); continue; }
      if (had === "paid") { set(c.id, { outcome: "denied", fen: null, why: "no-repeat" }); continue; }
      if (yr.paid >= 3) { set(c.id, { outcome: "denied", fen: null, why: "annual-cap" }); continue; }
      if (employerUnknown || used === "maybe" || had === "maybe" || tsUnknownKey || yr.paid + yr.maybe >= 3) {
        set(c.id, { outcome: "undecidable", fen: null, why: employerUnknown ? "employer-unknown" : used === "maybe" ? "certificate-maybe" : had === "maybe" ? "no-repeat-maybe" : tsUnknownKey ? "prior-grant-unkeyed" : "annual-cap-maybe" });
        yr.maybe++;
        if (!tsKeys.has(key)) tsKeys.set(key, "maybe");
        if (!certUsed.has(cert.id)) certUsed.set(cert.id, "maybe");
        continue;
      }
      set(c.id, { outcome: "granted", fen: row.fen, why: "paid" });
      yr.paid++;
      tsKeys.set(key, "paid");
      certUsed.set(cert.id, "paid");
    } else if (c.measure === "insuredSkillUpgradeSubsidy") {
      const fen = cert.level === undefined ? undefined : SKILL_UPGRADE_FEN[cert.level];
      if (!LEVELLED.has(cert.kind) || fen === undefined) { set(c.id, { outcome: "denied", fen: null, why: "su-no-standard" }); continue; }
      const used = certUsed.get(cert.id);
      if (used === "paid") { set(c.id, { outcome: "denied", fen: null, why: "certificate-paid" }); continue; }
      if (used === "maybe") { set(c.id, { outcome: "undecidable", fen: null, why: "certificate-maybe" }); continue; }
      set(c.id, { outcome: "granted", fen, why: "su-paid" });
      certUsed.set(cert.id, "paid");
    } else if (c.measure === "appraisalSubsidy") {
      if (!LEVELLED.has(cert.kind)) { set(c.id, { outcome: "denied", fen: null, why: "ap-level-less" }); continue; }
      if (issued < "2020-01-01") { set(c.id, { outcome: "denied", fen: null, why: "ap-before-2020" }); continue; }
      // a certain refusal (not the first) before the period's doubt
      const earlier = [...certs.values()].some((o) => o.id !== cert.id && o.traineeId === cert.traineeId && LEVELLED.has(o.kind) && keyOf(o.occupation.code, o.level) === key && (o.issuedOn < issued || (o.issuedOn === issued && o.id < cert.id)));
      if (earlier) { set(c.id, { outcome: "denied", fen: null, why: "ap-not-first" }); continue; }
      if (issued > "2021-12-31") { set(c.id, { outcome: "undecidable", fen: null, why: "jx-after-plan" }); continue; }
      const fen = APPRAISAL_FEN[cert.level];
      if (fen === undefined) { set(c.id, { outcome: "denied", fen: null, why: "ap-no-standard" }); continue; }
      const had = apKeys.get(key);
      if (had === "paid") { set(c.id, { outcome: "denied", fen: null, why: "ap-repeat" }); continue; }
      if (had === "maybe" || apUnknownKey) { set(c.id, { outcome: "undecidable", fen: null, why: "ap-maybe" }); continue; }
      set(c.id, { outcome: "granted", fen, why: "ap-paid" });
      apKeys.set(key, "paid");
    }
  }
  return out;
}
