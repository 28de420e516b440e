/** 简体中文 messages: reason codes and validation codes. */
import type { Facts, ReasonCode, ValidationCode } from "../core/issues.js";

const s = (v: unknown): string => (Array.isArray(v) ? v.join("、") : String(v));

export const reasons: Record<ReasonCode, (f: Facts) => string> = {
  in_living_allowance_group: (f) => `属于生活费补贴对象：${s(f["groups"])}`,
  living_allowance_days: (f) => `培训期间按每人每天 ${s(f["rate"])} 元标准，计 ${s(f["days"])} 天`,
  appraisal_first_time: (f) => `同一职业（工种）同一技能等级初次通过职业技能鉴定并取得证书（${s(f["occupation"])}，${s(f["level"])}）`,
  residency_basis: (f) => `符合本地培训补贴对象条件：${s(f["bases"])}`,
  course_in_jurisdiction: (f) => `培训地 ${s(f["courseRegion"])} 在本政策适用范围 ${s(f["policyRegion"])} 内`,
  no_attended_days: () => "没有出勤天数",
  not_in_living_allowance_group: () =>
    "不属于生活费补贴对象（贫困劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员）",
  course_outside_jurisdiction: (f) => `培训地 ${s(f["courseRegion"])} 不在本政策适用范围 ${s(f["policyRegion"])} 内`,
  no_attended_days_in_force: (f) => `出勤日均不在生活费补贴标准施行期间（${s(f["parameter"])}）`,
  before_provision_start: (f) => `${s(f["date"])} 早于该补贴的施行日期 ${s(f["startsOn"])}`,
  training_completion_certificate_excluded: () => "培训合格证书不享受职业技能鉴定补贴",
  level_has_no_standard: (f) => `等级 ${s(f["level"])} 没有职业技能鉴定补贴标准`,
  appraisal_already_granted: (f) => `同一职业（工种）同一技能等级已享受过职业技能鉴定补贴（补贴记录 ${s(f["earlierGrants"])}）`,
  no_residency_basis: () => "不具有当地户籍，未在当地常住并办有居住证，未在当地就业创业，也未在当地办理失业登记",
  certificate_not_of_trainee: (f) => `证书 ${s(f["certificateId"])} 不属于申请人 ${s(f["traineeId"])}`,
  course_not_of_trainee: (f) => `培训记录 ${s(f["courseId"])} 不属于申请人 ${s(f["traineeId"])}`,
  no_local_standard: (f) => `缺少地方标准：${s(f["parameter"])}（由市（地）以上人力资源社会保障、财政部门确定）`,
  provision_not_in_force: (f) => `${s(f["date"])} 无施行中的规定：${s(f["parameter"])}`,
  attendance_dates_needed: (f) => `补贴标准在培训期间有变化（${s(f["changesOn"])}），需要逐日出勤记录`,
  missing_record: (f) => `缺少记录：${s(f["field"])}`,
  measure_not_provided: (f) => `本政策未规定该补贴：${s(f["measure"])}`,
  residency_unknown: () => "无法判断户籍、常住（居住证）、就业创业或失业登记地",
  duplicate_claim: (f) => `重复申请：申请编号 ${s(f["claimId"])} 已处理，只支付一次`,
  claim_conflict: (f) => `申请编号 ${s(f["claimId"])} 出现内容不同的两份申请，均不支付`,
};

export const validation: Record<ValidationCode, (p: Facts) => string> = {
  id_format: () => "编号只能由字母、数字和 ._:- 组成，且以字母或数字开头",
  invalid_date: () => "应为存在的日期，格式 YYYY-MM-DD",
  invalid_amount: () => "金额应为非负数，最多两位小数（单位：元）",
  region_format: () => "地区编号应为小写拼音，用点分隔，如 zhejiang.jiaxing.haining",
  duplicate_status: () => "人员类别重复",
  end_before_start: () => "结束日期早于开始日期",
  attended_days_exceed_span: (p) => `出勤天数 ${s(p["attendedDays"])} 超过培训起止日期内的 ${s(p["span"])} 天`,
  date_outside_course: () => "出勤日期不在培训起止日期内",
  duplicate_date: () => "出勤日期重复",
  attended_dates_count_mismatch: (p) => `出勤日期有 ${s(p["listed"])} 个，与出勤天数 ${s(p["attendedDays"])} 不符`,
  level_required: () => "职业资格证书和职业技能等级证书须注明等级",
  level_not_allowed: () => "该类证书不分等级",
  unknown_reference: (p) => `找不到所引用的记录 ${s(p["id"])}`,
  reference_mismatch: (p) => `所引用的记录 ${s(p["id"])} 属于另一人员`,
  duplicate_id: (p) => `编号 ${s(p["id"])} 重复`,
  not_json: (p) => `不是有效的 JSON：${s(p["detail"])}`,
  invalid_input: () => "无效输入",
  unknown_record_type: (p) => `未知的记录类型 ${s(p["type"])}；应为 trainee、course、certificate、enterprise、apprenticeship、grant 或 claim`,
  line_too_long: (p) => `该行超过 ${s(p["limit"])} 字节`,
  nesting_too_deep: (p) => `嵌套超过 ${s(p["limit"])} 层`,
  malformed_row: (p) => `不是格式正确的 CSV 行：${s(p["detail"])}`,
  unknown_column: (p) => `未知的列 ${s(p["column"])}`,
  too_many_records: (p) => `一次输入的记录超过 ${s(p["limit"])} 条`,
  input_too_large: (p) => `输入超过 ${s(p["limit"])} 字节`,
};
