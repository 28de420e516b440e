// What the implementations share, none of it inside anyone's timed region unless said:
// the catalogue as nested Maps of integer fen (built once, like a policy), the reason
// bits every implementation reports, the per-person counters the engines' harnesses feed
// them (the floor keeps its own, inline), a valid judging order for the engines'
// harnesses, and fen → yuan for the claim-by-claim comparison.
import { readFileSync } from "node:fs";

export const CATALOGUE_FILE = new URL("../../fixtures/jiaxing/catalogue-2020.json", import.meta.url);
/** The illustrative catalogue fixture, raw JSON (the library parses it itself). */
export const catalogueJson = JSON.parse(readFileSync(CATALOGUE_FILE, "utf8"));

/** Jiaxing's region, and whether a region id lies within it (a prefix on dot boundaries). */
export const JIAXING = "zhejiang.jiaxing";
export const withinJiaxing = (region) => region !== undefined && region !== null && (region === JIAXING || region.startsWith("zhejiang.jiaxing."));

/**
 * The outcome code every implementation reports per claim: 0 for a grant, else one bit
 * per failed rule (a denial lists every failed rule, as the library's reasons do).
 * An integer, so no implementation builds strings for it.
 */
export const BITS = {
  no_residency_basis: 1,
  not_in_catalogue: 2,
  certificate_kind_not_accepted: 4,
  annual_cap_reached: 8,
  occupation_level_already_subsidised: 16,
  not_in_living_allowance_group: 32,
  appraisal_already_granted: 64,
  appraisal_not_first: 128,
};
/** A reason code outside the subset, or an outcome other than granted/denied. */
export const FOREIGN_BIT = 1 << 30;
export const UNDECIDED = -1;

/** The subset's fixed values (Jiaxing 2019; see floor.mjs for where each comes from). */
export const UPLIFT_PERCENT = 30;
export const UPLIFT_LAST_DAY = "2021-12-31";
export const ANNUAL_CAP = 3;
export const LIVING_ALLOWANCE_FEN_PER_DAY = 5000;
export const APPRAISAL_FEN = { junior: 12000, intermediate: 12000, senior: 15000, technician: 15000, seniorTechnician: 18000 };

/** Yuan to integer fen ("1300.00" → 130000); the fixture's amounts have at most 2 decimals. */
export function fenOf(yuan) {
  const [whole, frac = ""] = yuan.split(".");
  return Number(whole) * 100 + Number((frac + "00").slice(0, 2));
}
/** Integer fen to a 2-decimal yuan string (for the comparison only, outside the timed runs). */
export function yuanOf(fen) {
  const f = fen % 100;
  return `${(fen - f) / 100}.${f < 10 ? "0" : ""}${f}`;
}

/**
 * The catalogue's rows as nested Maps: occupation code → level ("" for none) → { fen, kinds }.
 * Rows of the illustrative 2020 edition, in force 2020-01-01 until the Jiaxing plan ends
 * (2022-01-01); the synthetic certificates are all issued inside that span.
 */
export function catalogueMaps(catalogue = catalogueJson) {
  const byCode = new Map();
  for (const e of catalogue.entries) {
    let levels = byCode.get(e.occupation.code);
    if (levels === undefined) byCode.set(e.occupation.code, (levels = new Map()));
    levels.set(e.level ?? "", { fen: fenOf(e.standard), kinds: e.certificateKinds });
  }
  return byCode;
}

/** The year of an ISO date, without a substring. */
export const yearOf = (date) => (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);

/**
 * One person's history for the subset, as the engines' harnesses keep it: training
 * subsidies per calendar year, the occupation@level pairs paid a training subsidy (occupation
 * code → level → the earliest basis date paid), and those paid an appraisal subsidy
 * (occupation code → set of levels; no joined strings),
 * and the earliest issue date of the certificates the person holds, by occupation@level
 * (occupation code → level → date).
 */
export class Counters {
  constructor() {
    this.tsYears = new Map();
    this.ts = new Map();
    this.ap = new Map();
    this.held = new Map();
  }
  tsInYear(year) {
    return this.tsYears.get(year) ?? 0;
  }
  tsHas(code, level) {
    return this.ts.get(code)?.has(level ?? "") ?? false;
  }
  /** Whether a training subsidy of occupation@level was paid on a basis date before `date` (a course's first day: reading living-allowance-repeat-course). */
  tsBefore(code, level, date) {
    const first = this.ts.get(code)?.get(level ?? "");
    return first !== undefined && first < date;
  }
  apHas(code, level) {
    return this.ap.get(code)?.has(level ?? "") ?? false;
  }
  addTs(year, code, level, basisDate) {
    this.tsYears.set(year, this.tsInYear(year) + 1);
    if (code !== undefined) firstDate(this.ts, code, level, basisDate);
  }
  addAp(code, level) {
    if (code !== undefined) addTo(this.ap, code, level);
  }
  /** Notes a certificate the person holds. */
  hold(code, level, issuedOn) {
    firstDate(this.held, code, level, issuedOn);
  }
  /** Whether the person holds a certificate of occupation@level issued before `issuedOn` (the appraisal is not the first). */
  heldBefore(code, level, issuedOn) {
    const first = this.held.get(code)?.get(level ?? "");
    return first !== undefined && first < issuedOn;
  }
}
/** Keeps the earliest date of occupation@level in `map` (code → level → date). */
function firstDate(map, code, level, date) {
  let levels = map.get(code);
  if (levels === undefined) map.set(code, (levels = new Map()));
  const first = levels.get(level ?? "");
  if (first === undefined || date < first) levels.set(level ?? "", date);
}
function addTo(map, code, level) {
  let levels = map.get(code);
  if (levels === undefined) map.set(code, (levels = new Set()));
  levels.add(level ?? "");
}

