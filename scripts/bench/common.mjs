// What the four implementations share: the claim order (the library's judged order),
// the catalogue as a lookup keyed by occupation@level, the growing per-person history
// index, and fen ↔ yuan formatting. Every implementation computes its decisions from
// the same parsed claims document (the Maps and arrays that parseClaimsDocument makes);
// the history index is built inside each timed run, from the document's prior ledger.
import { readFileSync } from "node:fs";

export const CATALOGUE_FILE = new URL("../../fixtures/jiaxing/catalogue-2020.json", import.meta.url);
/** The illustrative catalogue fixture, raw JSON (the library parses it itself). */
export const catalogueJson = JSON.parse(readFileSync(CATALOGUE_FILE, "utf8"));

/** Jiaxing's region, and whether a region id lies within it (a prefix on dot boundaries). */
export const JIAXING = "zhejiang.jiaxing";
export const withinJiaxing = (region) => region !== undefined && (region === JIAXING || region.startsWith("zhejiang.jiaxing."));

/** The key of an occupation and level, as the ledger keys it. */
export const occKey = (code, level) => (level === undefined ? code : `${code}@${level}`);

/** Yuan to integer fen ("1300.00" → 130000); the fixture's amounts have at most 2 decimals. */
export function fenOf(yuan) {
  const [whole, frac = ""] = yuan.split(".");
  return Number(whole) * 100 + Number((frac + "00").slice(0, 2));
}
/** Integer fen to a 2-decimal yuan string. */
export function yuanOf(fen) {
  const f = fen % 100;
  return `${(fen - f) / 100}.${f < 10 ? "0" : ""}${f}`;
}

/**
 * The catalogue's occupation rows keyed by occupation@level: standard in fen and the
 * certificate kinds a row accepts. Rows of the illustrative 2020 edition, in force
 * 2020-01-01 until the Jiaxing plan ends (2022-01-01); the synthetic certificates are
 * all issued inside that span.
 */
export function catalogueIndex(catalogue = catalogueJson) {
  const rows = new Map();
  for (const e of catalogue.entries) rows.set(occKey(e.occupation.code, e.level), { fen: fenOf(e.standard), kinds: e.certificateKinds, tier: e.shortageTier ?? null });
  return rows;
}

/**
 * The library's judged order: basis date (certificate issue date, else course end date,
 * else filing date), then claim id, by UTF-16 code-unit comparison.
 */
export function judgedOrder(document) {
  const keyed = document.claims.map((claim) => {
    const cert = claim.certificateId === undefined ? undefined : document.certificates.get(claim.certificateId);
    let basis = claim.submittedOn;
    if (cert !== undefined) basis = cert.issuedOn;
    else {
      const course = claim.courseId === undefined ? undefined : document.courses.get(claim.courseId);
      if (course !== undefined) basis = course.endDate;
    }
    return { claim, basis };
  });
  keyed.sort((a, b) => (a.basis < b.basis ? -1 : a.basis > b.basis ? 1 : a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0));
  return keyed;
}

/**
 * The history the subset needs, per person, grown as claims are granted:
 * training subsidies per calendar year (annual cap), training-subsidy occupation@level
 * keys (no-repeat), appraisal-subsidy occupation@level keys (first time only).
 */
export class History {
  constructor() {
    this.people = new Map();
  }
  #of(id) {
    let p = this.people.get(id);
    if (p === undefined) {
      p = { tsYears: new Map(), tsKeys: new Set(), apKeys: new Set() };
      this.people.set(id, p);
    }
    return p;
  }
  static fromLedger(grants) {
    const h = new History();
    for (const g of grants) h.add(g.traineeId, g.measure, g.basisDate, g.occupationCode === undefined ? undefined : occKey(g.occupationCode, g.level));
    return h;
  }
  add(traineeId, measure, basisDate, key) {
    if (measure === "trainingSubsidy") {
      const p = this.#of(traineeId);
      const year = Number(basisDate.slice(0, 4));
      p.tsYears.set(year, (p.tsYears.get(year) ?? 0) + 1);
      if (key !== undefined) p.tsKeys.add(key);
    } else if (measure === "appraisalSubsidy") {
      if (key !== undefined) this.#of(traineeId).apKeys.add(key);
    }
  }
  tsInYear(traineeId, year) {
    return this.people.get(traineeId)?.tsYears.get(year) ?? 0;
  }
  tsHas(traineeId, key) {
    return this.people.get(traineeId)?.tsKeys.has(key) ?? false;
  }
  apHas(traineeId, key) {
    return this.people.get(traineeId)?.apKeys.has(key) ?? false;
  }
}

/** One decision as the implementations report it: outcome, yuan, and the reason codes. */
export const row = (claimId, outcome, fen, code) => ({ claimId, outcome, amount: yuanOf(fen), code });
