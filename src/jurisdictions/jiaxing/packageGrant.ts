/**
 * 培训包开发补助 — the grant for developing a training package.
 *
 * jx2019.package-grant 五(十)二:
 * 「委托职业院校、行业协会和骨干企业依据有关职业标准或岗位技术规范开发职业技能培训包，给予每个不超过5万元补助」
 * — packages developed on commission by vocational
 * colleges, industry associations and key enterprises: at most 50,000 yuan each.
 * The claim names the package (`claim.trainingPackage`: its id, the developer's kind,
 * whether it was commissioned); a developer of another kind or an uncommissioned package
 * is denied, and one package is paid once, whoever claims it (reading: pay-once-basis;
 * 每个 is read as each package, not each developer). A package grant to the same payee kept
 * without its package (another system's ledger) leaves the claim undecidable, asking for its
 * `trainingPackageId` (reading: earlier-grant-says-what-it-paid, {@link unnamedPackageGrants}).
 * Reading (reading: package-grant-capped): the claim states the development cost (`claim.amountClaimed`); the grant is
 * that amount, capped at the parameter {@link packageGrantCap} (a claim above the cap
 * is paid the cap, with a reason saying so). Paid to the claimant (the developing
 * organiser or enterprise, never a trainee). Without a cap in force the claim is
 * `undecidable` (`no_local_standard`); without an amount, `undecidable` naming
 * `claim.amountClaimed`.
 *
 * Limitation: the engine files every claim under a trainee record (`claim.traineeId`);
 * for a package claim that record is only the claim's contact person and is not judged.
 */
import { LINE_LABELS } from "../../provisions/lineLabels.js";
import { cite } from "../../core/citation.js";
import type { Check, Finding } from "../../core/decision.js";
import { isResolved } from "../../core/decision.js";
import { defineRule } from "../../core/layer.js";
import { amount, min } from "../../core/money.js";
import { defineParameter } from "../../core/parameter.js";
import type { ClaimInput } from "../../provisions/common.js";
import { claimantPayee, findingOf, grantFieldsMissing, missingRecord, unresolvedReason } from "../../provisions/common.js";
import type { Ledger } from "../../core/ledger.js";
import { grantBefore, payOnceKey } from "../../core/ledger.js";
import type { Claim, Grant } from "../../records/claim.js";
import { compareCodeUnits } from "../../core/order.js";
import { AmountShape } from "../../provisions/values.js";

const PACKAGE_GRANT = cite("jx2019.package-grant", "五(十)二");
/** 委托职业院校、行业协会和骨干企业 */
const ELIGIBLE_DEVELOPERS: ReadonlySet<string> = new Set(["vocationalCollege", "industryAssociation", "keyEnterprise"]);
/** The kind of claimant each eligible developer files as: a college or an association as an organiser, a key enterprise as an enterprise. */
const DEVELOPER_CLAIMANT: Readonly<Record<string, string>> = { vocationalCollege: "organizer", industryAssociation: "organizer", keyEnterprise: "enterprise" };
/** The measure's name (its lines' label), which the locales also name the measure by (`terms`). @internal */
export const LINE_LABEL = LINE_LABELS.trainingPackageGrant;

/**
 * The pay-once key of a training package: owned by no person (`*`), so claims filed under
 * different trainees compete for it (the CLI's split batch joins their parts by it).
 * @example packageBasisKey("PK-1") // → "trainingPackageGrant|*|package PK-1"
 */
export function packageBasisKey(packageId: string): string {
  return payOnceKey("trainingPackageGrant", "*", "package", packageId);
}

/**
 * The package grants paid to `payee` that a ledger kept by another system recorded without
 * saying which package (no `trainingPackageId`, no pay-once keys), by basis date, then id: any
 * of them may have paid the package this payee claims now (reading: earlier-grant-says-what-it-paid).
 * A grant to another payee is read as paying a package that payee developed.
 * @example
 * const ledger = Ledger.from([grant({ id: "G-9", measure: "trainingPackageGrant", payee: { kind: "organizer", id: "SCHOOL-1" }, occupationCode: undefined }), grant({ id: "G-8", measure: "trainingPackageGrant", payee: { kind: "organizer", id: "SCHOOL-1" }, trainingPackageId: "PK-2" })]);
 * unnamedPackageGrants(ledger, { kind: "organizer", id: "SCHOOL-1" }).map((g) => g.id) // → ["G-9"]
 * unnamedPackageGrants(ledger, { kind: "organizer", id: "SCHOOL-2" }) // → []
 */
