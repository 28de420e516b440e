/**
 * Comparing a policy with a reformed one over a population of claims: per-claim
 * differences in outcome and amount, and totals by provision, payee kind, region and
 * occupation, in exact yuan (decimal strings).
 *
 * Attribution. When the reformed policy stacks several patches, the batch is decided
 * under each step — the base, base + first patch, base + first + second, … — and each
 * patch is credited with the difference between the step it adds and the step before,
 * split by the provision each paid line cites. The credits of one claim add up to its
 * whole difference. Like any stepwise attribution it depends on the order of the
 * patches when two of them touch the same value; the order is the order they were
 * applied in.
 */
import { checkDocument, checkOptions, checkPolicy } from "../arguments.js";
import type { CivilDate } from "../core/date.js";
import type { Decision, Outcome, Payee } from "../core/decision.js";
import type { ReasonCode } from "../core/issues.js";
import type { Amount, Yuan } from "../core/money.js";
import { amount, toYuan, ZERO } from "../core/money.js";
import type { Policy } from "../core/layer.js";
import { evaluateBatch } from "../engine.js";
import type { ClaimsDocument } from "../records/document.js";
import type { Claim } from "../records/claim.js";
import { PARAMETER_READERS } from "./parameterReaders.js";
import { rulesReading } from "./parameters.js";
import { reformSteps } from "./reform.js";

/** A claim's decision under one policy, in brief. */
export interface ClaimSide {
  /** The outcome. */
  readonly outcome: Outcome;
  /** The amount (`null` when undecidable). */
  readonly amount: Yuan | null;
  /** Who is paid. */
  readonly payee: Payee | null;
  /** The reason codes. */
  readonly reasons: readonly ReasonCode[];
}

/** What one reform changed on one claim under one provision. */
export interface Attribution {
  /** The reform layer, `reform.<patch id>`. */
  readonly reform: string;
  /** The provision the paid lines cite (or, for a change of outcome with no amount, the first reason's). */
  readonly provision: string;
  /** Reformed minus before, in yuan. */
  readonly delta: Yuan;
  /** Present when this reform changed the claim's outcome. */
  readonly outcome?: { readonly from: Outcome; readonly to: Outcome };
}

/** One claim under the base and the reformed policy. */
export interface ClaimDifference {
  /** The claim. */
  readonly claimId: string;
  /** Its measure. */
  readonly measure: string;
  /** Its trainee. */
  readonly traineeId: string;
  /** The decision's payee kind (reformed, else base), else the claimant's. */
  readonly payeeKind: Payee["kind"];
  /** The region of the claim: the course's, else the enterprise's, else the trainee's employment, residence or hukou region, else `(unknown)`. */
  readonly region: string;
  /** `code name` of the occupation or project, `(none)` when the claim names none. */
  readonly occupation: string;
  /** The decision under the base policy. */
  readonly base: ClaimSide;
  /** The decision under the reformed policy. */
  readonly reformed: ClaimSide;
  /** True when the outcome differs. */
  readonly outcomeChanged: boolean;
  /** Reformed minus base amount; an undecidable claim counts 0. */
  readonly delta: Yuan;
  /** True when the outcome or the amount differs. */
  readonly changed: boolean;
  /** Which reform and provision caused each part of the difference (empty when nothing changed). */
  readonly attribution: readonly Attribution[];
}

/** A total over the claims under one key (a provision, payee kind, region or occupation). */
export interface TotalRow {
  /** The key. */
  readonly key: string;
  /** Paid under the base policy. */
  readonly base: Yuan;
  /** Paid under the reformed policy. */
  readonly reformed: Yuan;
  /** Reformed minus base. */
  readonly delta: Yuan;
  /** Claims that fall under this key (under either policy, for provisions). */
  readonly claims: number;
  /** Of those, claims whose outcome or amount changed. */
  readonly changed: number;
}

/** One reform's part of the difference under one provision. */
export interface ReformTotal {
  /** The reform layer, `reform.<patch id>`. */
  readonly reform: string;
  /** The patch's label. */
  readonly label: { readonly zh: string; readonly en: string };
  /** The provision the difference is paid under. */
  readonly provision: string;
  /** The difference, in yuan. */
  readonly delta: Yuan;
  /** Claims it touched. */
  readonly claims: number;
}

/**
 * A parameter a reform changes that no rule of the reformed policy reads (see
 * `rulesReading`): whatever its value, no decision can change, so a comparison showing no
 * difference says nothing about the reform.
 */
