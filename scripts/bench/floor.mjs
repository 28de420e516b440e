// (d) The floor: the subset hand-written in plain JS. Integer fen, the history as Maps,
// claims in the library's judged order. The semantics every implementation follows:
//
// trainingSubsidy (certificate basis, judged on the certificate's issue date):
//   no_residency_basis                   unless hukou in Jiaxing, or residence in Jiaxing with a
//                                        residence permit, or employed in Jiaxing, or registered
//                                        unemployed in Jiaxing (jx2019.residency)
//   not_in_catalogue                     no catalogue row for occupation@level
//   (certificate_kind_not_accepted       the row does not accept the certificate's kind: never
//                                        arises in the synthetic data, all skill-level certificates)
//   annual_cap_reached                   3 training subsidies already granted with a basis date
//                                        in the issue date's calendar year (gbf2019.annual-cap)
//   occupation_level_already_subsidised  a training subsidy already granted for occupation@level
//   granted: the row's standard, × 1.30 when the trainee is tradeFrictionAffected and the
//   certificate was issued on or before 2021-12-31 (jx2019.trade-friction-uplift), rounded
//   half-up to the fen once.
// livingAllowance (judged on the course):
//   not_in_living_allowance_group        unless povertyRegistered, employmentDifficulty,
//                                        zeroEmploymentHousehold, or nonContinuingGraduate and
//                                        (rural or urbanDibaoFamily)
//   granted: 50 yuan × attended days (the Jiaxing rate; the courses lie inside its span).
// appraisalSubsidy (judged on the certificate's issue date):
//   no_residency_basis                   as above
//   appraisal_already_granted            an appraisal subsidy already granted for occupation@level
//   granted: 120 (junior, intermediate), 150 (senior, technician), 180 (seniorTechnician).
// A denial lists every failed rule's code, in the order above, joined by "+"; a grant
// adds to the history the later claims are judged against.
import { catalogueIndex, History, judgedOrder, occKey, row, withinJiaxing } from "./common.mjs";

export const UPLIFT_PERCENT = 30;
export const UPLIFT_LAST_DAY = "2021-12-31";
export const ANNUAL_CAP = 3;
export const LIVING_ALLOWANCE_FEN_PER_DAY = 5000;
export const APPRAISAL_FEN = { junior: 12000, intermediate: 12000, senior: 15000, technician: 15000, seniorTechnician: 18000 };

export const resident = (t) =>
  withinJiaxing(t.hukouRegion) || (withinJiaxing(t.residenceRegion) && t.hasResidencePermit === true) || withinJiaxing(t.employmentRegion) || withinJiaxing(t.unemploymentRegisteredAt);

export function inLivingAllowanceGroup(statuses) {
  return (
    statuses.includes("povertyRegistered") ||
    statuses.includes("employmentDifficulty") ||
    statuses.includes("zeroEmploymentHousehold") ||
    (statuses.includes("nonContinuingGraduate") && (statuses.includes("rural") || statuses.includes("urbanDibaoFamily")))
  );
}

/** Decides the documents (partitions by trainee) and returns one row per claim. */
export function floor(documents) {
  const catalogue = catalogueIndex();
  const out = [];
  for (const document of documents) {
    const history = History.fromLedger(document.ledger);
    for (const { claim } of judgedOrder(document)) {
      const trainee = document.trainees.get(claim.traineeId);
      if (claim.measure === "trainingSubsidy") {
        const cert = document.certificates.get(claim.certificateId);
        const key = occKey(cert.occupation.code, cert.level);
        const year = Number(cert.issuedOn.slice(0, 4));
        const codes = [];
        if (!resident(trainee)) codes.push("no_residency_basis");
        const r = catalogue.get(key);
        if (r === undefined) codes.push("not_in_catalogue");
        else if (!r.kinds.includes(cert.kind)) codes.push("certificate_kind_not_accepted");
        if (history.tsInYear(trainee.id, year) >= ANNUAL_CAP) codes.push("annual_cap_reached");
        if (history.tsHas(trainee.id, key)) codes.push("occupation_level_already_subsidised");
        if (codes.length > 0) {
          out.push(row(claim.id, "denied", 0, codes.join("+")));
          continue;
        }
        let fen = r.fen;
        if (trainee.statuses.includes("tradeFrictionAffected") && cert.issuedOn <= UPLIFT_LAST_DAY) fen = Math.round((fen * (100 + UPLIFT_PERCENT)) / 100);
        history.add(trainee.id, "trainingSubsidy", cert.issuedOn, key);
        out.push(row(claim.id, "granted", fen, "granted"));
      } else if (claim.measure === "livingAllowance") {
        const course = document.courses.get(claim.courseId);
        if (!inLivingAllowanceGroup(trainee.statuses)) {
          out.push(row(claim.id, "denied", 0, "not_in_living_allowance_group"));
          continue;
        }
        out.push(row(claim.id, "granted", LIVING_ALLOWANCE_FEN_PER_DAY * course.attendedDays, "granted"));
      } else if (claim.measure === "appraisalSubsidy") {
        const cert = document.certificates.get(claim.certificateId);
        const key = occKey(cert.occupation.code, cert.level);
        const codes = [];
        if (!resident(trainee)) codes.push("no_residency_basis");
        if (history.apHas(trainee.id, key)) codes.push("appraisal_already_granted");
        if (codes.length > 0) {
          out.push(row(claim.id, "denied", 0, codes.join("+")));
          continue;
        }
        history.add(trainee.id, "appraisalSubsidy", cert.issuedOn, key);
        out.push(row(claim.id, "granted", APPRAISAL_FEN[cert.level], "granted"));
      } else throw new Error(`measure outside the subset: ${claim.measure}`);
    }
  }
  return out;
}
