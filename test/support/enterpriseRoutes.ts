/**
 * The records of the tests of who is paid the pre-job and safety routes (jx2019 三(一)一 「按初级工标准给予组织单位补贴」,
 * 三(一)三 「按初级工标准给予个人或组织单位补贴」): an enterprise employee with a Jiaxing hukou and two years of unemployment
 * insurance there, the enterprises that may claim (E1 and E2 insured in Jiaxing, E-HZ in Hangzhou), the pre-job course C1
 * E1 organised and the special-ability certificate K1 it led to, the safety course C1 and its special-operations
 * certificate K1. Figures of the ILLUSTRATIVE Jiaxing catalogue (fixtures/jiaxing/catalogue-2020.json): EX-SEW 初级工
 * 800.00, EX-FORK 初级工 900.00. Used by test/payee.test.ts, review6, late7 and late8.
 */
type O = Record<string, unknown>;

export const NANHU = "zhejiang.jiaxing.nanhu";
/** An enterprise employee with a Jiaxing hukou and 24 months of unemployment insurance there (「在本市缴纳失业保险1年以上」). */
export const employee = { id: "P1", birthDate: "1990-05-05", statuses: ["enterpriseEmployee"], hukouRegion: NANHU, unemploymentInsuranceMonths: { [NANHU]: 24 } };
export const enterprises = [
  { id: "E1", name: "组织培训的企业（示意）", region: NANHU, unemploymentInsuranceRegion: NANHU },
  { id: "E2", name: "另一家企业（示意）", region: NANHU, unemploymentInsuranceRegion: NANHU },
  { id: "E-HZ", name: "杭州参保的企业（示意）", region: "zhejiang.hangzhou", unemploymentInsuranceRegion: "zhejiang.hangzhou" },
];
/** E1's pre-job training of its new hire P1 (hired 2020-03-15, 40 class hours in April 2020). */
export const preJob = (o: O = {}): O => ({ id: "C1", traineeId: "P1", kind: "preJob", occupation: { code: "EX-SEW", name: "缝纫工（示意）" }, classHours: 40, startDate: "2020-04-01", endDate: "2020-04-10", attendedDays: 10, region: NANHU, organizerId: "E1", hireDate: "2020-03-15", ...o });
/** The special-ability certificate the pre-job course C1 led to (its record names C1). */
export const ability = (o: O = {}): O => ({ id: "K1", traineeId: "P1", kind: "specialAbilityCertificate", occupation: { code: "EX-SEW", name: "缝纫工（示意）" }, issuedOn: "2020-04-20", courseId: "C1", ...o });
/** E1's safety course C1. */
export const safety = (o: O = {}): O => ({ id: "C1", traineeId: "P1", kind: "safety", occupation: { code: "EX-FORK", name: "叉车司机（示意）" }, classHours: 40, startDate: "2020-04-01", endDate: "2020-04-10", attendedDays: 10, region: NANHU, organizerId: "E1", ...o });
/** The special-operations certificate the safety course C1 led to. */
export const operations = { id: "K1", traineeId: "P1", kind: "specialOperationsCertificate", occupation: { code: "EX-FORK", name: "叉车司机（示意）" }, issuedOn: "2020-04-20", courseId: "C1" };
