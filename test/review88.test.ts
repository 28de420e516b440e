/**
 * Cold review 88 (2026-12-07) of 0494932: the ordinary person under the Guangdong → Jieyang layer of 2018 (gf2018
 * 国发〔2018〕11号 → yf2018 粤府〔2018〕58号 → jf2018 揭府〔2018〕54号, policy `jieyang-2018`) and the national texts in force
 * beneath it from 2019-05-18 (gbf2019 → plan2021 → op2025, `national-frameworks`). Every amount is ILLUSTRATIVE: the rows
 * of the test catalogue `exampleEdition2018` (test/support/national.ts; EX-ELEC 初级工 1000.00, EX-COOK 900.00, EX-WELD
 * 1200.00, EX-TILE 333.33, from 2018-05-03), not any city's standard.
 *
 * Read first, whole: law/sources/jf2018.txt, yf2018.txt, gf2018.txt (then gbf2019 §(十一)–(十二)). What the Jieyang
 * layer pays, from the texts:
 * - jf2018 (2018-10-09) and yf2018 (2018-07-20) print NO measure, amount, certificate, course, cap or date of their own:
 *   jf2018 三 「落实职业技能培训补贴政策，保障培训补贴资金落实到位」 and yf2018 四 「提高职业培训资金使用效率」 ask for funds;
 *   both 「请一并贯彻落实」 the text above them. gf2018 (「2018年5月3日」, no commencement or end printed) prints no amount
 *   either: §(十二) catalogues, §(十八) 「落实职业技能培训补贴政策」, §(六) the insured employees' skill upgrade without terms.
 *   So the ordinary Jieyang worker (户籍 in Rongcheng, no status) is owed whatever a catalogue prices for a certificate
 *   earned by training — in a city pack; the shipped chain binds no measure (held, never refused: controls below).
 * - Who: gf2018 §(二) 「针对城乡全体劳动者」, §(五)'s key groups of employment-skills training; and — not weighed by any
 *   reading or review so far — yf2018 三, the province's own list, which adds 企业在岗职工 and ends in 等:
 *   「加强企业在岗职工、高校毕业生、农民工、新型职业农民、退役军人等重点群体就业创业培训」, after
 *   「确保覆盖每一个有培训愿望的劳动者」. In Guangdong from 2018-07-20.
 * - Thresholds: no age, hours, level count or yearly count is printed in the chain; the ladder (reading skill-ladder-2018)
 *   is the five 职业资格 levels from 2018-05-03. From 2019-05-18 gbf2019 §(十二)
 *   「原则上每人每年可享受不超过3次，但同一职业同一等级不可重复享受」 is in force in Jieyang as everywhere (reading gf2018-chain-groups: the chain holds certificates of
 *   that day or later).
 * Dates of force, checked against the texts: gf2018 from 2018-05-03 (its printed date; the library's framework, groups,
 *   ladder, openMarket — gf2018.params.yaml) — right; yf2018 and jf2018 carry no parameters, so their days (2018-07-20,
 *   2018-10-09) move nothing — right as long as they add nothing (F2 says yf2018 adds a group); the chain's framework ends
 *   2019-05-18 (reading, not text: gf2018 prints no end) — considered by audits 6 and 20, not re-recorded.
 *
 * Ran: npm run build; probes through parseClaimsDocument → evaluateBatch with the Jieyang pack fixture
 * (`jieyangPackPolicy()`: the chain + a layer binding the training subsidy + the 2018 edition) and with the national
 * frameworks priced for Jieyang by the same edition; chained runs (one policy's grants as the other's ledger); the CLI
 * `evaluate --policy jieyang-2018 --catalogue` and `--policy national-frameworks --catalogue`.
 *
 * F1 (1000.00 paid twice for one occupation and level, 333.33 over the yearly three; 65 %) — the chain pays a
 *    pre-2019-05-18 certificate without looking at what the national frameworks have paid since. A Rongcheng 下岗失业人员
 *    is paid EX-ELEC 初级工 (certificate 2019-06-01) under the national frameworks; her EX-ELEC 初级工 certificate of
 *    2018-12-01, claimed 2019-07-01 under the pack, is paid 1000.00 again. Filed the other way round, the national
 *    frameworks refuse the second (occupation_level_already_subsidised): filing order moves 1000.00. Likewise three
 *    national grants in 2019 and then the pack's 2019-04-01 certificate: a fourth subsidy in 2019 (333.33); the other
 *    order refuses the fourth. 「同一职业同一等级不可重复享受」 and 「每人每年可享受不超过3次」 are in force on the day the pack
 *    pays (2019-07-01, 2019-10-01), and the library's own reading no-repeat-whole-history reads the bar «over the person's
 *    whole history, across years». Cause: src/provisions/trainingSubsidy/noRepeat.ts:100-102 and annualCap (return null
 *    when the policy has no noRepeatMeasures / cap on the certificate's date, trainingSubsidy.ts:308, 443-449); the chain
 *    declares neither (src/jurisdictions/national/gf2018.ts:55-66). Mend: in the chain, from 2019-05-18 as judged (claim
 *    date or --on), read gbf2019's bar and cap over the ledger — or hold a chain claim whose person holds a gbf2019-era
 *    training-subsidy grant of that occupation and level (or three in the year) — instead of paying it.
 * F2 (1000.00 refused; 55 %) — yf2018 三 names 「企业在岗职工」 as a 重点群体 of training in Guangdong from 2018-07-20; the
 *    Jieyang enterprise employee's EX-ELEC 初级工 certificate of 2018-12-01 is refused not_in_group (gf2018.groups), and
 *    so is her employer's claim for it. The reading gf2018-chain-groups takes the chain's groups from gf2018 §(五)
 *    alone (its passages are all gf2018's and gbf2019's); on its own logic (the 重点群体 of training are the groups paid)
 *    the province's list, which jf2018 forwards (「请一并贯彻落实」), is the chain's list in Guangdong from 2018-07-20.
 *    Cause: src/jurisdictions/guangdong/yf2018.ts:21-28 (the layer declares nothing), gf2018.params.yaml:27-33.
 *    Mend: a yf2018 value of trainingSubsidy.groups from 2018-07-20 adding a group `yf2018.groups` (企业在岗职工 with
 *    §(五)'s), or write the reading's answer to yf2018 三 as an alternative with its money.
 * F3 (1000.00 refused; 40 %) — the same list ends in 「等重点群体」 and follows 「确保覆盖每一个有培训愿望的劳动者」: the
 *    ordinary Jieyang worker (户籍 in Rongcheng, no status) is refused not_in_group for a certificate of 2018-12-01. The
 *    case is cold audit 20's F1 (gf2018 §(二), §(四)); the passage is new, the province's own, and the list is open by
 *    its 等. Cause and mend as F2 (or the reading says why 「每一个有培训愿望的劳动者」 does not reach her).
 *
 * Controls that hold (plain `it`): the shipped chain holds the ordinary worker (library and CLI, measure_not_provided,
 *    jf2018.forwarding), never refuses; the pack pays the 下岗失业人员 once whatever the claim ids, and one course once
 *    for two certificates, also across the two frameworks (ledger); the chain's days 2018-05-02 / 2018-05-03 / 2019-05-17 / 2019-05-18; in filing order the
 *    pack's grant bars the national frameworks' second EX-ELEC 初级工 and counts in their 2019 cap; no age threshold in
 *    the chain (a 15-year-old 两后生, a 65-year-old 下岗失业人员 paid); under the national frameworks the Jieyang enterprise
 *    employee is paid, the ordinary worker with no status refused (gbf2019 §(十一) has no 等).
 * Considered, not recorded: two EX-ELEC 初级工 certificates of 2018 (a reissue, no course named) are both paid under the
 *    pack (2000.00) where a shared course pays once — the 2018 texts print no occupation@level bar (reading
 *    gf2018-chain-groups; 30 %). The CLI's `--catalogue` layer has no region, so a Jieyang claim of 2020 under
 *    `national-frameworks` is asked for its course (missing_record claim.courseId) where the library priced for Jieyang
 *    places her by her 户籍 — held, no money. 社区矫正 is not §(五)'s 服刑人员 (plan2021 names them apart) — agreed.
 * src/ untouched.
 * Not mended (2026-12-07): F1–F3 stay records; the reading gf2018-chain-groups now quotes yf2018 三 and weighs F1 and
 *    F2/F3 as alternatives with their money (only a pack over the chain pays; none ships).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Decision, Policy } from "../src/index.js";
import { evaluateBatch, jieyang2018Policy, nationalFrameworksPolicy, parseClaimsDocument, withCatalogue } from "../src/index.js";
import { offenders } from "../scripts/quotations.mjs";
import { cli } from "./cli-helpers.js";
import { CATALOGUE_SOURCE, exampleEdition2018, jieyangPackPolicy } from "./support/national.js";

type O = Record<string, any>;
const RONGCHENG = "guangdong.jieyang.rongcheng";
/** The Jieyang pack fixture: the 2018 chain + a layer binding the training subsidy + the 2018 edition (ILLUSTRATIVE rows). */
const JP = jieyangPackPolicy();
/** The national frameworks priced for Jieyang by the same ILLUSTRATIVE edition (a prefecture layer for guangdong.jieyang). */
const NF = withCatalogue(nationalFrameworksPolicy(), exampleEdition2018, { ...CATALOGUE_SOURCE, level: "prefecture", region: "guangdong.jieyang", layer: "guangdong.jieyang.example-catalogue" } as never);

