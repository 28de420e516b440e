/** 简体中文 terms: the codes a message names, in words (zh-CN.ts writes its messages with them). */
import { LINE_LABELS } from "../provisions/lineLabels.js";
import { regionTerms } from "./terms.js";

/**
 * Terms as officials read them: levels, statuses, groups, certificate kinds, measures,
 * payees, kinds of training, record fields and parameters, by their code (issue 14
 * item 16: a message never shows a code). Region names come from `regions.ts`. A code not
 * listed prints as it is; a test renders every message of every fixture and scenario and
 * fails on any code left in the Chinese text.
 */
export const terms: Readonly<Record<string, string>> = {
  // levels
  apprentice: "学徒工",
  vocationalCollege: "职业院校",
  industryAssociation: "行业协会",
  keyEnterprise: "骨干企业",
  otherDeveloper: "其他单位",
  junior: "初级工",
  intermediate: "中级工",
  senior: "高级工",
  technician: "技师",
  seniorTechnician: "高级技师",
  principalTechnician: "特级技师",
  chiefTechnician: "首席技师",
  // statuses of the trainee record
  povertyRegistered: "建档立卡贫困劳动力（低收入农户家庭劳动力）",
  childOfPoorFamily: "贫困家庭子女",
  liftedOutOfPoverty: "脱贫劳动力",
  nonContinuingGraduate: "“两后生”",
  rural: "农村家庭",
  urbanDibaoFamily: "城市低保家庭",
  ruralTransferWorker: "农村转移就业劳动者",
  newGenerationMigrantWorker: "新生代农民工",
  migrantWorker: "农民工",
  returningMigrantWorker: "返乡农民工",
  unemployed: "失业人员",
  jobTransferWorker: "转岗职工",
  veteran: "退役军人",
  disabled: "残疾人",
  employmentDifficulty: "就业困难人员",
  "employmentDifficulty(disabled)": "就业困难人员（残疾人）",
  zeroEmploymentHousehold: "零就业家庭成员",
  collegeGraduate: "高校毕业生",
  graduationYearStudent: "毕业年度学生",
  enterpriseEmployee: "企业职工",
  tradeFrictionAffected: "受经贸摩擦影响的企业职工",
  professionalFarmer: "职业农民",
  yangtzeFishingBanFisher: "长江流域禁捕退捕渔民",
  inCustody: "服刑人员",
  compulsoryRehab: "强制隔离戒毒人员",
  communityCorrection: "社区矫正对象",
  pairedRegionPovertyRegistered: "对口支援地区建档立卡贫困人员",
  masterStudioTrainee: "技能大师工作室学员",
  withoutMonthlyPension: "不具有按月领取养老金资格的人员",
  "nonContinuingGraduate+rural": "“两后生”中的农村学员",
  "nonContinuingGraduate+urbanDibaoFamily": "“两后生”中的城市低保家庭学员",
  // groups, by the provision that lists them (a group of src/provisions/groups whose name here would be its own label's
  // Chinese is named by that label, written once: defineGroup, parameterLabel)
  "gbf2019.scope-adjustment": "省级调整后的补贴人员范围",
  "jx2019.target-groups": "嘉兴市职业技能提升行动培训对象",
  "jx2019.free-training": "嘉兴市免费职业技能培训对象",
  "jx2019.master-studio": "技能大师工作室培训对象",
  "jx2019.over-retirement": "超过法定退休年龄但未按月领取养老金的人员",
  // residency bases
  hukouRegion: "户籍地",
  residenceRegion: "常住地",
  "residenceRegion+residencePermit": "常住并办有居住证",
  employmentRegion: "就业创业地",
  insuredInRegion: "在当地缴纳失业保险满规定期限",
  unemploymentRegisteredAt: "失业登记地",
  // certificate kinds, and the kinds of catalogue row a certificate is a basis for
  qualificationCertificate: "职业资格证书",
  skillLevelCertificate: "职业技能等级证书",
  specialAbilityCertificate: "专项职业能力证书",
  specialOperationsCertificate: "特种作业操作证书",
  trainingCompletionCertificate: "培训合格证书",
  otherCertificate: "其他证书",
  occupation: "职业（工种）目录条目",
  project: "项目制培训",
  // kinds of training
  preJob: "岗前培训",
  skillUpgrade: "岗位技能提升培训",
  jobTransfer: "转岗转业培训",
  safety: "安全技能培训",
  employmentSkills: "就业技能培训",
  entrepreneurship: "创业培训",
  projectBased: "项目制培训",
  // measures: named as their rules and lines are (the training-package grant's name in a message is the longer one)
  trainingSubsidy: LINE_LABELS.trainingSubsidy.zh,
  insuredSkillUpgradeSubsidy: LINE_LABELS.insuredSkillUpgradeSubsidy.zh,
  livingAllowance: LINE_LABELS.livingAllowance.zh,
  appraisalSubsidy: LINE_LABELS.appraisalSubsidy.zh,
  apprenticeshipSubsidy: LINE_LABELS.apprenticeshipSubsidy.zh,
  workForTrainingSubsidy: LINE_LABELS.workForTrainingSubsidy.zh,
  trainingPackageGrant: "职业技能培训包开发补助",
  // who claims and is paid (补贴发放对象)
  trainee: "培训学员本人",
  organizer: "培训机构",
  enterprise: "企业",
  // details of the employee-training and work-for-training checks
  notEnterpriseEmployee: "申请人不是企业职工",
  courseKindUnknown: "培训类型未知",
  workerInNoGroup: "该职工不属于贫困劳动力、就业困难人员或零就业家庭成员",
  enterpriseInsuranceUnknown: "企业参加失业保险的情况未知",
  // record fields a claim may lack
  "claim.traineeId": "申请人记录",
  "claim.courseId": "培训记录",
  "claim.certificateId": "证书记录",
  "certificate.courseId": "证书所载的培训记录",
  "claim.enterpriseId": "企业记录",
  "claim.apprenticeshipId": "学徒培训记录",
  "claim.amountClaimed": "申请金额",
  "trainee.employerId": "参训人员的用人单位",
  "claim.months": "以工代训的月份",
  "claim.trainingPackage": "培训包信息",
  "course.organizerId": "培训记录所载的组织单位",
  // parameters whose name in messages is not their label (every other parameter is named by its own label: parameterLabel)
  "eligibility.retirementAge": "法定退休年龄及超龄人员纳入规则",
  "trainingSubsidy.tradeFrictionUplift": "受经贸摩擦影响的企业职工补贴上浮比例",
  // regions
  ...regionTerms("zh"),
};
