/**
 * A 特种作业操作证 claimed with no course (reading safety-certificate-without-course). Jiaxing pays a special-operations
 * certificate through training: jx2019 三(一)三 「对经培训取得特种作业操作证，在本市缴纳失业保险 1 年以上的企业职工按初级工标准给予个人或组织单位补贴」
 * (the safety route, at the occupation's 初级工 row) and 五(十一) 「对项目制培训以培训合格证书、特种作业操作证书为依据进行补贴」
 * (a project row of its own). Before, such a certificate claimed with no course named — neither by the claim nor by the
 * certificate — and no project row of its own was refused as outside the catalogue (not_in_catalogue) or as no basis on
 * an occupation row (certificate_not_basis), although the
 * course it came from could make it the safety route's; now the route asks for the course (held, `claim.courseId`).
 * Where the catalogue gives the certificate a project row of its own, that row judges an organiser's claim, as before.
 *
 * Figures are ILLUSTRATIVE: the Jiaxing catalogue of fixtures/jiaxing/catalogue-2020.json (EX-ELEC 初级工 1000.00, no
 * special-operations row for EX-ELEC; EX-FORK special-operations row 400.00, EX-FORK 初级工 900.00). Not official figures.
 */
import { describe, expect, it } from "vitest";
import { cert, course, E1, JX, ts, worker } from "./support/ordinary.js";
import { head, outcomes } from "./support/outcome.js";

type O = Record<string, unknown>;
const FORK = { code: "EX-FORK", name: "叉车司机（示意）" };
/** A 特种作业操作证 (no level) of `occupation`, naming no course. */
const ops = (o: O = {}) => cert("C1", { kind: "specialOperationsCertificate", level: undefined, courseId: undefined, ...o });
const doc = (trainee: O, certificate: O, claims: O[], courses: O[] = []): O => ({ trainees: [trainee], enterprises: [E1], courses, certificates: [certificate], claims });

describe("a special-operations certificate claimed with no course", () => {
  it("the ordinary Jiaxing employee (insured 24 months in Nanhu) with an EX-ELEC 特种作业操作证 and no course is held asking for the course, not refused as outside the catalogue", () => {
    const r = outcomes(JX, doc(worker(), ops(), [ts("A", "C1")]));
    expect(r["A"]).toMatch(/^undecidable:null:/);
    expect(r["A"]).toContain("missing_record");
    expect(r["A"]).not.toContain("not_in_catalogue");
  });

  it("with the safety course named, the same certificate is paid the EX-ELEC 初级工 row, 1000.00 — what the hold waits for", () => {
    const r = outcomes(JX, doc(worker(), ops({ courseId: "K1" }), [ts("A", "C1")], [course("K1", { kind: "safety", level: undefined })]));
    expect(head(r["A"])).toBe("granted:1000.00"); // 「按初级工标准」: EX-ELEC 初级工 row 1000.00 × 1 certificate
  });

  it("an occupation row of its own (EX-FORK 特种作业操作证 row, 400.00) takes no such certificate in Jiaxing (五(十一): only project training does): with no course it is held too (before: refused certificate_not_basis), and with the safety course it is paid the EX-FORK 初级工 row, 900.00", () => {
    const none = outcomes(JX, doc(worker(), ops({ occupation: FORK }), [ts("A", "C1")]));
    expect(none["A"]).toMatch(/^undecidable:null:/);
    expect(none["A"]).not.toContain("certificate_not_basis");
    const safety = outcomes(JX, doc(worker(), ops({ occupation: FORK, courseId: "K1" }), [ts("A", "C1")], [course("K1", { kind: "safety", level: undefined, occupation: FORK })]));
    expect(head(safety["A"])).toBe("granted:900.00"); // 「按初级工标准」: EX-FORK 初级工 row 900.00 × 1 certificate
  });

  it("a project row of its own (EX-ECOM, which takes 特种作业操作证) judges its provider's claim as before (held by the project row: project training is paid to its provider); the employee's own claim is tried by the safety route (review 26), which pays the occupation's 初级工 row — EX-ECOM has none, so it is refused; a veteran with no employer is refused", () => {
    const ECOM = { code: "EX-ECOM", name: "农村电商（项目制培训，示意）" };
    const provider = outcomes(JX, doc(worker({ statuses: ["veteran"] }), ops({ occupation: ECOM }), [ts("A", "C1", { claimant: { kind: "organizer", id: "ORG1" } })]));
    expect(provider["A"]).toMatch(/^undecidable:null:/);
    expect(provider["A"]).toContain("project_training_paid_to_provider");
    const own = outcomes(JX, doc(worker(), ops({ occupation: ECOM }), [ts("A", "C1")]));
    expect(head(own["A"])).toBe("denied:0.00"); // no EX-ECOM 初级工 row for 「按初级工标准」 (test/review26.test.ts: with one, held)
    expect(own["A"]).toContain("not_in_catalogue");
    const veteran = outcomes(JX, doc(worker({ statuses: ["veteran"], employerId: undefined }), ops({ occupation: ECOM }), [ts("A", "C1")]));
    expect(head(veteran["A"])).toBe("denied:0.00");
    expect(veteran["A"]).toContain("not_enterprise_employee");
  });

  it("a person who is no 企业职工 (no status, no employer on record) is refused by the route's own condition, not held: the course could not make her certificate the safety route's", () => {
    const r = outcomes(JX, doc(worker({ statuses: [], employerId: undefined }), ops(), [ts("A", "C1")]));
    expect(head(r["A"])).toBe("denied:0.00");
    expect(r["A"]).toContain("not_enterprise_employee");
  });

  it("an employee insured 11 months in the city is refused (「在本市缴纳失业保险 1 年以上」), at the threshold 12 months held, 13 months held", () => {
    const months = (m: number) => outcomes(JX, doc(worker({ unemploymentInsuranceMonths: { "zhejiang.jiaxing.nanhu": m } }), ops(), [ts("A", "C1")]))["A"];
    expect(months(11)).toContain("too_few_insured_months");
    expect(head(months(11))).toBe("denied:0.00");
    expect(months(12)).toMatch(/^undecidable:null:/);
    expect(months(13)).toMatch(/^undecidable:null:/);
  });

  it("the organising unit claiming it with no course is held too (the course would name the unit paid)", () => {
    const r = outcomes(JX, doc(worker(), ops(), [ts("A", "C1", { claimant: { kind: "organizer", id: "ORG1" } })]));
    expect(r["A"]).toMatch(/^undecidable:null:/);
  });
});
