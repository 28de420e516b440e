/**
 * gbf2019 §(十二) 「符合条件的劳动者在户籍地、常住地、求职就业地参加培训后取得证书（职业资格证书、职业技能等级证书、专项职业能力证书、特种作业操作证书、培训合格证书等）的，按规定给予职业培训补贴」:
 * the list of certificates ends in 等, so it is open (reading certificate-kinds-open). A certificate of another kind —
 * here a 特种设备作业人员证, the licence of the market regulator a forklift driver holds, which is not the work-safety
 * regulator's 特种作业操作证书 — is recorded as `otherCertificate` naming its kind (`kindName`) and decided: paid by a city
 * catalogue row that takes other kinds, refused by one that does not; before cold audit 10's record was mended it made the
 * certificate record invalid and the claim on it was never decided.
 *
 * Figures are ILLUSTRATIVE (not any city's): the catalogue rows below (EX-FORK 400.00, EX-CRANE 500.00) and the Jiaxing
 * catalogue of fixtures/jiaxing/catalogue-2020.json.
 */
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { evaluateBatch, nationalFrameworksPolicy, parseClaimsDocument, parseSubsidyCatalogue, withJiaxingCatalogue } from "../src/index.js";
import type { SubsidyCatalogue } from "../src/records/catalogue.js";
import { regionalPolicy } from "./support/national.js";
import { cert, cityCert, cityCourse, cityWorker, course, E1, skillUpgrade, ts, worker } from "./support/ordinary.js";
import { withSkillUpgradeStandards } from "./support/world.js";

type O = Record<string, unknown>;

