/**
 * docs/adding-a-city.md, run: a new city is a folder plus one registry line. The sample city
 * (docs/examples/sample-city/, ILLUSTRATIVE: the city and its figures are made up) has its own
 * catalogue, one changed rate and one city-only rule; its registry is the library's with one
 * line added (docs/examples/registry.ts). Its claims are decided here, with the amounts worked
 * out beside them, and the guide shows the very files that run.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import * as registry from "../docs/examples/registry.js";
import { sampleCity2024 } from "../docs/examples/sample-city/layer.js";
import type { Decision, Policy } from "../src/index.js";
import {
  catalogueSourceFor,
  evaluateClaim,
  extensionsOf,
  Ledger,
  nationalFrameworksPolicy,
  nationalPolicy,
  parseCertificate,
  parseClaim,
  parseCourse,
  parseSubsidyCatalogue,
  parseTrainee,
  POLICIES,
  policiesOf,
  trainingSubsidyChecks,
  withCatalogue,
} from "../src/index.js";

const must = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error("invalid record");
  return r.value;
};
const policies = policiesOf(registry);
const edition = must(parseSubsidyCatalogue(JSON.parse(readFileSync("docs/examples/sample-city/catalogue-2024.json", "utf8"))));
/** The sample city with its catalogue, where its layer says a caller's catalogue goes. */
const withItsCatalogue = (policy: Policy) => withCatalogue(policy, edition, catalogueSourceFor(policy));
const city = () => withItsCatalogue((policies["sample-city-2024"] as () => Policy)());

const trainee = (id: string, statuses: string[]) => must(parseTrainee({ id, birthDate: "1990-04-01", statuses, hukouRegion: "sample.city.east" }));
const course = (id: string, traineeId: string, over: Record<string, unknown>) =>
  must(parseCourse({ id, traineeId, kind: "employmentSkills", occupation: { code: "6-29-01-01", name: "电工" }, classHours: 72, startDate: "2024-05-06", endDate: "2024-05-17", attendedDays: 10, region: "sample.city", ...over }));
const electrician = (id: string, traineeId: string) =>
  must(parseCertificate({ id, traineeId, kind: "skillLevelCertificate", occupation: { code: "6-29-01-01", name: "电工" }, level: "junior", issuedOn: "2024-06-20" }));
const trainingClaim = (id: string, traineeId: string, courseId: string, certificateId: string) =>
  must(parseClaim({ id, measure: "trainingSubsidy", traineeId, claimant: { kind: "trainee", id: traineeId }, courseId, certificateId, submittedOn: "2024-07-01" }));
const codes = (d: Decision) => d.reasons.map((r) => r.code);

