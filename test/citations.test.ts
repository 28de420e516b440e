/**
 * Issue 14 item 14, "Citations": a decision cites the texts its policy holds and the
 * clause that speaks to the point (the catalogue clause of the text in force, Jiaxing's own
 * clauses where Jiaxing's text governs).
 */
import { describe, expect, test } from "vitest";
import type { Certificate, Decision, Policy } from "../src/index.js";
import type { ScenarioInput } from "../src/reform/index.js";
import { catalogueSourceFor, cite, clawback, evaluateBatch, evaluateClaim, jiaxingPolicy, Ledger, nationalPolicy, parseClaimsDocument, parseSubsidyCatalogue, POLICIES, withCatalogue } from "../src/index.js";
import { runScenario } from "../src/reform/index.js";
import { certificate, claim, course, grant, input, trainee } from "./builders.js";
import { readDataFile, runScenarioFiles } from "../src/node/index.js";

function illustrativeCatalogue(policy: Policy): Policy {
  const parsed = parseSubsidyCatalogue(readDataFile("fixtures/jiaxing/catalogue-2020.json"));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return withCatalogue(policy, [parsed.value], catalogueSourceFor(policy));
}

/** Every provision a decision's reasons and lines cite. */
const cited = (d: Decision): string[] => [...d.reasons.map((r) => r.citation), ...d.lines.map((l) => l.citation)].map((c) => c.provision);

describe("a decision cites only the texts its policy holds", () => {
  const fixtures = ["fixtures/jiaxing/claims.json", "fixtures/jiaxing/showcase.json", "fixtures/jiaxing/reform-population.json", "fixtures/jiaxing/worked-example.json"];
  for (const [id, make] of Object.entries(POLICIES)) {
    test(`${id}, with and without a catalogue, over the fixtures`, () => {
      const stray: string[] = [];
      for (const policy of [make(), illustrativeCatalogue(make())]) {
        const documents = new Set(policy.layers.flatMap((l) => l.documents));
        for (const path of fixtures) {
          const parsed = parseClaimsDocument(readDataFile(path));
          if (!parsed.ok) throw new Error(path);
          for (const d of evaluateBatch(policy, parsed.value.document).decisions) {
            for (const p of cited(d)) if (!documents.has(p.split(".")[0]!)) stray.push(`${path} ${d.claimId}: ${p}`);
          }
        }
      }
      expect([...new Set(stray)]).toEqual([]);
    });
  }

  test("the scenarios", () => {
    const stray: string[] = [];
    for (const r of runScenarioFiles(["fixtures/scenarios"], { pathsWithin: "fixtures" })) {
      const documents = new Set(r.policy === null ? [] : POLICIES[r.policy.id.split("+")[0]!]?.().layers.flatMap((l) => l.documents));
      for (const d of r.decisions) for (const p of cited(d)) if (!documents.has(p.split(".")[0]!)) stray.push(`${r.source} ${d.claimId}: ${p}`);
    }
    expect([...new Set(stray)]).toEqual([]);
  });
});

describe("the catalogue clause of the text in force (gbf2019 §(十七), jx2019 五(十)一), and Jiaxing's open market (五(八))", () => {
  const edition = (() => {
    const parsed = parseSubsidyCatalogue({ ...(readDataFile("fixtures/jiaxing/catalogue-2020.json") as object), institutions: ["SCHOOL-1"] });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    return parsed.value;
  })();
  const at = (policy: Policy) => withCatalogue(policy, [edition], catalogueSourceFor(policy));
  const worker = trainee({ statuses: ["unemployed", "enterpriseEmployee"], hukouRegion: "zhejiang.jiaxing.nanhu" });
  const outside = certificate({ occupation: { code: "EX-NONE", name: "目录外" }, level: "junior", issuedOn: "2020-07-15" });
  const listed = certificate({ occupation: { code: "EX-ELEC", name: "电工" }, level: "junior", issuedOn: "2020-07-15" });
  const byCode = (d: Decision, code: string) => d.reasons.find((r) => r.code === code)?.citation;
  const judge = (policy: Policy, cert: Certificate, organizerId = "SCHOOL-1") =>
    evaluateClaim(at(policy), input({ claim: claim({ measure: "trainingSubsidy", certificateId: "K1", courseId: "C1", claimant: { kind: "trainee", id: "P1" } }), trainee: worker, certificate: cert, course: course({ organizerId, occupation: cert.occupation }) }));

  test("「对补贴性职业技能培训实施目录清单管理」: outside the catalogue under the national policy cites gbf2019 §(十七), not gf2018 (which that policy does not hold)", () => {
    expect(byCode(judge(nationalPolicy(), outside), "not_in_catalogue")).toEqual(cite("gbf2019.catalogues", "§(十七)"));
  });

  test("「推进职业技能培训清单化管理，公布培训和评价机构目录」: outside the catalogue in Jiaxing cites jx2019 五(十)一", () => {
    expect(byCode(judge(jiaxingPolicy(), outside), "not_in_catalogue")).toEqual(cite("jx2019.catalogue", "五(十)一"));
    expect(byCode(judge(jiaxingPolicy(), listed), "catalogue_entry")).toEqual(cite("jx2019.catalogue", "五(十)一"));
    expect(byCode(judge(jiaxingPolicy(), listed, "SCHOOL-9"), "institution_not_in_catalogue")).toEqual(cite("jx2019.catalogue", "五(十)一"));
  });

  test("「政府补贴的职业技能培训项目全部向具备资质的社会职业培训机构开放」: a listed institution in Jiaxing cites jx2019 五(八)", () => {
    expect(byCode(judge(jiaxingPolicy(), listed), "institution_in_catalogue")).toEqual(cite("jx2019.open-market", "五(八)"));
  });
});

