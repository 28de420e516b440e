/** 简体中文 messages: reason codes and validation codes. */
import type { Facts, ReasonMessages, RecordValidationCode, ValidationCode } from "../core/issues.js";
import { factWriter, items, membership, percent, recordsWriter } from "./terms.js";
import { terms } from "./zh-CN.terms.js";

/** The terms a message names codes by: zh-CN.terms.ts. */
export { terms };

const s = factWriter(terms, "、", "zh");
/** `向单位 E-1 ` when work-for-training months were counted per employer (the reason's `employer`), else nothing. */
const toEmployer = (f: Readonly<Record<string, unknown>>) => (f["employer"] === undefined ? "" : `向单位 ${s(f["employer"])} `);
/** Facts as they are: the parameter and provision ids a user writes in a reform or scenario file. */
const raw = /* @__PURE__ */ factWriter({}, "、");
/** A level after an occupation, or nothing for a certificate without levels. */
const lv = (level: unknown): string => (level == null ? "" : ` ${s(level)}`);
/** The groups a check tried, named, joined with 或. */
const groups = (v: unknown): string => items(v).map((g) => s(g)).join("或");
/** What an earlier grant leaves unsaid, as officials name it (`grant G1: occupationCode`: reading earlier-grant-says-what-it-paid). */
const GRANT_FIELDS: Readonly<Record<string, string>> = { record: "的记录（未通过校验：更正后方可判定）", occupationCode: "的职业（工种）", level: "的技能等级", certificateId: "所补贴的证书", months: "所补贴的月份", apprenticeshipId: "所补贴的学徒培训记录", trainingPackageId: "所补贴的培训包", provision: "所依据的条款", "basisKeys (its period)": "所补贴的期间", "basisKeys (its days)": "所补贴的培训日" };
/** The records a hold asks for, in words: a record field, or what an earlier grant leaves unsaid. */
const records = recordsWriter(s, (id, field) => `已发放补贴 ${s(id)} ${GRANT_FIELDS[field] ?? `的${s(field)}`}`, "、");

/** A paid basis (`day 2020-03-04`, `month 2020-04`, `certificate K1`, `package PK-1` …) in Chinese. */
const BASIS_KINDS: Readonly<Record<string, string>> = { day: "培训日", course: "培训课程", period: "学徒培养期间", apprenticeship: "学徒培养记录", certificate: "证书", package: "培训包" };
function basisZh(value: unknown): string {
  const list = Array.isArray(value) ? value : [value];
  return list.map((b) => String(b).replace(/^([a-z]+) /, (_m, k: string) => `${BASIS_KINDS[k] ?? k} `).replace("..", "至")).join("、");
}