describe("the registry: the library's and one line", () => {
  test("POLICIES are the policies of the library's registry, every pack it lists (policies.ts names them one by one)", async () => {
    const libraryRegistry = (await import("../src/jurisdictions/registry.js")) as Record<string, Parameters<typeof policiesOf>[0][string]>;
    expect(Object.keys(POLICIES)).toEqual(Object.keys(policiesOf(libraryRegistry)));
    expect(Object.values(POLICIES)).toEqual(Object.values(policiesOf(libraryRegistry)));
  });

  test("docs/examples/registry.ts is the library's registry and one line: the sample city's pack", () => {
    const lines = readFileSync("docs/examples/registry.ts", "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "" && !l.startsWith("//"));
    expect(lines).toEqual(['export * from "../../src/jurisdictions/registry.js";', 'export { sampleCity } from "./sample-city/pack.js";']);
  });

  test("the sample city's policy is known by its id, beside the library's", () => {
    expect(Object.keys(policies)).toEqual(["national", "jiaxing-2019", "jieyang-2018", "sample-city-2024", "national-frameworks"]);
    expect(Object.keys(policies).filter((id) => !(id in POLICIES))).toEqual(["sample-city-2024"]);
    expect(city().layers.map((l) => l.id)).toEqual(["national.gbf2019", "national.plan2021", "national.op2025", "sample.city.2024", "sample.city.catalogue"]);
  });

  test("the folder uses the package's public API only: it imports skills-subsidy, zod and its own files", () => {
    for (const file of readdirSync("docs/examples/sample-city").filter((f) => f.endsWith(".ts"))) {
      const imports = [...readFileSync(`docs/examples/sample-city/${file}`, "utf8").matchAll(/from "([^"]+)"/g)].map((m) => m[1] as string);
      expect(imports.filter((i) => i !== "skills-subsidy" && i !== "zod" && !/^\.\/\w+\.js$/.test(i)), file).toEqual([]);
    }
  });
});

describe("the sample city decides claims", () => {
  test("the changed rate: 40 yuan a day × 5 days attended = 200.00, the line naming the city's layer", () => {
    const person = trainee("P-1", ["zeroEmploymentHousehold"]);
    const lesson = course("C-1", "P-1", { startDate: "2024-05-06", endDate: "2024-05-10", attendedDays: 5 });
    const claim = must(parseClaim({ id: "SC-1", measure: "livingAllowance", traineeId: "P-1", claimant: { kind: "trainee", id: "P-1" }, courseId: "C-1", submittedOn: "2024-05-20" }));
    const d = evaluateClaim(city(), { claim, trainee: person, course: lesson, ledger: Ledger.empty });
    // 40.00 yuan/day (the sample city's rate) × 5 days = 200.00
    expect([d.outcome, d.amount]).toEqual(["granted", "200.00"]);
    expect(d.lines.map((l) => [l.rate, l.quantity, l.amount, l.layer])).toEqual([["40.00", 5, "200.00", "sample.city.2024"]]);
  });

  test("its own catalogue: an electrician's 初级工 certificate after a 72-hour course is paid the catalogue's 1200.00", () => {
    const person = trainee("P-2", ["unemployed"]);
    const d = evaluateClaim(city(), { claim: trainingClaim("SC-2", "P-2", "C-2", "K-2"), trainee: person, course: course("C-2", "P-2", {}), certificate: electrician("K-2", "P-2"), ledger: Ledger.empty });
    // 电工 初级工 in catalogue-2024.json: 1200.00 yuan (illustrative); 72 ≥ 60 class hours
    expect([d.outcome, d.amount, d.lines[0]?.layer]).toEqual(["granted", "1200.00", "sample.city.catalogue"]);
    expect(codes(d)).toContain("class_hours_met");
    // the city's rule ran as a step of the national rule, under the city's layer
    expect(d.trace.find((s) => s.rule === "sampleCity.minimumClassHours")).toMatchObject({ depth: 1, layer: "sample.city.2024", result: true });
  });

  test("the city-only rule: after a 40-hour course the same claim is denied (40 < 60 class hours), citing the city's parameter", () => {
    const person = trainee("P-3", ["unemployed"]);
    const claimed = { claim: trainingClaim("SC-3", "P-3", "C-3", "K-3"), trainee: person, course: course("C-3", "P-3", { classHours: 40 }), certificate: electrician("K-3", "P-3"), ledger: Ledger.empty };
    const d = evaluateClaim(city(), claimed);
    expect([d.outcome, d.amount]).toEqual(["denied", "0.00"]);
    expect(d.reasons.map((r) => [r.code, r.facts])).toEqual([["too_few_class_hours", { classHours: 40, minClassHours: 60 }]]);
    expect(d.trace.find((s) => s.rule === "sampleCity.minimumClassHours")?.parameters.map((p) => [p.parameter, p.value, p.layer])).toEqual([["sampleCity.minClassHours", 60, "sample.city.2024"]]);
    // Under the national texts with the same catalogue there is no such rule: 1200.00 is paid.
    const national = evaluateClaim(withItsCatalogue(nationalFrameworksPolicy()), claimed);
    expect([national.outcome, national.amount]).toEqual(["granted", "1200.00"]);
  });

  test("the rule is the city's: appended to trainingSubsidy.checks by its layer, from its first day", () => {
    expect(extensionsOf(city(), trainingSubsidyChecks).map((e) => [e.rule.id, e.layer])).toEqual([["sampleCity.minimumClassHours", "sample.city.2024"]]);
    expect(extensionsOf(nationalPolicy(), trainingSubsidyChecks)).toEqual([]);
    expect(sampleCity2024.extensions?.length).toBe(1);
  });
});

describe("the guide shows the files that run", () => {
  test("each file the guide shows (a ```typescript block after <!-- file: path -->) is that file, verbatim", () => {
    const guide = readFileSync("docs/adding-a-city.md", "utf8");
    const shown = [...guide.matchAll(/<!-- file: (\S+) -->\n```typescript\n([\s\S]*?)```/g)].map((m) => ({ file: m[1] as string, text: m[2] as string }));
    expect(shown.map((s) => s.file)).toEqual([
      "src/jurisdictions/guangdong/pack.ts",
      "src/jurisdictions/registry.ts",
      "docs/examples/sample-city/layer.ts",
      "docs/examples/sample-city/minimumHours.ts",
      "docs/examples/sample-city/pack.ts",
      "docs/examples/registry.ts",
    ]);
    for (const s of shown) expect(s.text, s.file).toBe(readFileSync(s.file, "utf8"));
  });
});