describe("a claw-back cites the fraud clause in force on the grant's date (issue 14 item 14)", () => {
  const paid = (id: string, provision: string, basisDate: string) =>
    grant({ id, claimId: id, provision, basisDate, measure: "livingAllowance", payee: { kind: "trainee", id: "P1" }, amount: "350.00", occupationCode: undefined, level: undefined });

  test("「对以虚假培训等套取、骗取资金的依法依纪严惩」: a 2020 fraud on a national grant cites gbf2019 §(十四), not op2025 (issued 2025-06-20)", () => {
    const c = clawback(Ledger.from([paid("A", "gbf2019.local-standards", "2020-05-01")]), ["A"]);
    expect(c.citations).toEqual([cite("gbf2019.fraud", "§(十四)")]);
    expect(c.byPayee[0]?.citations).toEqual([cite("gbf2019.fraud", "§(十四)")]);
  });

  test("「对骗取职业培训补贴资金的单位和个人，依法依纪严肃查处」: a 2020 fraud on a grant paid under jx2019 cites Jiaxing's own clause 六(十三)", () => {
    expect(clawback(Ledger.from([paid("J", "jx2019.living-allowance", "2020-05-01")]), ["J"]).citations).toEqual([cite("jx2019.fraud", "六(十三)")]);
  });

  test("「应追回补贴资金并依法查处」: a grant dated from 2025-06-20 cites op2025 (十八); the day before, gbf2019 §(十四)", () => {
    expect(clawback(Ledger.from([paid("N", "gbf2019.local-standards", "2025-06-20")]), ["N"]).citations).toEqual([cite("op2025.fraud", "(十八)")]);
    expect(clawback(Ledger.from([paid("M", "gbf2019.local-standards", "2025-06-19")]), ["M"]).citations).toEqual([cite("gbf2019.fraud", "§(十四)")]);
  });

  test("frauds under several texts cite each, in the order of the texts' dates; nothing recovered cites nothing", () => {
    const ledger = Ledger.from([paid("N", "gbf2019.local-standards", "2025-07-01"), paid("J", "jx2019.living-allowance", "2020-05-01"), paid("A", "gbf2019.local-standards", "2019-08-01")]);
    expect(clawback(ledger, ["N", "J", "A"]).citations.map((c) => c.provision)).toEqual(["gbf2019.fraud", "jx2019.fraud", "op2025.fraud"]);
    expect(clawback(ledger, ["zzz"]).citations).toEqual([]);
  });
});

describe("a trace cites the clause about the person it judges (issue 14 item 14)", () => {
  test("「学生学徒补贴金额一般可按学徒月实习津贴标准确定」: a student apprentice's decision and trace never cite the employee-apprentice provision", () => {
    const s = (readDataFile("fixtures/scenarios/jiaxing/apprenticeship.json") as ScenarioInput[]).find((x) => x.records.apprenticeships?.[0]?.kind === "student")!;
    const r = runScenario(s);
    expect(r.decisions.length).toBe(1);
    const d = r.decisions[0]!;
    const all = [...cited(d), ...d.trace.map((t) => t.citation.provision), ...d.trace.flatMap((t) => t.parameters.map((p) => p.citation.provision))];
    expect(all).toContain("jx2019.student-apprentice");
    expect(all).not.toContain("jx2019.employee-apprentice");
  });

  test("「取得证书（职业资格证书、职业技能等级证书」 is for everyone: a non-employee's level on the ladder cites gbf2019 §(十二), not the employee-training clause §(十一)", () => {
    const edition = parseSubsidyCatalogue(readDataFile("fixtures/jiaxing/catalogue-2020.json"));
    if (!edition.ok) throw new Error("unreadable catalogue");
    const policy = withCatalogue(jiaxingPolicy(), [edition.value], catalogueSourceFor(jiaxingPolicy()));
    const d = evaluateClaim(
      policy,
      input({ claim: claim({ measure: "trainingSubsidy", certificateId: "K1" }), trainee: trainee({ statuses: ["unemployed"] }), certificate: certificate({ occupation: { code: "EX-ELEC", name: "电工" }, level: "junior" }) }),
    );
    expect(d.reasons.find((r) => r.code === "level_on_ladder")?.citation.provision).toBe("gbf2019.certificate-basis");
  });
});