export const reasons: ReasonMessages = {
  in_living_allowance_group: (f) => `属于生活费补贴对象：${s(f["groups"])}`,
  living_allowance_days: (f) => `培训期间按每人每天 ${s(f["rate"])} 元标准，计 ${s(f["days"])} 天`,
  appraisal_first_time: (f) => `同一职业（工种）同一技能等级初次通过职业技能鉴定并取得证书（${s(f["occupation"])}${lv(f["level"])}）`,
  residency_basis: (f) => `符合本地培训补贴对象条件：${s(f["bases"])}`,
  course_in_jurisdiction: (f) => `培训地${s(f["courseRegion"])}在本政策适用范围${f["policyRegion"] == null ? "（全国）" : s(f["policyRegion"])}内`,
  no_attended_days: () => "没有出勤天数",
  not_in_living_allowance_group: () =>
    "不属于生活费补贴对象（贫困劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员）",
  course_outside_jurisdiction: (f) => `培训地${s(f["courseRegion"])}不在本政策适用范围${s(f["policyRegion"])}内`,
  course_region_unknown: (f) => `培训地只记录到${s(f["courseRegion"])}，未记录是否在本政策适用范围${s(f["policyRegion"])}内`,
  before_provision_start: (f) => `${s(f["date"])} 早于该补贴的施行日期${f["startsOn"] === null ? "" : ` ${s(f["startsOn"])}`}${f["months"] ? `：${s(f["months"])} 不予补贴` : ""}`,
  training_completion_certificate_excluded: () => "培训合格证书不享受职业技能鉴定补贴",
  level_has_no_standard: (f) => (f["level"] == null ? "该证书不分等级，没有职业技能鉴定补贴标准" : `${s(f["level"])}没有职业技能鉴定补贴标准`),
  appraisal_already_granted: (f) => `同一职业（工种）同一技能等级已享受过职业技能鉴定补贴（补贴记录 ${s(f["earlierGrants"])}）`,
  appraisal_not_first: (f) => `同一职业（工种）同一技能等级已持有 ${s(f["earlierIssuedOn"])} 发放的证书 ${s(f["earlierCertificate"])}，并非初次鉴定（${s(f["occupation"])}${lv(f["level"])}）`,
  no_residency_basis: (f) =>
    f["scheme"] === "national"
      ? `培训地 ${s(f["region"])} 不是其户籍地、常住地或求职就业地（就业地、失业登记地）`
      : "不具有当地户籍，未在当地常住并办有居住证，未在当地就业创业，也未在当地办理失业登记",
  certificate_not_of_trainee: (f) => `证书 ${s(f["certificateId"])} 不属于申请人 ${s(f["traineeId"])}`,
  course_not_certificate_occupation: (f) => `培训 ${s(f["courseId"])}（${s(f["courseOccupation"])}）不是取得证书 ${s(f["certificateId"])}（${s(f["certificateOccupation"])}）的培训`,
  course_not_certificate_course: (f) => `申请所列培训 ${s(f["courseId"])} 与证书 ${s(f["certificateId"])} 所载培训 ${s(f["certificateCourseId"])} 不一致，需核实取得证书的培训`,
  course_not_of_trainee: (f) => `培训记录 ${s(f["courseId"])} 不属于申请人 ${s(f["traineeId"])}`,
  no_local_standard: (f) => `缺少地方标准：${s(f["parameter"])}（由市（地）以上人力资源社会保障、财政部门确定）${f["months"] ? `；${s(f["months"])} 待标准确定后补贴` : ""}`,
  provision_not_in_force: (f) => `${s(f["date"])} 无施行中的规定：${s(f["parameter"])}${f["months"] ? `；${s(f["months"])} 待规定施行后补贴` : ""}`,
  attendance_dates_needed: (f) => `${f["parameter"] === "national.framework" ? "施行中的国家政策框架在培训期间终止" : "补贴标准在培训期间有变化"}（${s(f["changesOn"])}），需要逐日出勤记录`,
  course_not_ended: (f) => `课程 ${s(f["courseId"])} 于 ${s(f["endDate"])} 结束，评判日期 ${s(f["on"])} 仍在培训期间：培训结束后再核定生活费补贴`,
  missing_record: (f) => `缺少记录：${records(f["field"])}`,
  measure_not_provided: (f) => `本政策未规定该补贴：${s(f["measure"])}`,
  residency_unknown: (f) =>
    f["unknown"] !== undefined
      ? `${s(f["unknown"])}未知${f["wider"] !== undefined ? `（${s(f["wider"])}只记录到更大的地区，未记录是否在${s(f["region"])}内）` : ""}，无法判断是否具有本地依据`
      : f["scheme"] === "national"
        ? "无法判断户籍地、常住地或求职就业地（就业地、失业登记地）"
        : "无法判断户籍、常住（居住证）、就业创业或失业登记地",
  duplicate_claim: (f) => `重复申请：申请编号 ${s(f["claimId"])} 已处理，只支付一次`,
  days_already_paid: (f) => `${s(f["days"])} 已在申请 ${s(f["earlierClaims"])} 中补贴，不再补贴；本次补贴其余 ${s(f["paidDays"])} 天`,
  basis_already_paid: (f) => `同一补贴依据只补贴一次：${basisZh(f["basis"])} 已在申请 ${s(f["earlierClaims"])} 中补贴`,
  claim_conflict: (f) => `申请编号 ${s(f["claimId"])} 对应内容不同的申请（两份申请，或以该编号已支付过另一项申请），不予支付`,
  // national layers (issue 3)
  in_group: (f) => `属于${groups(f["group"])}：${s([...new Set(items(f["matched"]).map(membership))])}`,
  not_in_group: (f) => `不属于${groups(f["group"])}（身份：${items(f["statuses"]).length === 0 ? "未登记任何人员类别" : s(f["statuses"])}）`,
  catalogue_entry: (f) => `列入补贴目录清单 ${s(f["catalogue"])}：${s(f["occupation"])}${lv(f["level"])}，补贴标准 ${s(f["standard"])} 元`,
  not_in_catalogue: (f) => `${s(f["occupation"])}${lv(f["level"])} 未列入 ${s(f["date"])} 施行的补贴目录清单 ${s(f["catalogue"])}，目录外培训不予补贴`,
  certificate_kind_not_accepted: (f) => `该目录条目认可的证书为 ${s(f["accepted"])}，不含 ${s(f["kind"])}`,
  institution_in_catalogue: (f) => `培训机构 ${s(f["institution"])} 列入培训机构目录`,
  institution_not_in_catalogue: (f) => `培训机构 ${s(f["institution"])} 未列入培训机构目录 ${s(f["catalogue"])}`,
  institution_unknown: () => "无法确定培训机构（需要培训记录及其组织单位）",
  within_annual_cap: (f) => `${s(f["year"])} 年第 ${s(f["count"])} 次职业培训补贴（每人每年不超过 ${s(f["cap"])} 次）`,
  annual_cap_reached: (f) => `${s(f["year"])} 年已享受 ${s(f["cap"])} 次职业培训补贴（补贴记录 ${s(f["earlierGrants"])}）`,
  earlier_claim_undecided: (f) => `待先前申请 ${s(f["heldClaims"])} 决定：尚未决定，可能先获补贴`,
  first_for_occupation_level: (f) => `${s(f["occupation"])}${lv(f["level"])} 首次享受职业培训补贴`,
  occupation_level_already_subsidised: (f) => `${s(f["occupation"])}${lv(f["level"])} 已享受职业培训补贴（补贴记录 ${s(f["earlierGrants"])}），同一职业同一等级不可重复享受`,
  residency_waived_veteran: () => "退役军人可跨省异地培训，不受属地条件限制",
  employee_training: (f) => `企业职工参加补贴范围内的培训：${f["basis"] === "level" ? `取得${s(f["level"])}证书` : s(f["basis"])}`,
  not_employee_training: (f) => `不属于企业职工参加岗前培训、安全技能培训、转岗转业培训或初级工至高级技师培训（${f["detail"] === "courseKind" ? `培训类型为${s(f["courseKind"])}` : s(f["detail"])}）`,
  level_on_ladder: (f) => `${s(f["level"])}属于施行中的职业技能等级序列`,
  level_not_on_ladder: (f) => `${f["level"] == null ? "该证书不分等级，" : s(f["level"])}不属于 ${s(f["date"])} 施行的职业技能等级序列（${s(f["ladder"])}）`,
  training_subsidy_standard: (f) => `补贴标准 ${s(f["standard"])} 元${f["tier"] == null ? (Number(f["tiered"]) === Number(f["standard"]) ? "" : "，按规定调整") : `，急需紧缺程度 ${s(f["tier"])}`}${f["feeCharged"] == null ? "" : `，实际收费 ${s(f["feeCharged"])} 元`}：${s(f["amount"])} 元`,
  work_for_training_employer: (f) => `${s(f["employer"])} 吸纳${s(f["group"])}就业并开展以工代训`,
  not_work_for_training_employer: (f) => `以工代训补贴限于吸纳贫困劳动力的生产经营主体，或吸纳就业困难人员、零就业家庭成员的参保企业（${s(f["detail"])}）`,
  post_not_licensed: (f) => `${s(f["occupation"])} 不属于准入类职业`,
  licensed_post_qualified: (f) => `${s(f["occupation"])} 属于准入类职业，证书 ${s(f["certificate"])} 合格`,
  licensed_post_unqualified: (f) => `${s(f["occupation"])} 属于准入类职业，须经培训合格后方可上岗`,
  within_age_ceiling: (f) => `年龄 ${s(f["age"])} 周岁，未超过年龄上限（${f["ceiling"] == null ? "无" : s(f["ceiling"])}）`,
  over_age_ceiling: (f) => `年龄 ${s(f["age"])} 周岁，超过年龄上限 ${s(f["ceiling"])} 周岁`,
  older_migrant_project: (f) => `${s(f["age"])} 周岁的农民工参加面向大龄、超龄农民工的培训项目，不受年龄上限 ${s(f["ceiling"])} 周岁限制`,
  within_retirement_age: (f) => `${s(f["age"])} 周岁，未满 ${s(f["pensionAskedFromAge"])} 周岁，推定不具有按月领取养老金资格`,
  monthly_pension_entitled: (f) =>
    f["entitlement"] === "unknown" ? `${s(f["age"])} 周岁，需说明是否具有按月领取养老金资格` : `具有按月领取养老金资格，不纳入政策范围（${s(f["age"])} 周岁）`,
  no_monthly_pension_entitlement: (f) => `不具有按月领取养老金资格（${s(f["age"])} 周岁），纳入培训补贴政策范围`,
  in_scope: (f) => `具有当地户籍、当地常住并办有居住证、在当地就业创业或在当地办理失业登记的城乡劳动者，享受普惠同等的培训补贴${items(f["matched"]).length > 0 ? `（培训对象：${s(f["matched"])}）` : ""}`,
  not_enterprise_employee: (f) => `安全技能培训补贴给予企业职工，该人员不是企业职工（身份：${s(f["statuses"])}）`,
  project_training_paid_to_provider: (f) =>
    f["provider"] === undefined ? "项目制培训由购买主体通过政府购买服务形式开展，补贴给予承担培训的机构：需要培训记录及其承担机构" : `项目制培训由购买主体通过政府购买服务形式开展，补贴给予承担培训的机构（${s(f["provider"])}），不给予 ${s(f["claimant"])}`,
  project_training_provider: (f) => `由承担项目制培训的机构 ${s(f["provider"])} 领取`,
  enterprise_ui_unknown: (f) => `企业 ${s(f["enterprise"])} 的失业保险参保地未知${f["uiRegion"] !== undefined ? `（只记录到${s(f["uiRegion"])}，未记录是否在${s(f["policyRegion"])}内）` : ""}`,
  enterprise_ui_local: (f) => `企业 ${s(f["enterprise"])} 在${s(f["uiRegion"])}参加失业保险，属${s(f["policyRegion"])}`,
  enterprise_ui_elsewhere: (f) => `企业 ${s(f["enterprise"])} 在${s(f["uiRegion"])}参加失业保险，不在${s(f["policyRegion"])}，应在参保地申领`,
  certificate_is_basis: (f) => `${s(f["kind"])}可作为${s(f["rowKind"])}的补贴依据`,
  certificate_not_basis: (f) => `${s(f["kind"])}不能作为${s(f["rowKind"])}的补贴依据（认可：${s(f["accepted"])}）`,
  in_project_training_group: (f) => `属项目制培训对象：${s(f["matched"])}`,
  not_in_project_training_group: (f) => `不属项目制培训对象（${s(f["groups"])}）`,
  class_hours_met: (f) => `培训 ${s(f["classHours"])} 课时，不少于 ${s(f["minClassHours"])} 课时`,
  too_few_class_hours: (f) => `培训 ${s(f["classHours"])} 课时，少于 ${s(f["minClassHours"])} 课时`,
  class_hours_beyond_span: (f) => `出勤 ${s(f["days"])} 天内无法完成 ${s(f["classHours"])} 课时（每天至多 ${s(f["perDay"])} 课时）`,
  hire_date_unknown: (f) => `培训 ${s(f["courseId"])} 未给出录用日期`,
  within_months_of_hire: (f) => `培训 ${s(f["startDate"])}至${s(f["endDate"])} 在录用（${s(f["hireDate"])}）后 ${s(f["withinMonths"])} 个月内（至 ${s(f["latestEnd"])}）`,
  not_within_months_of_hire: (f) => `培训 ${s(f["startDate"])}至${s(f["endDate"])} 不在录用（${s(f["hireDate"])}）后 ${s(f["withinMonths"])} 个月内（至 ${s(f["latestEnd"])}）`,
  payee_not_organiser: (f) => (f["organiser"] === undefined ? `该补贴的领取单位是组织培训的单位，不是${s(f["claimant"])}` : "申领单位不是该培训的组织单位，该补贴给予组织培训的单位"),
  payee_is_organiser: (f) => `由组织培训的单位（${s(f["claimant"])}）申领`,
  payee_not_employer: () => "申领企业不是参训人员登记的用人单位",
  course_free_to_trainee: (f) => `课程 ${s(f["courseId"])} 对参训人员免费，其职业培训补贴不由参训人员本人申领${f["organiser"] === undefined ? "" : `；可由组织单位 ${s(f["organiser"])} 申领`}`,
  course_free_organised_by_other: (f) => `课程 ${s(f["courseId"])} 为组织单位 ${s(f["organiser"])} 组织的免费培训，其职业培训补贴由组织单位申领，不由 ${s(f["claimant"])} 申领`,
  course_pricing_contradicts_fee: (f) => `课程 ${s(f["courseId"])} 既记为对参训人员免费，又记有向其收取的培训费 ${s(f["feeCharged"])} 元：须查明何者属实，方能确定由谁申领`,
  payee_not_trainee: (f) => `申领人 ${s(f["claimant"])} 不是参训人员 ${s(f["trainee"])} 本人，该补贴给予参训人员`,
  payee_is_employer: () => "由参训人员登记的用人单位申领",
  insured_months_unknown: (f) => `未给出在${s(f["region"])}参加失业保险的月数`,
  insured_months_met: (f) => `在${s(f["region"])}参加失业保险 ${s(f["insuredMonths"])} 个月，不少于 ${s(f["minInsuredMonths"])} 个月`,
  too_few_insured_months: (f) => `在${s(f["region"])}参加失业保险 ${s(f["insuredMonths"])} 个月，不足 ${s(f["minInsuredMonths"])} 个月`,
  trade_friction_uplift: (f) => `受经贸摩擦影响的企业职工：补贴标准 ${s(f["standard"])} 元上浮 ${percent(f["rate"])}% 至 ${s(f["raised"])} 元`,
  payee_not_enterprise: (f) => (f["enterprise"] === undefined ? `该补贴的领取单位是企业，不是${s(f["claimant"])}` : "申领企业不是该学徒的培养企业，该补贴给予培养学徒的企业"),
  apprenticeship_period_too_short: (f) => `申请期间 ${s(f["startDate"])}至${s(f["endDate"])} 不足一个整月`,
  apprenticeship_year_within_term: (f) => `补助不超过 ${s(f["maxYears"])} 年：此前已补贴 ${s(f["monthsPaid"])} 个月，尚余 ${s(f["monthsLeft"])} 个月`,
  apprenticeship_term_used: (f) => `补助期限 ${s(f["maxYears"])} 年已用完（此前已补贴 ${s(f["monthsPaid"])} 个月，补贴记录 ${s(f["earlierGrants"])}）`,
  apprenticeship_year_not_begun: (f) => `学徒 ${s(f["apprenticeship"])} 的第 ${s(f["year"])} 年自 ${s(f["firstDay"])} 起，评判日期 ${s(f["on"])} 尚未开始：补贴年度开始后方可补贴`,
  apprenticeship_year_partly_paid: (f) => `学徒 ${s(f["apprenticeship"])} 的第 ${s(f["year"])} 年（${s(f["firstDay"])}至${s(f["lastDay"])}）已有部分期间获补贴（申请 ${s(f["earlierClaims"])}），尚未补贴的月份无从确定`,
  apprenticeship_standard_unknown: (f) => `学徒 ${s(f["apprenticeship"])} 的补贴标准未给出`,
  apprenticeship_standard: (f) => `学徒补贴标准每人每年 ${s(f["standard"])} 元`,
  apprenticeship_standard_out_of_range: (f) => `标准 ${s(f["standard"])} 元不在每人每年 ${s(f["min"])}—${s(f["max"])} 元之间`,
  student_apprentice_standard: (f) => `学生学徒补贴金额按学徒月实习津贴标准 ${s(f["allowance"])} 元确定，每人每年不高于 ${s(f["cap"])} 元，全年补贴 ${s(f["yearly"])} 元`,
  package_claimant_not_developer: (f) => `培训包 ${s(f["package"])} 的开发单位类别为${s(f["developerKind"])}，申领方（${s(f["claimant"])}）不是该类单位：补助给予开发单位`,
  package_developer_not_eligible: (f) => `培训包开发单位类别为${s(f["developerKind"])}，补助只给予受委托的职业院校、行业协会和骨干企业`,
  package_not_commissioned: (f) => `培训包 ${s(f["package"])} 未经委托开发，不予补助`,
  package_claimed_by_others: (f) => `培训包 ${s(f["package"])} 另有其他单位申领（申请 ${s(f["claims"])}）：补助给予受委托的开发单位，申请记录未载明委托情况，待查明后决定`,
  package_grant: (f) => `培训包开发补助 ${s(f["amount"])} 元（不超过 ${s(f["cap"])} 元）`,
  package_grant_over_cap: (f) => `培训包申请 ${s(f["amountClaimed"])} 元超过 ${s(f["cap"])} 元，按 ${s(f["amount"])} 元补助`,
  competition_certificate: (f) => `证书 ${s(f["certificate"])} 为竞赛获奖取得，视同个人取得证书`,
  competition_certificate_not_subsidised: (f) => `证书 ${s(f["certificate"])} 为竞赛获奖取得，本政策未规定视同个人取得证书`,
  judged_before_basis: (f) => `评判日期 ${s(f["on"])} 早于${BASIS_ZH[String(f["basis"])] ?? "所依据记录的日期"} ${s(f["date"])}，当日尚无可依据的记录`,
  work_for_training_months: (f) => `以工代训补贴按每人每月 ${s(f["rate"])} 元，计 ${s(f["paid"])} 个月（此前${toEmployer(f)}已补贴 ${s(f["priorMonths"])} 个月，最长 ${s(f["maxMonths"])} 个月）`,
  work_for_training_months_not_begun: (f) => `月份开始后方予补贴：${s(f["months"])} 在 ${s(f["on"])} 尚未开始`,
  work_for_training_months_used: (f) => `以工代训补贴最长 ${s(f["maxMonths"])} 个月（此前${toEmployer(f)}已补贴 ${s(f["priorMonths"])} 个月），每月只补贴一次，本次申请月份无可补贴`,
  insured_employee: (f) => `企业职工，已参加失业保险 ${s(f["insuredMonths"])} 个月`,
  not_insured_employee: (f) =>
    ({
      "not an enterprise employee": "不是企业职工",
      "insurance unknown": "未给出参加失业保险的月数",
      "claimant is not the insured employee": "该补贴由参保职工本人申领",
      "draws a monthly pension": "按月领取养老金，已不参加失业保险",
      "pension drawn unknown": "未给出是否按月领取养老金",
      "insured elsewhere": "仅在本政策适用范围以外参加失业保险",
    })[f["detail"] as string] ?? "未参加失业保险",
  skill_upgrade_standard: (f) => `参保职工技能提升补贴标准：${f["level"] === null ? "" : s(f["level"])} ${s(f["standard"])} 元`,
  no_skill_upgrade_standard: (f) => (f["level"] === null ? "无等级的证书没有参保职工技能提升补贴标准" : `${s(f["level"])} 没有参保职工技能提升补贴标准`),
  other_measure_already_paid: (f) => `同一培训（${f["course"] === undefined ? "" : `课程 ${s(f["course"])}，即取得`}证书 ${s(f["certificate"])}${f["course"] === undefined ? "" : " 的培训"}）已享受${f["paidMeasure"] === "trainingSubsidy" ? "职业培训补贴" : "参保职工技能提升补贴"}，职业培训补贴与参保职工技能提升补贴只能享受其一`,
  directly_recognised: (f) => `证书 ${s(f["certificate"])} 的${f["level"] === null ? "" : s(f["level"])}等级为直接认定，未经培训和鉴定，不享受培训或鉴定补贴`,
  nothing_to_pay: (f) => `按规定计算的补贴金额为 ${s(f["amount"])} 元，无可发放金额`,
};

