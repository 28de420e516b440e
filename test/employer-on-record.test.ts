/**
 * An employer on record is an 企业职工's employer (reading employer-on-record-is-employee). A trainee record naming the
 * enterprise that employs the person (`employerId`) makes the person an 企业职工 wherever the texts name 企业职工 —
 * gbf2019 §(十一) 「对高校毕业生和企业职工按规定给予职业培训补贴」 and 「符合条件的企业职工参加岗前培训、安全技能培训、转岗转业培训或初级工、
 * 中级工、高级工、技师、高级技师培训，按规定给予职业培训补贴或参保职工技能提升补贴」 — whatever the status list says, unless the
 * record also says `unemployed` (a 失业人员). Before (cold audit 12b's record, 55 %, and its note, 45 %): a worker whose record
 * named E1 as employer but listed no `enterpriseEmployee` status was refused on E1's claim (`not_employee_training`; under
 * the national frameworks also not in a training-subsidy group), and so was a 转岗职工 sent by her employer to
 * 转岗转业培训.
 *
 * Figures are ILLUSTRATIVE: the Jiaxing catalogue of fixtures/jiaxing/catalogue-2020.json (EX-ELEC 初级工 1000.00) and the
 * example city's catalogue (EX-ELEC 初级工 1000.00), skill-upgrade 初级工 1000.00 (test/support/ordinary.ts). Not official
 * figures.
 */
import { describe, expect, it } from "vitest";
import { cert, cityCert, cityCourse, cityWorker, course, E1, JX, NF, skillUpgrade, ts, withIllustrativeLocal, worker } from "./support/ordinary.js";
import { nationalFrameworksPolicy } from "../src/index.js";
import { outcomes } from "./support/outcome.js";

type O = Record<string, unknown>;
const head = (s: string | undefined) => s?.split(":").slice(0, 2).join(":");
const CITY_E1 = { id: "E1", name: "示例市企业（示意）", region: "example.city", unemploymentInsuranceRegion: "example.city" };
/** E1's training-subsidy claim on certificate C1. */
const byE1 = (id: string, o: O = {}) => ts(id, "C1", { claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", ...o });
const jxDoc = (trainee: O, claims: O[], courseOverrides: O = {}): O => ({ trainees: [trainee], enterprises: [E1], courses: [course("K1", courseOverrides)], certificates: [cert("C1")], claims });
const nfDoc = (trainee: O, claims: O[], courseOverrides: O = {}): O => ({ trainees: [trainee], enterprises: [CITY_E1], courses: [cityCourse("K1", courseOverrides)], certificates: [cityCert("C1")], claims });
const LOCAL = withIllustrativeLocal(nationalFrameworksPolicy());

describe("an employer on record makes the person an 企业职工", () => {
  it("the ordinary Jiaxing employee (status enterpriseEmployee, employer on record E1) is paid to E1 as before: 1000.00", () => {
    const r = outcomes(JX, jxDoc(worker(), [byE1("A")]));
    expect(head(r["A"])).toBe("granted:1000.00"); // EX-ELEC 初级工 row 1000.00 × 1 certificate, to E1
  });

  it("gbf2019 §(十一) 「符合条件的企业职工参加……初级工……培训，按规定给予职业培训补贴」: a Jiaxing worker whose record names E1 as employer and lists no status is E1's 企业职工 — E1 is paid 1000.00", () => {
    const r = outcomes(JX, jxDoc(worker({ statuses: [] }), [byE1("A")]));
    expect(head(r["A"])).toBe("granted:1000.00"); // EX-ELEC 初级工 row 1000.00 × 1 certificate, to E1
    expect(r["A"]).toContain("employee_training");
  });

  it("gbf2019 §(十一) 「对高校毕业生和企业职工按规定给予职业培训补贴」: under the national frameworks the same worker is in the 企业职工 group — E1 is paid 1000.00 for her certificate, and her own claim on another day would be paid the same", () => {
    const byEnterprise = outcomes(NF, nfDoc(cityWorker({ statuses: [], employerId: "E1" }), [byE1("A", { submittedOn: "2022-08-05" })]));
    expect(head(byEnterprise["A"])).toBe("granted:1000.00"); // example city EX-ELEC 初级工 1000.00 × 1, to E1
    const own = outcomes(NF, nfDoc(cityWorker({ statuses: [], employerId: "E1" }), [ts("B", "C1", { submittedOn: "2022-08-05" })]));
    expect(head(own["B"])).toBe("granted:1000.00"); // example city EX-ELEC 初级工 1000.00 × 1, to the worker
  });

  it("without an employer on record or a status, the national frameworks still find no group for her (refused, as before): the employer is what the record must show", () => {
    const own = outcomes(NF, nfDoc(cityWorker({ statuses: [] }), [ts("B", "C1", { submittedOn: "2022-08-05" })]));
    expect(head(own["B"])).toBe("denied:0.00");
  });

  it("gbf2019 §(十一) 「下岗失业人员和转岗职工」, 「转岗转业培训」: a 转岗职工 whose record names E1 is E1's employee — E1 is paid for her 转岗转业培训 in Jiaxing and under the national frameworks (1000.00 each)", () => {
    const jx = outcomes(JX, jxDoc(worker({ statuses: ["jobTransferWorker"] }), [byE1("A")], { kind: "jobTransfer" }));
    const nf = outcomes(NF, nfDoc(cityWorker({ statuses: ["jobTransferWorker"], employerId: "E1" }), [byE1("A", { submittedOn: "2022-08-05" })], { kind: "jobTransfer" }));
    expect([head(jx["A"]), head(nf["A"])]).toEqual(["granted:1000.00", "granted:1000.00"]); // EX-ELEC 初级工 row 1000.00 in each catalogue, to E1
  });

  it("gf2018 §(六) 参保职工技能提升补贴: a worker insured 24 months whose record names E1 and lists no status is a 参保职工 — her skill-upgrade claim is paid 1000.00", () => {
    const r = outcomes(LOCAL, nfDoc(cityWorker({ statuses: [], employerId: "E1" }), [skillUpgrade("S", "C1")]));
    expect(head(r["S"])).toBe("granted:1000.00"); // illustrative skill-upgrade standard, 初级工 1000.00 × 1 certificate
  });

  it("a record naming an employer and saying `unemployed` is a 失业人员's, not an employee's: E1's claim is refused not_employee_training, and her own claim is paid (1000.00) — one basis, once", () => {
    const doc = jxDoc(worker({ statuses: ["unemployed"] }), [byE1("A"), ts("B", "C1", { submittedOn: "2020-07-02" })]);
    const r = outcomes(JX, doc);
    expect(r["A"]).toContain("not_employee_training");
    expect(head(r["A"])).toBe("denied:0.00");
    expect(head(r["B"])).toBe("granted:1000.00"); // EX-ELEC 初级工 row 1000.00 × 1 certificate, to the worker
  });

  it("another enterprise than the employer on record is still refused (payee_not_employer), and the basis stays the worker's: 1000.00 to her", () => {
    const E2 = { ...E1, id: "E2", name: "另一家嘉兴企业（示意）" };
    const doc = { ...jxDoc(worker({ statuses: [] }), [ts("A", "C1", { claimant: { kind: "enterprise", id: "E2" }, enterpriseId: "E2" }), ts("B", "C1", { submittedOn: "2020-07-02" })]), enterprises: [E1, E2] };
    const r = outcomes(JX, doc);
    expect(r["A"]).toContain("payee_not_employer");
    expect(head(r["B"])).toBe("granted:1000.00"); // EX-ELEC 初级工 row 1000.00 × 1 certificate, to the worker
  });
});