const person = (id: string, o: O = {}): O => ({ id, birthDate: "1985-01-01", statuses: [], hukouRegion: RONGCHENG, ...o });
const cert = (id: string, traineeId: string, o: O = {}): O => ({ id, traineeId, kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", issuedOn: "2018-12-01", ...o });
const occ = (code: string) => ({ occupation: { code, name: code } });
const ts = (id: string, traineeId: string, certificateId: string, o: O = {}): O => ({ id, measure: "trainingSubsidy", traineeId, claimant: { kind: "trainee", id: traineeId }, certificateId, submittedOn: "2018-12-10", ...o });
const UNEMPLOYED = person("p", { statuses: ["unemployed"] });

function run(policy: Policy, doc: O) {
  const parsed = parseClaimsDocument(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  if (parsed.value.invalid.length > 0) throw new Error(JSON.stringify(parsed.value.invalid));
  return evaluateBatch(policy, parsed.value.document);
}
const got = (d: Decision | undefined) => `${d?.outcome}:${d?.amount}`;
const byId = (r: ReturnType<typeof run>) => Object.fromEntries(r.decisions.map((d) => [d.claimId, got(d)]));
const codes = (d: Decision | undefined) => d?.reasons.map((r) => r.code) ?? [];
const total = (...rs: ReturnType<typeof run>[]) => rs.flatMap((r) => r.decisions).reduce((s, d) => s + Number(d.amount ?? 0), 0).toFixed(2);

describe("cold review 88 — controls: the ordinary person under the Jieyang 2018 chain (ILLUSTRATIVE rows)", () => {
  it("jf2018 三 「落实职业技能培训补贴政策，保障培训补贴资金落实到位」 prints no amount: the shipped chain holds the ordinary worker's claim (measure_not_provided), it neither pays nor refuses", () => {
    const r = run(jieyang2018Policy(), { trainees: [person("p")], certificates: [cert("c", "p")], claims: [ts("a", "p", "c")] });
    expect(got(r.decisions[0])).toBe("undecidable:null");
    expect(codes(r.decisions[0])).toEqual(["measure_not_provided"]);
  });

  it("the CLI `--policy jieyang-2018 --catalogue` holds every claim of the chain's people, before and after 2019-05-18, measure_not_provided cited to jf2018.forwarding", async () => {
    const dir = mkdtempSync(join(tmpdir(), "r88-"));
    const catalogue = join(dir, "cat.json");
    writeFileSync(catalogue, JSON.stringify({ id: "EX-JY-2018", title: "示例目录（示意）", publishedBy: "示例", effectiveFrom: "2018-05-03", illustrative: true, entries: [{ occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", standard: "1000.00", certificateKinds: ["skillLevelCertificate"] }] }));
    const doc = join(dir, "doc.json");
    writeFileSync(doc, JSON.stringify({ trainees: [UNEMPLOYED, person("o")], certificates: [cert("c1", "p"), cert("c2", "p", { issuedOn: "2019-05-20" }), cert("c3", "o")], claims: [ts("a", "p", "c1"), ts("b", "p", "c2", { submittedOn: "2019-06-01" }), ts("c", "o", "c3")] }));
    const out = await cli(["evaluate", doc, "--policy", "jieyang-2018", "--catalogue", catalogue, "--format", "json", "--no-trace", "--quiet"]);
    expect(out.code).toBe(0);
    const decisions = JSON.parse(out.out).decisions as O[];
    expect(decisions.map((d) => [d.claimId, d.outcome, d.reasons.map((x: O) => `${x.code}:${x.citation.provision}`)])).toEqual([
      ["a", "undecidable", ["measure_not_provided:jf2018.forwarding"]],
      ["c", "undecidable", ["measure_not_provided:jf2018.forwarding"]],
      ["b", "undecidable", ["measure_not_provided:jf2018.forwarding"]],
    ]);
  });

  it("the pack pays the Rongcheng 下岗失业人员 her EX-ELEC 初级工 certificate once, whatever the claim id: 1000.00, the second id basis_already_paid", () => {
    const r = byId(run(JP, { trainees: [UNEMPLOYED], certificates: [cert("c", "p")], claims: [ts("a", "p", "c"), ts("b", "p", "c")] }));
    expect(r).toEqual({ a: "granted:1000.00", b: "denied:0.00" }); // EX-ELEC 初级工 row 1000.00, once
  });

  it("one course named by two certificates is paid once (reading course-trained-once, gf2018 §(十八) 「防止骗取、挪用」): 1000.00, not 1000.00 + 900.00", () => {
    const course = { id: "k1", traineeId: "p", kind: "employmentSkills", classHours: 80, attendedDays: 15, region: RONGCHENG, startDate: "2018-10-01", endDate: "2018-10-20", level: "junior", occupation: { code: "EX-ELEC", name: "示例电工" } };
    const r = byId(run(JP, { trainees: [UNEMPLOYED], courses: [course], certificates: [cert("c1", "p", { courseId: "k1" }), cert("c3", "p", { courseId: "k1", ...occ("EX-COOK") })], claims: [ts("a", "p", "c1"), ts("b", "p", "c3")] }));
    expect(r).toEqual({ a: "granted:1000.00", b: "denied:0.00" }); // the course's training, once (EX-ELEC row)
  });

  it("the chain's days: gf2018 「2018年5月3日」 — a certificate of 2018-05-02 is held, of 2018-05-03 and 2019-05-17 paid 1000.00, of 2019-05-18 held (reading gf2018-chain-groups)", () => {
    const on = (day: string) => run(JP, { trainees: [UNEMPLOYED], certificates: [cert("c", "p", { issuedOn: day })], claims: [ts("a", "p", "c", { submittedOn: day })] }).decisions[0];
    expect(got(on("2018-05-02"))).toBe("undecidable:null");
    expect(got(on("2018-05-03"))).toBe("granted:1000.00"); // EX-ELEC 初级工 row
    expect(got(on("2019-05-17"))).toBe("granted:1000.00");
    expect(got(on("2019-05-18"))).toBe("undecidable:null");
  });

  it("filed in order, the pack's grant of 2019-05-10 bars the national frameworks' second EX-ELEC 初级工 (gbf2019 「但同一职业同一等级不可重复享受」) and counts in their 2019 cap of three", () => {
    const pack = run(JP, { trainees: [UNEMPLOYED], certificates: [cert("c1", "p", { issuedOn: "2019-05-10" })], claims: [ts("a", "p", "c1", { submittedOn: "2019-05-12" })] });
    expect(got(pack.decisions[0])).toBe("granted:1000.00");
    const later = run(NF, { trainees: [UNEMPLOYED], certificates: [cert("c2", "p", { issuedOn: "2019-06-01" })], claims: [ts("b", "p", "c2", { submittedOn: "2019-06-10" })], ledger: pack.grants });
    expect(got(later.decisions[0])).toBe("denied:0.00");
    expect(codes(later.decisions[0])).toContain("occupation_level_already_subsidised");
    // the cap: the pack's EX-TILE grant of 2019-04-01, then three national certificates of 2019 → the third is the fourth of the year
    const tile = run(JP, { trainees: [UNEMPLOYED], certificates: [cert("t", "p", { issuedOn: "2019-04-01", ...occ("EX-TILE") })], claims: [ts("a", "p", "t", { submittedOn: "2019-04-10" })] });
    const three = run(NF, { trainees: [UNEMPLOYED], certificates: [cert("n1", "p", { issuedOn: "2019-06-01" }), cert("n2", "p", { issuedOn: "2019-07-01", ...occ("EX-COOK") }), cert("n3", "p", { issuedOn: "2019-08-01", ...occ("EX-WELD") })], claims: ["n1", "n2", "n3"].map((c) => ts(`b-${c}`, "p", c, { submittedOn: "2019-09-01" })), ledger: tile.grants });
    expect(byId(three)).toEqual({ "b-n1": "granted:1000.00", "b-n2": "granted:900.00", "b-n3": "denied:0.00" }); // 333.33 + 1000 + 900 = three in 2019
  });

  it("one course across the two frameworks is paid once: the national frameworks pay the EX-COOK certificate of course k1 (900.00), the pack then refuses the EX-ELEC certificate of 2019-05-05 from k1 (basis_already_paid)", () => {
    const course = { id: "k1", traineeId: "p", kind: "employmentSkills", classHours: 80, attendedDays: 15, region: RONGCHENG, startDate: "2019-04-01", endDate: "2019-05-01", level: "junior", occupation: { code: "EX-ELEC", name: "示例电工" } };
    const national = run(NF, { trainees: [UNEMPLOYED], courses: [course], certificates: [cert("c2", "p", { courseId: "k1", issuedOn: "2019-06-01", ...occ("EX-COOK") })], claims: [ts("b", "p", "c2", { submittedOn: "2019-06-10" })] });
    expect(got(national.decisions[0])).toBe("granted:900.00"); // EX-COOK 初级工 row
    const pack = run(JP, { trainees: [UNEMPLOYED], courses: [course], certificates: [cert("c1", "p", { courseId: "k1", issuedOn: "2019-05-05" })], claims: [ts("a", "p", "c1", { submittedOn: "2019-07-01" })], ledger: national.grants });
    expect(got(pack.decisions[0])).toBe("denied:0.00"); // the course's training was paid: 900.00 in all
    expect(codes(pack.decisions[0])).toContain("basis_already_paid");
  });

  it("the chain prints no age: a 15-year-old 两后生 and a 65-year-old 下岗失业人员 are paid their 2018 certificate, 1000.00 each", () => {
    const at = (birthDate: string, status: string) => got(run(JP, { trainees: [person("p", { birthDate, statuses: [status] })], certificates: [cert("c", "p")], claims: [ts("a", "p", "c")] }).decisions[0]);
    expect(at("2003-06-01", "nonContinuingGraduate")).toBe("granted:1000.00");
    expect(at("1953-06-01", "unemployed")).toBe("granted:1000.00");
  });

  it("under the national frameworks (gbf2019 §(十一) 「对高校毕业生和企业职工按规定给予职业培训补贴」, no 等) the Jieyang enterprise employee's 2020 certificate is paid 1000.00, the ordinary worker with no status refused", () => {
    const in2020 = (o: O) => run(NF, { trainees: [person("p", o)], certificates: [cert("c", "p", { issuedOn: "2020-06-01" })], claims: [ts("a", "p", "c", { submittedOn: "2020-07-01" })] }).decisions[0];
    expect(got(in2020({ statuses: ["enterpriseEmployee"] }))).toBe("granted:1000.00");
    const ordinary = in2020({});
    expect(got(ordinary)).toBe("denied:0.00");
    expect(codes(ordinary)).toContain("not_in_group");
  });
});

describe("cold review 88 — quotations", () => {
  it("every 「」 passage in this file is verbatim in law/sources", () => {
    expect(offenders(["test/review88.test.ts"])).toEqual([]);
  });
});

describe("cold review 88 — findings (it.fails: each asserts what is right and fails on the code as it stands)", () => {
  // F1 — 65 %. Money: 1000.00 paid twice for one occupation and level; 333.33 paid as a fourth subsidy in 2019.
  it.fails("gbf2019 §(十二) 「但同一职业同一等级不可重复享受」: the pack does not pay, on 2019-07-01, a 2018 EX-ELEC 初级工 certificate of a person the national frameworks paid an EX-ELEC 初级工 on 2019-06-10 (1000.00 twice)", () => {
    const first = run(NF, { trainees: [UNEMPLOYED], certificates: [cert("c2", "p", { issuedOn: "2019-06-01" })], claims: [ts("b", "p", "c2", { submittedOn: "2019-06-10" })] });
    expect(got(first.decisions[0])).toBe("granted:1000.00"); // EX-ELEC 初级工 row, her first
    const late = run(JP, { trainees: [UNEMPLOYED], certificates: [cert("c1", "p", { issuedOn: "2018-12-01" })], claims: [ts("a", "p", "c1", { submittedOn: "2019-07-01" })], ledger: first.grants });
    // Right: on 2019-07-01 the bar is in force in Jieyang and she has 享受 EX-ELEC 初级工 once: not again (refused, or
    // at least held) — 1000.00 in all, as when the same two claims are filed the other way round (control above).
    expect(late.decisions[0]?.outcome).not.toBe("granted"); // library: granted 1000.00
    expect(total(first, late)).toBe("1000.00");
  });

  it.fails("gbf2019 §(十二) 「原则上每人每年可享受不超过3次」: after three national grants in 2019 the pack does not pay, on 2019-10-01, a fourth subsidy for a 2019-04-01 certificate (333.33)", () => {
    const three = run(NF, { trainees: [UNEMPLOYED], certificates: [cert("n1", "p", { issuedOn: "2019-06-01" }), cert("n2", "p", { issuedOn: "2019-07-01", ...occ("EX-COOK") }), cert("n3", "p", { issuedOn: "2019-08-01", ...occ("EX-WELD") })], claims: ["n1", "n2", "n3"].map((c) => ts(`b-${c}`, "p", c, { submittedOn: "2019-09-01" })) });
    expect(total(three)).toBe("3100.00"); // 1000 + 900 + 1200: three in 2019
    const fourth = run(JP, { trainees: [UNEMPLOYED], certificates: [cert("t", "p", { issuedOn: "2019-04-01", ...occ("EX-TILE") })], claims: [ts("a", "p", "t", { submittedOn: "2019-10-01" })], ledger: three.grants });
    // Right: the fourth of 2019 is not paid (the other filing order refuses it: control above) — 3100.00 in the year.
    expect(fourth.decisions[0]?.outcome).not.toBe("granted"); // library: granted 333.33 (EX-TILE row)
    expect(total(three, fourth)).toBe("3100.00");
  });

  // F2 — 55 %. Money: 1000.00 refused (the employee's claim, and her employer's in her stead).
  it.fails("yf2018 三 「加强企业在岗职工、高校毕业生、农民工、新型职业农民、退役军人等重点群体就业创业培训」: from 2018-07-20 the pack pays a Jieyang enterprise employee's EX-ELEC 初级工 certificate of 2018-12-01, 1000.00", () => {
    const employee = run(JP, { trainees: [person("p", { statuses: ["enterpriseEmployee"] })], certificates: [cert("c", "p")], claims: [ts("a", "p", "c")] });
    expect(codes(employee.decisions[0])).not.toContain("not_in_group"); // library: denied not_in_group (gf2018.groups)
    expect(got(employee.decisions[0])).toBe("granted:1000.00"); // EX-ELEC 初级工 row
    // (Her employer claiming in her stead is refused not_in_group too; not asserted: an enterprise's claim may then turn on its course.)
  });

  // F3 — 40 %. Money: 1000.00 refused. The case of cold audit 20's F1; the passage (the province's, with its 等) is new.
  it.fails("yf2018 三 「确保覆盖每一个有培训愿望的劳动者」 and its open 「等重点群体」: the pack pays the ordinary Jieyang worker (户籍 in Rongcheng, no status) her EX-ELEC 初级工 certificate of 2018-12-01, 1000.00", () => {
    const r = run(JP, { trainees: [person("p")], certificates: [cert("c", "p")], claims: [ts("a", "p", "c")] });
    expect(codes(r.decisions[0])).not.toContain("not_in_group"); // library: denied not_in_group
    expect(got(r.decisions[0])).toBe("granted:1000.00"); // EX-ELEC 初级工 row
  });
});