export function unnamedPackageGrants(ledger: Ledger, payee: { readonly kind: string; readonly id: string }): Grant[] {
  const out: Grant[] = [];
  for (const g of ledger.withoutKeys("trainingPackageGrant")) if (g.trainingPackageId === undefined && g.payee.kind === payee.kind && g.payee.id === payee.id) out.push(g);
  return out.sort((a, b) => (grantBefore(a, b) ? -1 : grantBefore(b, a) ? 1 : 0));
}

/**
 * The ids of the claims among `packageClaims` (the batch's claims on one package) filed by a party other than `claim`'s
 * claimant (kind and id) that could be the package's developer (not a trainee), in code-unit order, at most ten: each says
 * another party is owed the package's grant (reading package-grant-per-package). The same claimant's other claims are
 * its repeats, paid once.
 * @example
 * const mine = claim({ id: "Y", measure: "trainingPackageGrant", claimant: { kind: "organizer", id: "COL" }, trainingPackage: { id: "PK1", developerKind: "vocationalCollege", commissioned: true } });
 * const theirs = claim({ id: "X", measure: "trainingPackageGrant", claimant: { kind: "enterprise", id: "E1" }, trainingPackage: { id: "PK1", developerKind: "keyEnterprise", commissioned: true } });
 * otherClaimantsClaims([theirs, mine, { ...mine, id: "Y2" }], mine) // → ["X"]
 * otherClaimantsClaims([mine, { ...mine, id: "Y2" }], mine) // → []
 */
export function otherClaimantsClaims(packageClaims: readonly Claim[] | undefined, claim: Claim): string[] {
  if (packageClaims === undefined || packageClaims.length < 2) return [];
  const ids = new Set<string>();
  for (const c of packageClaims) {
    if (c.claimant.kind === "trainee" || (c.claimant.kind === claim.claimant.kind && c.claimant.id === claim.claimant.id)) continue;
    ids.add(c.id);
  }
  return [...ids].sort(compareCodeUnits).slice(0, 10);
}

/**
 * 「给予每个不超过 5 万元补助」: yuan per package, at most. Encodes `jx2019.package-grant` (五(十)二).
 * Parameter `trainingPackage.grantCap`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(jiaxingPolicy(), packageGrantCap, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → "50000.00"
 */
export const packageGrantCap = defineParameter<string>({
  id: "trainingPackage.grantCap",
  label: { zh: "每个培训包开发补助上限（元）", en: "grant per training package, at most (yuan)" },
  citation: PACKAGE_GRANT,
  values: [],
  lastVerifiedOn: "2026-11-25",
  unit: "yuan/package",
  valueSchema: AmountShape,
});

/**
 * Decides a training-package grant claim. Encodes `jx2019.package-grant` (五(十)二).
 * @example
 * const c = claim({ measure: "trainingPackageGrant", claimant: { kind: "organizer", id: "ORG-1" }, amountClaimed: "50001.00", submittedOn: "2020-09-01", trainingPackage: { id: "PK-1", developerKind: "vocationalCollege", commissioned: true } });
 * evaluateClaim(jiaxingPolicy(), input({ claim: c, trainee: trainee() })).amount // → "50000.00"
 */