/**
 * For the engines' harnesses (ZEN, json-rules-engine): a raw document's records by id,
 * each trainee's counters from the prior ledger, and its claims in an order the rules
 * accept — each trainee's certificate claims by issue date, then filing date, then claim id (the library's
 * order within a person; people never compete, so no global sort), then the living
 * allowances, which read the training subsidies paid on a basis date before their course's
 * first day (reading living-allowance-repeat-course): every one of them is decided by then.
 */
export function prepare(document) {
  const trainees = new Map();
  for (const t of document.trainees) trainees.set(t.id, t);
  const certificates = new Map();
  const courses = new Map();
  for (const c of document.courses ?? []) courses.set(c.id, c);
  const counters = new Map();
  const of = (id) => {
    let c = counters.get(id);
    if (c === undefined) counters.set(id, (c = new Counters()));
    return c;
  };
  // The certificates a person holds (the synthetic data: skill-level certificates only, none
  // directly recognised or from a competition, so every one stands for an appraisal).
  for (const c of document.certificates ?? []) {
    certificates.set(c.id, c);
    of(c.traineeId).hold(c.occupation.code, c.level, c.issuedOn);
  }
  for (const g of document.ledger ?? []) {
    if (g.measure === "trainingSubsidy") {
      of(g.traineeId).addTs(yearOf(g.basisDate), g.occupationCode, g.level, g.basisDate);
      // the certificate it paid, issued on its basis date (reading appraisal-first-by-certificates)
      if (g.certificateId !== undefined && g.occupationCode !== undefined && g.level !== undefined) of(g.traineeId).hold(g.occupationCode, g.level, g.basisDate);
    }
    else if (g.measure === "appraisalSubsidy") of(g.traineeId).addAp(g.occupationCode, g.level);
  }
  const claims = document.claims;
  const order = [];
  const pending = new Map();
  const later = [];
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (c.certificateId === undefined) later.push(i);
    else {
      const list = pending.get(c.traineeId);
      if (list === undefined) pending.set(c.traineeId, [i]);
      else list.push(i);
    }
  }
  for (const list of pending.values()) {
    if (list.length > 1) list.sort((a, b) => compareCertificateClaims(claims[a], claims[b], certificates));
    for (const i of list) order.push(i);
  }
  for (const i of later) order.push(i);
  return { trainees, certificates, courses, counters: of, order };
}

/** Two claims of one person on certificates: issue date, then filing date, then claim id (UTF-16 code units). */
export function compareCertificateClaims(a, b, certificates) {
  const da = certificates.get(a.certificateId).issuedOn;
  const db = certificates.get(b.certificateId).issuedOn;
  if (da !== db) return da < db ? -1 : 1;
  if (a.submittedOn !== b.submittedOn) return a.submittedOn < b.submittedOn ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Per-claim results of one implementation, by the claim's position in the input documents. */
export class Outcomes {
  constructor(n) {
    this.code = new Int32Array(n).fill(UNDECIDED);
    this.fen = new Float64Array(n);
  }
}

/** The number of claims in some raw or parsed documents. */
export const claimCount = (documents) => documents.reduce((n, d) => n + d.claims.length, 0);

/**
 * A build of the library (`lib`: its module, whichever file it was loaded from) set up as the benchmark decides with it:
 * the Jiaxing policy with the illustrative catalogue, and a parser of raw documents that throws on any invalid record.
 */
export function benchSetup(lib) {
  const edition = lib.parseSubsidyCatalogue(catalogueJson);
  if (!edition.ok) throw new Error("the catalogue fixture does not parse");
  const base = lib.jiaxingPolicy();
  const policy = lib.withCatalogue(base, [edition.value], lib.catalogueSourceFor(base));
  const parse = (raw) => {
    const r = lib.parseClaimsDocument(raw);
    if (!r.ok || r.value.invalid.length > 0) throw new Error("a generated document does not parse");
    return r.value.document;
  };
  return { policy, parse };
}