/** The record dates a claim relies on, by field, as officials name them. */
const BASIS_ZH: Readonly<Record<string, string>> = {
  "course.startDate": "培训开始日期",
  "certificate.issuedOn": "证书发证日期",
  "apprenticeship.startDate": "学徒培养开始日期",
  "course.endDate": "培训结束日期",
  "claim.submittedOn": "申请日期",
  "claim.months": "申请补贴的月份",
};

/**
 * The messages of the validation codes a record can raise: its schema (`src/records/generated/validators.ts`,
 * `checks.ts`) and the claims document's checks (`parseClaimsDocument`). Kept apart from the others
 * (reforms, scenarios, report periods, the command line's input) so that a bundle that only parses
 * and decides claims carries only these (issue #16).
 */
export const recordValidation: Record<RecordValidationCode, (p: Facts) => string> = {
  id_format: () => "编号只能由字母、数字和 ._:- 组成，且以字母或数字开头",
  invalid_date: () => "应为存在的日期，格式 YYYY-MM-DD",
  invalid_amount: () => "金额应为非负数，最多两位小数（单位：元）",
  region_format: () => "地区编号应为小写拼音，用点分隔，如 zhejiang.jiaxing.haining",
  duplicate_status: () => "人员类别重复",
  end_before_start: () => "结束日期早于开始日期",
  attended_days_exceed_span: (p) => `出勤天数 ${s(p["attendedDays"])} 超过培训起止日期内的 ${s(p["span"])} 天`,
  date_outside_course: () => "出勤日期不在培训起止日期内",
  // the attended dates' and the calendar months' (claim.months): the path says which list
  duplicate_date: () => "日期或月份重复",
  attended_dates_count_mismatch: (p) => `出勤日期有 ${s(p["listed"])} 个，与出勤天数 ${s(p["attendedDays"])} 不符`,
  level_required: () => "职业资格证书和职业技能等级证书须注明等级",
  level_not_allowed: () => "该类证书不分等级",
  kind_name_required: () => "其他证书须注明证书名称（kindName）",
  unknown_reference: (p) => `找不到所引用的记录 ${s(p["id"])}`,
  reference_mismatch: (p) => `所引用的记录 ${s(p["id"])} 属于另一人员`,
  duplicate_id: (p) => `编号 ${s(p["id"])} 重复`,
  invalid_input: () => "无效输入",
  forbidden_key: (p) => `不允许的键名 ${s(p["key"])}`,
  duplicate_catalogue_entry: (p) => `补贴目录清单重复列出 ${s(p["key"])}`,
  front_line_exceeds_fund: () => "用于一线职工的支出是职工教育经费的一部分，不能超过经费总额",
  invalid_month: () => "应为 1900-01 至 2099-12 之间的月份，格式 YYYY-MM",
  certificate_before_training: (p) => `证书日期早于培训开始日期${p["courseId"] === undefined ? "" : `（${s(p["issuedOn"])}；${s(p["courseId"])} 始于 ${s(p["date"])}）`}`,
  date_out_of_range: () => "日期应在 1900-01-01 至 2099-12-31 之间",
  submitted_before_basis: (p) => `申请日期 ${s(p["submittedOn"])} 早于${BASIS_ZH[String(p["basis"])] ?? "所依据记录的日期"} ${s(p["date"])}`,
  born_after_basis: (p) => `出生日期 ${s(p["birthDate"])} 晚于${BASIS_ZH[String(p["basis"])] ?? "所依据记录的日期"} ${s(p["date"])}`,
};