export const trainingPackageGrant = defineRule({
  id: "trainingPackageGrant",
  label: LINE_LABEL,
  citation: PACKAGE_GRANT,
  run: (ctx, input: ClaimInput): Finding => {
    const { claim } = input;
    const cap = ctx.param(packageGrantCap, claim.submittedOn);
    if (!isResolved(cap)) return findingOf([unresolvedReason(cap, claim.submittedOn).check]);
    if (claim.claimant.kind === "trainee") {
      return findingOf([{ pass: false, reason: { code: "payee_not_organiser", citation: cap.citation, facts: { claimant: claim.claimant.kind } } }]);
    }
    const pkg = claim.trainingPackage;
    if (pkg === undefined) {
      return findingOf([missingRecord(cap.citation, "claim.trainingPackage")]);
    }
    // 委托职业院校、行业协会和骨干企业: a commissioned developer of those kinds
    if (!ELIGIBLE_DEVELOPERS.has(pkg.developerKind)) {
      return findingOf([{ pass: false, reason: { code: "package_developer_not_eligible", citation: cap.citation, facts: { package: pkg.id, developerKind: pkg.developerKind } } }]);
    }
    // 「委托职业院校、行业协会和骨干企业……开发职业技能培训包，给予……补助」: the grant is the developer's. A claimant of a kind the
    // developer is not (an enterprise for a college's or an association's package, an organiser for a key enterprise's) is
    // refused, so the first filer does not take the developer's grant (reading package-grant-per-package; cold review 109
    // F3, second look 109 Q3: 50,000.00 paid to an enterprise for a college's package).
    if (DEVELOPER_CLAIMANT[pkg.developerKind] !== claim.claimant.kind) {
      return findingOf([{ pass: false, reason: { code: "package_claimant_not_developer", citation: cap.citation, facts: { package: pkg.id, claimant: claim.claimant.kind, developerKind: pkg.developerKind } } }]);
    }
    if (!pkg.commissioned) {
      return findingOf([{ pass: false, reason: { code: "package_not_commissioned", citation: cap.citation, facts: { package: pkg.id } } }]);
    }
    const unknown: Check[] = [];
    if (claim.amountClaimed === undefined) unknown.push(missingRecord(cap.citation, "claim.amountClaimed"));
    const paidBefore = input.ledger.paidOn(packageBasisKey(pkg.id)).length > 0;
    // 「委托……开发职业技能培训包」: the commission decides the payee, and no claim records it. Another claimant's claim on this
    // package in the batch, whatever developer it names, leaves the developer undecided: held, naming those claims, not
    // paid to whichever was filed first (reading package-grant-per-package; cold review 111 F2, second look 111 Q2). A
    // package a prior run paid is refused as paid below, whoever claims it (the money is out).
    const others = paidBefore ? [] : otherClaimantsClaims(input.packageClaims, claim);
    if (others.length > 0) unknown.push({ pass: "unknown", reason: { code: "package_claimed_by_others", citation: cap.citation, facts: { package: pkg.id, claims: others } }, missing: [`package ${pkg.id}: commissioned developer`] });
    // reading earlier-grant-says-what-it-paid: a grant to this payee, kept without its package,
    // may have paid this one — unless the package's key already refuses it (pay-once-basis)
    const unnamed = paidBefore ? [] : unnamedPackageGrants(input.ledger, claim.claimant);
    if (unnamed.length > 0) unknown.push(grantFieldsMissing(unnamed, "trainingPackageId", cap.citation));
    if (unknown.length > 0) return findingOf(unknown);
    const amountClaimed = claim.amountClaimed as string;
    const claimed = amount(amountClaimed);
    const paid = min(claimed, amount(cap.value));
    const over = claimed.greaterThan(paid);
    const payee = claimantPayee(claim);
    return {
      outcome: "granted",
      payee,
      missingFacts: [],
      reasons: [{ code: over ? "package_grant_over_cap" : "package_grant", citation: cap.citation, facts: { amountClaimed: claimed.toFixed(2), cap: cap.value, amount: paid.toFixed(2) } }],
      lines: [{ label: LINE_LABEL, citation: cap.citation, payee, quantity: 1, unit: "package", rate: paid, amount: paid, layer: cap.layer }],
      // 给予每个不超过5万元补助: one package is paid once (reading: pay-once-basis), whoever claims it
      basis: { date: claim.submittedOn, keys: [packageBasisKey(pkg.id)] },
    };
  },
});