/** An illustrative edition (not official figures): EX-FORK takes special-operations and other certificates, EX-CRANE only the former. */
function edition(effectiveFrom: string): SubsidyCatalogue {
  const r = parseSubsidyCatalogue({
    id: `example-open-${effectiveFrom.slice(0, 4)}`,
    title: "示例补贴目录（数字仅为示意）",
    publishedBy: "example prefecture (illustrative)",
    effectiveFrom,
    illustrative: true,
    entries: [
      { occupation: { code: "EX-FORK", name: "叉车司机（示意）" }, standard: "400.00", certificateKinds: ["specialOperationsCertificate", "otherCertificate"] },
      { occupation: { code: "EX-CRANE", name: "起重机司机（示意）" }, standard: "500.00", certificateKinds: ["specialOperationsCertificate"] },
    ],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const NATIONAL = withSkillUpgradeStandards(regionalPolicy(nationalFrameworksPolicy(), edition("2019-06-01")));
const JIAXING = withJiaxingCatalogue(edition("2020-01-01"));

/** A 特种设备作业人员证 (其他证书) for `code`, unleveled. */
const equipmentLicence = (make: (id: string, o: O) => O, code: string, o: O = {}): O =>
  make("C1", { kind: "otherCertificate", kindName: "特种设备作业人员证", occupation: { code, name: code }, level: undefined, ...o });

function decide(policy: Policy, doc: O): readonly Decision[] {
  const r = parseClaimsDocument(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.value.invalid).toEqual([]);
  return evaluateBatch(policy, r.value.document).decisions;
}
const cityDoc = (code: string, claims: O[], trainee: O = cityWorker({ statuses: ["unemployed"] })): O => ({ trainees: [trainee], courses: [cityCourse("K1", { occupation: { code, name: code }, level: undefined })], certificates: [equipmentLicence(cityCert, code)], claims });
const summary = (d: Decision | undefined) => `${d?.outcome}:${d?.amount}`;

describe("the record: a certificate of a kind the five names do not say", () => {
  it("is a record when it names its kind (otherCertificate, kindName 特种设备作业人员证)", () => {
    const r = parseClaimsDocument(cityDoc("EX-FORK", []));
    expect(r.ok && r.value.invalid).toEqual([]);
  });

  it("is refused without the name of its kind, the field named in Chinese and English", () => {
    const r = parseClaimsDocument({ ...cityDoc("EX-FORK", []), certificates: [equipmentLicence(cityCert, "EX-FORK", { kindName: undefined })] });
    if (!r.ok) throw new Error("document refused whole");
    const issue = r.value.invalid[0]?.issues[0];
    expect(issue?.code).toBe("kind_name_required");
    expect(issue?.path).toEqual(["certificates", 0, "kindName"]);
    expect(issue?.message).toEqual({ zh: "其他证书须注明证书名称（kindName）", en: "a certificate of another kind must name its kind (kindName)" });
  });

  it("carries no level, as the five kinds but the two leveled ones (a level would price it as a leveled certificate)", () => {
    const r = parseClaimsDocument({ ...cityDoc("EX-FORK", []), certificates: [equipmentLicence(cityCert, "EX-FORK", { level: "junior" })] });
    expect(r.ok && r.value.invalid[0]?.issues.map((i) => i.code)).toEqual(["level_not_allowed"]);
  });

  it("is spelt otherCertificate: a kind code of the caller's own is still refused, naming the field", () => {
    const r = parseClaimsDocument({ ...cityDoc("EX-FORK", []), certificates: [equipmentLicence(cityCert, "EX-FORK", { kind: "specialEquipmentOperatorCertificate" })] });
    expect(r.ok && r.value.invalid[0]?.issues[0]?.path).toEqual(["certificates", 0, "kind"]);
  });

  it("a name may be given on any kind, and changes nothing", () => {
    const doc = { ...cityDoc("EX-FORK", [ts("A", "C1", { submittedOn: "2022-08-05" })]), certificates: [equipmentLicence(cityCert, "EX-FORK", { kind: "specialOperationsCertificate", kindName: "特种作业操作证" })] };
    // the EX-FORK row takes special-operations certificates: its standard, 400.00
    expect(summary(decide(NATIONAL, doc)[0])).toBe("granted:400.00");
  });
});

describe("gbf2019 §(十二) 「……培训合格证书等）的，按规定给予职业培训补贴」: the national frameworks and a city's catalogue", () => {
  it("the city's row that takes other kinds pays a registered unemployed local worker's 特种设备作业人员证 its standard", () => {
    // the EX-FORK row (illustrative) lists otherCertificate: its standard, 400.00, once
    const [d] = decide(NATIONAL, cityDoc("EX-FORK", [ts("A", "C1", { submittedOn: "2022-08-05" })]));
    expect(summary(d)).toBe("granted:400.00");
    expect(d?.reasons.some((r) => r.code === "catalogue_entry")).toBe(true);
  });

  it("a row that does not take other kinds refuses one, saying which kinds it takes", () => {
    // the EX-CRANE row (illustrative) lists only special-operations certificates: 「按规定」 is the city's row
    const [d] = decide(NATIONAL, cityDoc("EX-CRANE", [ts("A", "C1", { submittedOn: "2022-08-05" })]));
    expect(summary(d)).toBe("denied:0.00");
    const reason = d?.reasons.find((r) => r.code === "certificate_kind_not_accepted");
    expect(reason?.message.zh).toContain("其他证书");
    expect(reason?.message.en).toContain("certificate of another kind");
  });

  it("the certificate is paid once, whatever the claim id: a second claim on it is not paid", () => {
    // 400.00 for the first claim; the second names the same certificate (pay once: the certificate)
    const decisions = decide(NATIONAL, cityDoc("EX-FORK", [ts("A", "C1", { submittedOn: "2022-08-05" }), ts("B", "C1", { submittedOn: "2022-08-06" })]));
    expect(decisions.map(summary).sort()).toEqual(["denied:0.00", "granted:400.00"]);
  });

  it("the skill-upgrade subsidy, priced by level, pays no certificate of another kind", () => {
    // an insured employee's 参保职工技能提升补贴 has a standard per level only (illustrative: 初级工 1000.00 …); this certificate has none
    const [d] = decide(NATIONAL, cityDoc("EX-FORK", [skillUpgrade("S", "C1")], cityWorker()));
    expect(summary(d)).toBe("denied:0.00");
  });
});

describe("jx2019 五(十一): Jiaxing names the certificates its rows rest on, and no other kind", () => {
  it("「以获取职业资格证书（职业技能等级证书、专项能力证书，下同）为主要依据」 and 「对项目制培训以培训合格证书、特种作业操作证书为依据进行补贴」: a row that lists other kinds does not pay one in Jiaxing", () => {
    const doc = {
      trainees: [worker()],
      enterprises: [E1],
      courses: [course("K1", { occupation: { code: "EX-FORK", name: "EX-FORK" }, level: undefined })],
      certificates: [equipmentLicence(cert, "EX-FORK")],
      claims: [ts("A", "C1")],
    };
    const [d] = decide(JIAXING, doc);
    expect(summary(d)).toBe("denied:0.00");
    expect(d?.reasons.filter((r) => r.code === "certificate_not_basis").length).toBe(1);
  });
});