// Built in a pure call: an object spread is kept by a bundler even when nothing reads it.
export const validation: Record<ValidationCode, (p: Facts) => string> = /* @__PURE__ */ (() => ({
  ...recordValidation,
  not_json: (p) => `不是有效的 JSON：${s(p["detail"])}`,
  unknown_parameter: (p) => `本政策没有参数 ${raw(p["parameter"])}（已有：${raw(p["known"])}）`,
  parameter_not_reformable: (p) => `参数 ${raw(p["parameter"])} 未声明取值格式，改革方案不能修改它`,
  overlapping_changes: (p) => `同一方案中参数 ${raw(p["parameter"])} 的两项修改自 ${s(p["from"])} 起重叠；请拆成两个方案或使其首尾相接`,
  // the rule in Chinese (ruleZh) where the issue carries it (cold review 51: the English label in a Chinese message)
  breaks_constraint: (p) => `取值违反 ${raw(p["provision"])}：${s(p["ruleZh"] ?? p["rule"])}`,
  incomplete_table: (p) =>
    `参数 ${raw(p["parameter"])} 的新取值缺少 ${raw(p["missing"])}，而 ${s(p["from"])} 起施行的取值有这些项；改革方案替换整个取值（标准表、目录或名单），请列出所有项（包括不变的），否则缺少的项将不再适用；或让修改在 ${s(p["from"])} 前结束`,
  range_top_below_bottom: (p) => `区间上限 ${raw(p["top"])} ${s(p["topValue"])} 低于下限 ${raw(p["bottom"])} ${s(p["bottomValue"])}，区间内没有任何取值`,
  // a reform's numeric values in words, not zod's pattern or type names (cold review 79 F6)
  invalid_decimal: () => "应为非负小数，以字符串书写，最多四位小数，如 \"1.2\"",
  invalid_share: () => "应为 0 到 1 之间的比例，以字符串书写，最多四位小数，如 \"0.60\"",
  invalid_percent: () => "应为 0 到 100 之间的百分数，以字符串书写，如 \"30\"",
  unknown_policy: (p) => `没有政策 ${raw(p["policy"])}（已有：${raw(p["known"])}）`,
  claim_required: () => "记录中有多项申请，请指明本项预期针对哪一项申请",
  unknown_claim: (p) => `记录中没有申请 ${s(p["id"])}`,
  unknown_record_type: (p) => (p["expected"] === undefined ? `未知的记录类型 ${s(p["type"])}；应为 trainee、course、certificate、enterprise、apprenticeship、grant 或 claim` : `记录类型 ${s(p["type"])} 不属于此输入：此处只应有 ${s(p["expected"])} 记录`),
  line_too_long: (p) => `该行超过 ${s(p["limit"])} 字节`,
  nesting_too_deep: (p) => `嵌套超过 ${s(p["limit"])} 层`,
  malformed_row: (p) => `不是格式正确的 CSV 行：${s(p["detail"])}`,
  unknown_column: (p) => `未知的列 ${s(p["column"])}`,
  too_many_records: (p) => `一次输入的记录超过 ${s(p["limit"])} 条`,
  input_too_large: (p) => `输入超过 ${s(p["limit"])} 字节`,
  unclosed_quote: (p) => `第 ${s(p["line"])} 行的引号始终没有闭合：其后的全部内容都会被读成一个单元格，文件不予读取（引号内的引号写作 ""）`,
  not_utf8: (p) => `不是 UTF-8 编码的文本：偏移 ${s(p["offset"])} 处的字节不是 UTF-8（以 GBK 等其他编码保存的文件，请另存为 UTF-8）`,
  duplicate_key: (p) => `同一对象中键 ${s(p["key"])} 出现了两次（JSON 解析会悄悄只保留最后一个）`,
  invalid_period: (p) => `${s(p["text"])} 不是一个期间：应写季度（2020Q3）、年份（2020）、规划（${s(p["plans"])}）或日期区间 YYYY-MM-DD..YYYY-MM-DD`,
  unknown_collection: (p) => `未知的记录集合 ${s(p["collection"])}；应为 trainees、courses、certificates、enterprises、apprenticeships、ledger 或 claims`,
}))();