export interface UnreadParameter {
  /** The reform layer, `reform.<patch id>`. */
  readonly reform: string;
  /** The parameter id. */
  readonly parameter: string;
  /** What this means, in Chinese and English. */
  readonly message: { readonly zh: string; readonly en: string };
}

/** The parameters the reform layers of `reformed` (over `base`) change that no rule of `reformed` reads, each reform's once. */
function unreadParameters(base: Policy, reformed: Policy): UnreadParameter[] {
  const out: UnreadParameter[] = [];
  for (const layer of reformed.layers.slice(base.layers.length)) {
    for (const id of new Set((layer.parameterOverrides ?? []).map((o) => o.target.id))) {
      // The days the reform's values of it cover: a rule replaced on all of them by a dated replacement does not read it.
      let from: string | undefined;
      let until: string | null | undefined;
      for (const o of layer.parameterOverrides ?? []) {
        if (o.target.id !== id) continue;
        for (const v of o.values) if (from === undefined || v.from < from) from = v.from;
        const end = o.kind === "replace" ? (o.until ?? null) : null;
        if (until === undefined || end === null || (until !== null && end > until)) until = end;
      }
      if (rulesReading(reformed, id, from === undefined ? undefined : { from, until: until ?? null }).length > 0) continue;
      const helpers = (PARAMETER_READERS[id] ?? []).filter((r) => r.endsWith("()"));
      const outside = helpers.length === 0 ? { zh: "", en: "" } : { zh: `（只有决定之外的函数 ${helpers.join("、")} 读取它）`, en: ` (only ${helpers.join(", ")}, outside the decisions, reads it)` };
      out.push({
        reform: layer.id,
        parameter: id,
        message: {
          zh: `${layer.id} 修改的参数 ${id} 没有任何规则读取（政策 ${reformed.id}）${outside.zh}：修改它不会改变任何决定`,
          en: `${layer.id} changes ${id}, which no rule of policy ${reformed.id} reads${outside.en}: a change to it cannot change a decision`,
        },
      });
    }
  }
  return out;
}

/** What {@link compare} returns: per-claim differences and totals. */
export interface Comparison {
  /** The base policy's id and hash. */
  readonly base: { readonly id: string; readonly hash: string };
  /** The reformed policy's id and hash. */
  readonly reformed: { readonly id: string; readonly hash: string };
  /** One per distinct claim id, sorted by claim id. */
  readonly claims: readonly ClaimDifference[];
  /** Totals: all, by provision, payee kind, region, occupation and reform, and outcome changes. */
  readonly totals: {
    readonly all: TotalRow;
    readonly byProvision: readonly TotalRow[];
    readonly byPayeeKind: readonly TotalRow[];
    readonly byRegion: readonly TotalRow[];
    readonly byOccupation: readonly TotalRow[];
    /** Each reform's part of the difference, by provision, in the order the reforms apply. */
    readonly byReform: readonly ReformTotal[];
    /** How many claims went from one outcome to another. */
    readonly outcomes: readonly { readonly from: Outcome; readonly to: Outcome; readonly claims: number }[];
  };
  /** The parameters the reforms change that no rule of the reformed policy reads: changing one cannot change a decision (empty when every changed parameter is read). */
  readonly unread: readonly UnreadParameter[];
}

/**
 * The region a claim is counted under: the course's, else the enterprise's, else the
 * trainee's employment, residence or hukou region, else `(unknown)`.
 * @example
 * import { readFileSync } from "node:fs";
 * const population = parseClaimsDocument(JSON.parse(readFileSync("fixtures/jiaxing/reform-population.json", "utf8")));
 * if (!population.ok) throw new Error("unreadable population");
 * const first = population.value.document.claims[0];
 * first === undefined ? null : claimRegion(first, population.value.document) // → "zhejiang.jiaxing.haining"
 */
export function claimRegion(claim: Claim, document: ClaimsDocument): string {
  const course = claim.courseId === undefined ? undefined : document.courses.get(claim.courseId);
  if (course !== undefined) return course.region;
  const enterprise = claim.enterpriseId === undefined ? undefined : document.enterprises.get(claim.enterpriseId);
  if (enterprise?.region !== undefined) return enterprise.region;
  const trainee = document.trainees.get(claim.traineeId);
  return trainee?.employmentRegion ?? trainee?.residenceRegion ?? trainee?.hukouRegion ?? "(unknown)";
}

function claimOccupation(claim: Claim, document: ClaimsDocument): string {
  const pick = <T>(map: ReadonlyMap<string, T>, id: string | undefined) => (id === undefined ? undefined : map.get(id));
  const o =
    pick(document.courses, claim.courseId)?.occupation ??
    pick(document.certificates, claim.certificateId)?.occupation ??
    pick(document.apprenticeships, claim.apprenticeshipId)?.occupation;
  return o === undefined ? "(none)" : `${o.code} ${o.name}`;
}

