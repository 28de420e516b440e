/** English terms: the codes a message names, in words (en.ts writes its messages with them). */
import { regionTerms } from "./terms.js";
import { LINE_LABEL as TRAINING_SUBSIDY } from "../provisions/trainingSubsidy/trainingSubsidy.js";
import { LINE_LABEL as LIVING_ALLOWANCE } from "../provisions/livingAllowance/livingAllowance.js";
import { APPRAISAL_SUBSIDY_LABEL as APPRAISAL } from "../jurisdictions/jiaxing/appraisalSubsidy.js";
import { APPRENTICESHIP_SUBSIDY_LABEL as APPRENTICESHIP } from "../provisions/apprenticeship/nationalApprenticeship.js";
import { LINE_LABEL as WORK_FOR_TRAINING } from "../provisions/workForTraining/workForTraining.js";
import { LINE_LABEL as PACKAGE_GRANT } from "../jurisdictions/jiaxing/packageGrant.js";

/**
 * Terms in English, by code: levels, statuses, groups, certificate kinds, measures, payees,
 * kinds of training, record fields and parameters (issue 14 item 16: a message never shows
 * a code). Region names come from `regions.ts`. A code not listed prints as it is.
 */
export const terms: Readonly<Record<string, string>> = {
  // levels
  apprentice: "apprentice (学徒工)",
  junior: "junior (初级工)",
  intermediate: "intermediate (中级工)",
  senior: "senior (高级工)",
  technician: "technician (技师)",
  seniorTechnician: "senior technician (高级技师)",
  principalTechnician: "principal technician (特级技师)",
  chiefTechnician: "chief technician (首席技师)",
  // statuses of the trainee record
  povertyRegistered: "poverty-registered",
  childOfPoorFamily: "child of a poor family",
  liftedOutOfPoverty: "lifted out of poverty",
  nonContinuingGraduate: "两后生 (not continuing school)",
  rural: "rural family",
  urbanDibaoFamily: "urban dibao family",
  ruralTransferWorker: "rural transfer worker",
  newGenerationMigrantWorker: "new-generation migrant worker",
  migrantWorker: "migrant worker",
  returningMigrantWorker: "returning migrant worker",
  unemployed: "unemployed",
  jobTransferWorker: "job-transfer worker",
  veteran: "veteran",
  disabled: "disabled",
  employmentDifficulty: "employment-difficulty",
  "employmentDifficulty(disabled)": "employment-difficulty (disabled)",
  zeroEmploymentHousehold: "zero-employment household",
  collegeGraduate: "college graduate",
  graduationYearStudent: "graduation-year student",
  enterpriseEmployee: "enterprise employee",
  tradeFrictionAffected: "employee affected by economic and trade friction",
  professionalFarmer: "professional farmer",
  yangtzeFishingBanFisher: "Yangtze fishing-ban fisher",
  inCustody: "serving a sentence",
  compulsoryRehab: "in compulsory drug rehabilitation",
  communityCorrection: "under community correction",
  pairedRegionPovertyRegistered: "poverty-registered in a paired region",
  masterStudioTrainee: "skill-master studio trainee",
  withoutMonthlyPension: "not entitled to a monthly pension",
  "nonContinuingGraduate+rural": "rural 两后生",
  "nonContinuingGraduate+urbanDibaoFamily": "两后生 from an urban dibao family",
  // groups, by the provision that lists them (those of THE_GROUPS below are named by their own labels)
  "gbf2019.scope-adjustment": "the province's widened subsidy scope",
  "jx2019.target-groups": "Jiaxing's target groups of the skills plan",
  "jx2019.free-training": "Jiaxing's free-training groups",
  "jx2019.master-studio": "skill-master studio trainees",
  "jx2019.over-retirement": "people over retirement age without a monthly pension",
  // residency bases
  hukouRegion: "hukou place",
  residenceRegion: "habitual residence",
  "residenceRegion+residencePermit": "local residence with a residence permit",
  employmentRegion: "place of employment",
  insuredInRegion: "unemployment insurance paid locally for the required period",
  unemploymentRegisteredAt: "unemployment-registration place",
  // certificate kinds, and the kinds of catalogue row a certificate is a basis for
  qualificationCertificate: "qualification certificate",
  skillLevelCertificate: "skill-level certificate",
  specialAbilityCertificate: "special-ability certificate",
  specialOperationsCertificate: "special-operations certificate",
  trainingCompletionCertificate: "training-completion certificate",
  otherCertificate: "certificate of another kind",
  occupation: "an occupation row of the catalogue",
  project: "project-based training",
  // kinds of training
  preJob: "pre-job training",
  skillUpgrade: "on-the-job skill upgrading",
  jobTransfer: "job-transfer training",
  safety: "safety-skills training",
  employmentSkills: "employment-skills training",
  entrepreneurship: "entrepreneurship training",
  projectBased: "project-based training",
  // measures: named as their rules and lines are (the skill-upgrade subsidy's name in a message reads otherwise)
  trainingSubsidy: TRAINING_SUBSIDY.en,
  insuredSkillUpgradeSubsidy: "skill-upgrade subsidy for insured employees",
  livingAllowance: LIVING_ALLOWANCE.en,
  appraisalSubsidy: APPRAISAL.en,
  apprenticeshipSubsidy: APPRENTICESHIP.en,
  workForTrainingSubsidy: WORK_FOR_TRAINING.en,
  trainingPackageGrant: PACKAGE_GRANT.en,
  // who claims and is paid
  trainee: "trainee",
  organizer: "training provider",
  enterprise: "enterprise",
  // details of the employee-training and work-for-training checks
  notEnterpriseEmployee: "the claimant is not an enterprise employee",
  courseKindUnknown: "the kind of training is unknown",
  workerInNoGroup: "the worker is in none of the groups",
  enterpriseInsuranceUnknown: "whether the enterprise pays unemployment insurance is unknown",
  // record fields a claim may lack
  "claim.traineeId": "the trainee record",
  "claim.courseId": "the course record",
  "claim.certificateId": "the certificate record",
  "certificate.courseId": "the course the certificate names",
  "claim.enterpriseId": "the enterprise record",
  "claim.apprenticeshipId": "the apprenticeship record",
  "claim.amountClaimed": "the amount claimed",
  "trainee.employerId": "the trainee's employer",
  "claim.months": "the months claimed",
  "claim.trainingPackage": "the training package",
  "course.organizerId": "the course's organising unit",
  // parameters whose name in messages is not their label (every other parameter is named by its own label: parameterLabel)
  "eligibility.retirementAge": "retirement age and the over-retirement rule",
  "trainingSubsidy.tradeFrictionUplift": "uplift for employees affected by economic and trade friction",
  // regions
  ...regionTerms("en"),
};