/** What compare keeps of a decision (not the trace), so a large batch decided several times fits in memory. */
interface Brief {
  readonly side: ClaimSide;
  readonly firstReasonProvision: string | undefined;
  /** Paid amounts by the provision the lines cite (empty unless granted). */
  readonly lines: ReadonlyMap<string, Amount>;
}

function brief(d: Decision): Brief {
  const lines = new Map<string, Amount>();
  if (d.outcome === "granted") for (const line of d.lines) lines.set(line.citation.provision, (lines.get(line.citation.provision) ?? ZERO).plus(amount(line.amount)));
  return {
    side: { outcome: d.outcome, amount: d.amount, payee: d.payee, reasons: d.reasons.map((r) => r.code) },
    firstReasonProvision: d.reasons[0]?.citation.provision,
    lines,
  };
}

function paid(b: Brief | undefined): Amount {
  return b?.side.outcome === "granted" && b.side.amount !== null ? amount(b.side.amount) : ZERO;
}

function byProvision(b: Brief | undefined): ReadonlyMap<string, Amount> {
  return b?.lines ?? new Map<string, Amount>();
}

class Totals {
  readonly #rows = new Map<string, { base: Amount; reformed: Amount; claims: number; changed: number }>();
  add(key: string, base: Amount, reformed: Amount, changed: boolean): void {
    const row = this.#rows.get(key) ?? { base: ZERO, reformed: ZERO, claims: 0, changed: 0 };
    this.#rows.set(key, { base: row.base.plus(base), reformed: row.reformed.plus(reformed), claims: row.claims + 1, changed: row.changed + (changed ? 1 : 0) });
  }
  rows(): TotalRow[] {
    return [...this.#rows]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, r]) => ({ key, base: toYuan(r.base), reformed: toYuan(r.reformed), delta: toYuan(r.reformed.minus(r.base)), claims: r.claims, changed: r.changed }));
  }
}

/**
 * Decides a batch under a policy and under a reform of it, and compares.
 * @example
 * import { readFileSync } from "node:fs";
 * const population = parseClaimsDocument(JSON.parse(readFileSync("fixtures/jiaxing/reform-population.json", "utf8")));
 * if (!population.ok) throw new Error("unreadable population");
 * const r = reform(jiaxingPolicy(), JSON.parse(readFileSync("fixtures/reforms/living-allowance-60.json", "utf8")));
 * const c = r.ok ? compare(jiaxingPolicy(), r.value.policy, population.value.document) : undefined;
 * c?.totals.all // → {"key":"all","base":"2420.00","reformed":"2620.00","delta":"200.00","claims":12,"changed":4}
 * c?.totals.byReform.map((t) => [t.reform, t.provision, t.delta]) // → [["reform.la-60-2021","jx2019.living-allowance","200.00"]]
 * c?.unread // → []
 * // a patch of a parameter no rule reads (gbf2019 §(十二)'s advance share) moves nothing, and says so
 * const advance = reform(jiaxingPolicy(), { id: "adv-100", label: { zh: "全部先行拨付", en: "all in advance" }, changes: [{ parameter: "advancePayment.sharePercent", from: "2020-01-01", value: "100" }] });
 * advance.ok ? compare(jiaxingPolicy(), advance.value.policy, population.value.document).unread.map((u) => [u.reform, u.parameter]) : [] // → [["reform.adv-100","advancePayment.sharePercent"]]
 * @throws SkillsSubsidyError when `reformed` is not `base` with reform layers added.
 */
export function compare(base: Policy, reformed: Policy, document: ClaimsDocument, options: { readonly on?: CivilDate } = {}): Comparison {
  checkPolicy(base, "base");
  checkPolicy(reformed, "reformed");
  checkDocument(document);
  checkOptions(options);
  const steps = reformSteps(base, reformed);
  const results = steps.map((p) => new Map(evaluateBatch(p, document, options).decisions.map((d) => [d.claimId, brief(d)] as const)));
  const first = results[0] as Map<string, Brief>;
  const last = results[results.length - 1] as Map<string, Brief>;
  const claimsById = new Map<string, Claim>();
  for (const c of document.claims) if (!claimsById.has(c.id)) claimsById.set(c.id, c);

  const claims: ClaimDifference[] = [];
  const all = new Totals();
  const provisions = new Totals();
  const payeeKinds = new Totals();
  const regions = new Totals();
  const occupations = new Totals();
  const reforms = new Map<string, { delta: Amount; claims: number }>();
  const outcomes = new Map<string, number>();

  for (const [claimId, before] of first) {
    const after = last.get(claimId) as Brief;
    const claim = claimsById.get(claimId) as Claim;
    const attribution: Attribution[] = [];
    for (let k = 1; k < steps.length; k++) {
      const prev = results[k - 1]?.get(claimId);
      const next = results[k]?.get(claimId);
      const layer = (steps[k] as Policy).layers[(steps[k] as Policy).layers.length - 1];
      const reformId = layer?.id ?? "(reform)";
      const a = byProvision(prev);
      const b = byProvision(next);
      const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
      const outcomeMoved = prev !== undefined && next !== undefined && prev.side.outcome !== next.side.outcome;
      const entries: Attribution[] = [];
      for (const provision of keys) {
        const delta = (b.get(provision) ?? ZERO).minus(a.get(provision) ?? ZERO);
        if (!delta.isZero()) entries.push({ reform: reformId, provision, delta: toYuan(delta) });
      }
      if (outcomeMoved) {
        const moved = { from: (prev as Brief).side.outcome, to: (next as Brief).side.outcome };
        if (entries.length === 0) {
          const provision = next?.firstReasonProvision ?? prev?.firstReasonProvision ?? "(none)";
          entries.push({ reform: reformId, provision, delta: "0.00", outcome: moved });
        } else {
          entries[0] = { ...(entries[0] as Attribution), outcome: moved };
        }
      }
      attribution.push(...entries);
    }
    const baseAmount = paid(before);
    const reformedAmount = paid(after);
    const outcomeChanged = before.side.outcome !== after.side.outcome;
    const changed = outcomeChanged || before.side.amount !== after.side.amount;
    const payeeKind = after.side.payee?.kind ?? before.side.payee?.kind ?? claim.claimant.kind;
    const region = claimRegion(claim, document);
    const occupation = claimOccupation(claim, document);
    claims.push({
      claimId,
      measure: claim.measure,
      traineeId: claim.traineeId,
      payeeKind,
      region,
      occupation,
      base: before.side,
      reformed: after.side,
      outcomeChanged,
      delta: toYuan(reformedAmount.minus(baseAmount)),
      changed,
      attribution,
    });
    all.add("all", baseAmount, reformedAmount, changed);
    payeeKinds.add(payeeKind, baseAmount, reformedAmount, changed);
    regions.add(region, baseAmount, reformedAmount, changed);
    occupations.add(occupation, baseAmount, reformedAmount, changed);
    const pa = byProvision(before);
    const pb = byProvision(after);
    for (const provision of new Set([...pa.keys(), ...pb.keys()])) provisions.add(provision, pa.get(provision) ?? ZERO, pb.get(provision) ?? ZERO, changed);
    for (const entry of attribution) {
      const key = `${entry.reform}\u0000${entry.provision}`;
      const r = reforms.get(key) ?? { delta: ZERO, claims: 0 };
      reforms.set(key, { delta: r.delta.plus(amount(entry.delta)), claims: r.claims + 1 });
    }
    if (outcomeChanged) {
      const key = `${before.side.outcome}\u0000${after.side.outcome}`;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    }
  }

  const order = steps.slice(1).map((p) => p.layers[p.layers.length - 1]);
  const byReform: ReformTotal[] = [...reforms]
    .map(([key, r]) => {
      const [reform, provision] = key.split("\u0000") as [string, string];
      const layer = order.find((l) => l?.id === reform);
      return { reform, label: layer?.label ?? { zh: reform, en: reform }, provision, delta: toYuan(r.delta), claims: r.claims };
    })
    .sort((a, b) => order.findIndex((l) => l?.id === a.reform) - order.findIndex((l) => l?.id === b.reform) || (a.provision < b.provision ? -1 : a.provision > b.provision ? 1 : 0));

  const allRow = all.rows()[0] ?? { key: "all", base: "0.00", reformed: "0.00", delta: "0.00", claims: 0, changed: 0 };
  claims.sort((a, b) => (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0));
  return {
    base: { id: base.id, hash: base.hash },
    reformed: { id: reformed.id, hash: reformed.hash },
    claims,
    totals: {
      all: allRow,
      byProvision: provisions.rows(),
      byPayeeKind: payeeKinds.rows(),
      byRegion: regions.rows(),
      byOccupation: occupations.rows(),
      byReform,
      outcomes: [...outcomes].map(([key, n]) => {
        const [from, to] = key.split("\u0000") as [Outcome, Outcome];
        return { from, to, claims: n };
      }),
    },
    unread: unreadParameters(base, reformed),
  };
}
