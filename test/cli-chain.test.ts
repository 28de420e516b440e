/**
 * Chained runs and the one CLI frame (issues #16 and #18): evaluate writes the grants it
 * made in the format --ledger reads; a second run with them pays nothing new; report reads
 * them with the training records; diff and explain read every claims input evaluate reads;
 * `-` is accepted wherever a file is read; every input document may carry "$schema".
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { claimIdFacts } from "../src/index.js";
import { cli, evaluateSpilled, FIXTURE, fixture, summaryOf, toCsv, toNdjson } from "./cli-helpers.js";

const dir = () => mkdtempSync(join(tmpdir(), "skills-subsidy-chain-"));
const LA60 = "fixtures/reforms/living-allowance-60.json";
const POPULATION = "fixtures/jiaxing/reform-population.json";
const TRAININGS = "docs/examples/trainings.ndjson";

/** The fixture's four grants, worked out in README ("350 + 500 + 120 + 150"): JX-0001 350.00, JX-0003 500.00, JX-0005 120.00, JX-0006 150.00. */
const GRANTED = { "JX-0001": "350.00", "JX-0003": "500.00", "JX-0005": "120.00", "JX-0006": "150.00" };

describe("evaluate --grants-out, then evaluate --ledger: a chained run pays nothing new (issue #18, 'Done when')", () => {
  for (const format of ["json", "ndjson", "csv"] as const) {
    test(`in ${format}: the grants file holds the run's four grants, and the same claims with it as the ledger pay 0.00`, async () => {
      const d = dir();
      const grants = join(d, `grants.${format}`);
      const first = await cli(["evaluate", FIXTURE, "--format", "json", "--grants-out", grants]);
      expect(first.code).toBe(0);
      // 350 + 500 + 120 + 150 = 1120.00 paid in the first run
      expect(Object.fromEntries(Object.entries(summaryOf(first.out)).filter(([, s]) => s.startsWith("granted")).map(([id, s]) => [id, s.split(":")[1]]))).toEqual(GRANTED);
      const second = await cli(["evaluate", FIXTURE, "--format", "json", "--ledger", grants]);
      expect(second.code).toBe(0);
      const decided = JSON.parse(second.out) as { decisions: { claimId: string; outcome: string; amount: string | null; reasons: { code: string }[] }[] };
      expect(decided.decisions.filter((d) => d.outcome === "granted")).toEqual([]);
      // every claim paid the first time is now a duplicate of its own grant
      for (const id of Object.keys(GRANTED)) expect(decided.decisions.find((d) => d.claimId === id)?.reasons.map((r) => r.code)).toEqual(["duplicate_claim"]);
    });
  }

  test("the format follows --grants-format over the extension, and a ledger not named by its format needs --ledger-format (the error says so)", async () => {
    const d = dir();
    const grants = join(d, "grants.txt");
    expect((await cli(["evaluate", FIXTURE, "--grants-out", grants, "--grants-format", "ndjson"])).code).toBe(0);
    expect(readFileSync(grants, "utf8").split("\n")[0]).toMatch(/^\{"type":"grant","id":"JX-0006",/);
    const guessed = await cli(["evaluate", FIXTURE, "--ledger", grants]);
    expect(guessed.code).toBe(2);
    expect(guessed.err).toContain("--ledger-format");
    expect(guessed.err.trimEnd().split("\n")).toHaveLength(1);
    const named = await cli(["evaluate", FIXTURE, "--ledger", grants, "--ledger-format", "ndjson", "--lang", "en"]);
    expect(named.code).toBe(0);
    expect(named.out).toContain("granted 0, total 0.00 yuan");
  });

  // A ledger kept by another system carries no pay-once keys (`basisKeys`, our format): the
  // apprenticeship and the training package a grant paid go in their own columns, both ways.
  test("in csv, a grant's apprenticeshipId and trainingPackageId are written and read back: without its basisKeys column the ledger still refuses the same apprenticeship and package", async () => {
    const d = dir();
    const doc = {
      trainees: [
        { id: "P1", birthDate: "1998-05-01", statuses: ["enterpriseEmployee"], hukouRegion: "zhejiang.jiaxing.nanhu" },
        { id: "P2", birthDate: "1980-01-01", statuses: [] },
      ],
      enterprises: [{ id: "E1", name: "嘉兴示例企业", region: "zhejiang.jiaxing.nanhu", unemploymentInsuranceRegion: "zhejiang.jiaxing.nanhu" }],
      apprenticeships: [{ id: "A1", traineeId: "P1", enterpriseId: "E1", kind: "employee", occupation: { code: "EX-WELD", name: "焊工（示意）" }, startDate: "2021-01-01", endDate: "2021-06-30", annualStandard: "6000.00" }],
      claims: [
        { id: "X1", measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, apprenticeshipId: "A1", enterpriseId: "E1", submittedOn: "2021-07-10" },
        { id: "K1", measure: "trainingPackageGrant", traineeId: "P2", claimant: { kind: "organizer", id: "SCHOOL-1" }, submittedOn: "2021-07-10", amountClaimed: "40000.00", trainingPackage: { id: "PK-1", developerKind: "vocationalCollege", commissioned: true } },
      ],
    };
    writeFileSync(join(d, "in.json"), JSON.stringify(doc));
    const first = await cli(["evaluate", join(d, "in.json"), "--format", "json", "--grants-out", join(d, "g.csv")]);
    // X1: 6000 × 6 ÷ 12 = 3000.00; K1: 40,000.00 claimed, under 每个不超过5万元
    expect(summaryOf(first.out)).toEqual({ X1: "granted:3000.00:enterprise_ui_local+apprenticeship_year_within_term+apprenticeship_standard", K1: "granted:40000.00:package_grant" });
    const [header, ...rows] = readFileSync(join(d, "g.csv"), "utf8").trimEnd().split("\n") as [string, ...string[]];
    const columns = header.split(",");
    expect(columns.slice(-4)).toEqual(["apprenticeshipId", "trainingPackageId", "months", "basisKeys"]);
    const cell = (row: string, column: string) => row.split(",")[columns.indexOf(column)];
    expect(rows.map((r) => [cell(r, "id"), cell(r, "apprenticeshipId"), cell(r, "trainingPackageId")]).sort()).toEqual([["K1", "", "PK-1"], ["X1", "A1", ""]]);
    // the ledger as another system keeps it: the same columns but basisKeys
    writeFileSync(join(d, "other.csv"), [header, ...rows].map((r) => r.split(",").slice(0, -1).join(",")).join("\n"));
    const again = { ...doc, claims: doc.claims.map((c) => ({ ...c, id: `${c.id}-AGAIN` })) };
    writeFileSync(join(d, "again.json"), JSON.stringify(again));
    const second = await cli(["evaluate", join(d, "again.json"), "--format", "json", "--ledger", join(d, "other.csv")]);
    expect(summaryOf(second.out)).toEqual({ "X1-AGAIN": "denied:0.00:basis_already_paid", "K1-AGAIN": "denied:0.00:basis_already_paid" });
  });

  test("in csv, a two-year apprenticeship recorded as one record: the grants file names the record and the year paid, so a later run pays the second year once (6000.00), and without the basisKeys column asks which year was paid", async () => {
    const d = dir();
    const doc = {
      trainees: [{ id: "P1", birthDate: "1998-05-01", statuses: ["enterpriseEmployee"], hukouRegion: "zhejiang.jiaxing.nanhu" }],
      enterprises: [{ id: "E1", name: "嘉兴示例企业", region: "zhejiang.jiaxing.nanhu", unemploymentInsuranceRegion: "zhejiang.jiaxing.nanhu" }],
      apprenticeships: [{ id: "A2", traineeId: "P1", enterpriseId: "E1", kind: "employee", occupation: { code: "EX-WELD", name: "焊工（示意）" }, startDate: "2020-01-01", endDate: "2021-12-31", annualStandard: "6000.00" }],
      claims: [{ id: "Y1", measure: "apprenticeshipSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: "E1" }, apprenticeshipId: "A2", enterpriseId: "E1", submittedOn: "2021-01-05" }],
    };
    writeFileSync(join(d, "in.json"), JSON.stringify(doc));
    const first = await cli(["evaluate", join(d, "in.json"), "--format", "json", "--grants-out", join(d, "g.csv")]);
    // Y1: the first year, 2020: 6000 × 12 ÷ 12 = 6000.00
    expect(summaryOf(first.out)).toEqual({ Y1: "granted:6000.00:enterprise_ui_local+apprenticeship_year_within_term+apprenticeship_standard" });
    const [header, ...rows] = readFileSync(join(d, "g.csv"), "utf8").trimEnd().split("\n") as [string, ...string[]];
    const columns = header.split(",");
    const cell = (row: string, column: string) => row.split(",")[columns.indexOf(column)];
    expect(rows.map((r) => [cell(r, "apprenticeshipId"), cell(r, "basisDate"), cell(r, "basisKeys")])).toEqual([["A2", "2020-01-01", "apprenticeshipSubsidy|P1|period 2020-01-01..2020-12-31"]]);
    const later = { ...doc, claims: [{ ...doc.claims[0], id: "Y2", submittedOn: "2022-01-05" }, { ...doc.claims[0], id: "Y3", submittedOn: "2022-02-05" }] };
    writeFileSync(join(d, "later.json"), JSON.stringify(later));
    const second = await cli(["evaluate", join(d, "later.json"), "--format", "json", "--ledger", join(d, "g.csv")]);
    // Y2: the second year, 2021, begun: 6000 × 12 ÷ 12 = 6000.00; Y3: both years paid
    expect(summaryOf(second.out)).toEqual({ Y2: "granted:6000.00:enterprise_ui_local+apprenticeship_year_within_term+apprenticeship_standard", Y3: "denied:0.00:basis_already_paid" });
    // the ledger as another system keeps it, without basisKeys: which year Y1 paid is not said
    writeFileSync(join(d, "other.csv"), [header, ...rows].map((r) => r.split(",").slice(0, -1).join(",")).join("\n"));
    const asked = await cli(["evaluate", join(d, "later.json"), "--format", "json", "--ledger", join(d, "other.csv")]);
    expect(summaryOf(asked.out)).toEqual({ Y2: "undecidable:null:missing_record", Y3: "undecidable:null:missing_record" });
  });

  test("the split (spilled) path writes the same grants file as the in-memory path, in judged order", async () => {
    const d = dir();
    await cli(["evaluate", FIXTURE, "--grants-out", join(d, "memory.ndjson")]);
    await evaluateSpilled([FIXTURE, "--grants-out", join(d, "split.ndjson")], "", 4);
    expect(readFileSync(join(d, "split.ndjson"), "utf8")).toBe(readFileSync(join(d, "memory.ndjson"), "utf8"));
  });

  test("the grants file is written as --out is: a folder that does not exist is exit 3 before deciding, and no --out file appears", async () => {
    const d = dir();
    const r = await cli(["evaluate", FIXTURE, "--out", join(d, "decisions.json"), "--grants-out", join(d, "nowhere", "g.json")]);
    expect(r.code).toBe(3);
    expect(readdirSync(d)).toEqual([]);
    expect((await cli(["evaluate", FIXTURE, "--grants-out", "-"])).code).toBe(2);
    expect((await cli(["evaluate", FIXTURE, "--grants-format", "csv"])).err).toContain("--grants-format needs --grants-out");
  });

  test("report reads the grants file with the training records: the spend is the run's 1120.00 (350 + 500 + 120 + 150)", async () => {
    const d = dir();
    for (const format of ["json", "ndjson", "csv"]) {
      const grants = join(d, `g.${format}`);
      await cli(["evaluate", FIXTURE, "--grants-out", grants]);
      const r = await cli(["report", "--period", "2020", "--format", "json", "--grants", grants, "--trainings", TRAININGS]);
      expect(r.code, format).toBe(0);
      const report = JSON.parse(r.out) as { spend: { total: string }; counts: { trained: number } };
      expect(report.spend.total).toBe("1120.00");
    }
    // the training records alone (no grants): spend 0.00; neither: a usage error
    expect(JSON.parse((await cli(["report", "--period", "2020", "--format", "json", "--trainings", TRAININGS])).out).spend.total).toBe("0.00");
    expect((await cli(["report", "--period", "2020"])).code).toBe(2);
  });

  test("report: a grants file with a bad record exits 1 naming where it was read", async () => {
    const d = dir();
    const grants = join(d, "g.ndjson");
    writeFileSync(grants, '{"type":"grant","id":"G-1"}\nnot json\n');
    const r = await cli(["report", "--period", "2020", "--grants", grants, "--trainings", TRAININGS]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${grants} line 2`);
    // in both languages, as every error of the command line: the headline and each record's issue
    expect(r.err).toContain(`${grants} 中有无法读取的记录 / ${grants} has records that cannot be read`);
    expect(r.err.split("\n").find((l) => l.includes(`${grants} line 2`))).toMatch(/not_json — .*[\u4e00-\u9fff].* \/ .*[a-z]/);
  });
});

describe("one claims reader: diff and explain read every input evaluate reads", () => {
  test("diff prints the same comparison from the JSON document, its NDJSON and its CSV, and from standard input", async () => {
    const doc = JSON.parse(readFileSync(POPULATION, "utf8")) as Record<string, Record<string, unknown>[]>;
    const d = dir();
    writeFileSync(join(d, "p.ndjson"), toNdjson(doc));
    writeFileSync(join(d, "p.csv"), toCsv(doc));
    const json = await cli(["diff", "--reform", LA60, POPULATION, "--lang", "en"]);
    expect(json.code).toBe(0);
    // +50 (RF-02) + 100 (RF-03) + 30 (RF-05) + 20 (RF-06) = +200 (cli-reforms.test.ts works it out)
    expect(json.out).toContain("change +200.00 yuan");
    for (const file of [join(d, "p.ndjson"), join(d, "p.csv")]) expect((await cli(["diff", "--reform", LA60, file, "--lang", "en"])).out).toBe(json.out);
    expect((await cli(["diff", "--reform", LA60, "-", "--input", "ndjson", "--lang", "en"], toNdjson(doc))).out).toBe(json.out);
  });

  test("diff reports an invalid NDJSON line where it was read and still compares the rest (exit 1)", async () => {
    const doc = JSON.parse(readFileSync(POPULATION, "utf8")) as Record<string, Record<string, unknown>[]>;
    const r = await cli(["diff", "--reform", LA60, "-", "--input", "ndjson", "--lang", "en"], `${toNdjson(doc)}\n{"type":"claim","id":"bad id!"}`);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/stdin line \d+ .*id/);
    expect(r.out).toContain("change +200.00 yuan"); // as above, from the valid lines
  });

  test("explain reads CSV, as evaluate does", async () => {
    const d = dir();
    writeFileSync(join(d, "c.csv"), toCsv(fixture()));
    expect((await cli(["explain", join(d, "c.csv"), "JX-0001"])).out).toBe((await cli(["explain", FIXTURE, "JX-0001"])).out);
  });
});

describe("'-' wherever a file is read, once", () => {
  test("--catalogue -, --reform -, --ledger -, verify -, report --grants - read standard input", async () => {
    const catalogue = readFileSync("fixtures/jiaxing/catalogue-2020.json", "utf8");
    expect((await cli(["evaluate", FIXTURE, "--catalogue", "-"], catalogue)).out).toBe((await cli(["evaluate", FIXTURE, "--catalogue", "fixtures/jiaxing/catalogue-2020.json"])).out);
    expect((await cli(["diff", "--reform", "-", POPULATION], readFileSync(LA60, "utf8"))).out).toBe((await cli(["diff", "--reform", LA60, POPULATION])).out);
    const d = dir();
    const grants = join(d, "g.ndjson");
    await cli(["evaluate", FIXTURE, "--grants-out", grants]);
    expect((await cli(["evaluate", FIXTURE, "--ledger", "-", "--ledger-format", "ndjson", "--lang", "en"], readFileSync(grants, "utf8"))).out).toContain("granted 0, total 0.00 yuan");
    const scenario = readFileSync("fixtures/scenarios/jiaxing/living-allowance.json", "utf8");
    expect((await cli(["verify", "-"], scenario)).out).toMatch(/4 scenarios: 4 passed, 0 failed\./);
    const report = await cli(["report", "--period", "2020", "--format", "json", "--grants", "-", "--grants-format", "ndjson", "--trainings", TRAININGS], readFileSync(grants, "utf8"));
    expect(JSON.parse(report.out).spend.total).toBe("1120.00");
  });

  test("standard input can be read once: two '-' arguments are a usage error naming both", async () => {
    const r = await cli(["evaluate", "-", "--catalogue", "-"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("skills-subsidy: 标准输入只能读取一次：<file|-> 和 --catalogue 不能都是 - / standard input can be read once: <file|-> and --catalogue cannot both be -（详见 skills-subsidy evaluate --help）\n");
    expect((await cli(["diff", "--reform", "-", "-"])).code).toBe(2);
  });
});

describe("verify --provisions", () => {
  test("--provisions gives the catalogue of provision ids; --catalogue still works, with a one-line notice that it is deprecated", async () => {
    const provisions = "law/provisions.json";
    const now = await cli(["verify", "fixtures/scenarios/jiaxing/living-allowance.json", "--coverage", "--provisions", provisions]);
    expect(now.code).toBe(0);
    expect(now.out).toContain(`provision coverage (catalogue: ${provisions})`);
    expect(now.err).toBe("");
    const old = await cli(["verify", "fixtures/scenarios/jiaxing/living-allowance.json", "--coverage", "--catalogue", provisions]);
    expect(old.out).toBe(now.out);
    expect(old.err).toBe("skills-subsidy: verify 的 --catalogue 已弃用：请改用 --provisions（它读的是条款表，不是补贴目录） / --catalogue on verify is deprecated: it is --provisions (a provisions table, not a subsidy catalogue)\n");
  });
});

describe('"$schema" at the top of any input document', () => {
  const address = "https://example.org/schemas/x.json";
  test("a claims document, a ledger document, a catalogue, a patch, a scenario and a progress document may name their schema", async () => {
    const d = dir();
    const withSchema = (file: string, name: string) => {
      const path = join(d, name);
      writeFileSync(path, JSON.stringify({ $schema: address, ...(JSON.parse(readFileSync(file, "utf8")) as object) }));
      return path;
    };
    const claims = withSchema(FIXTURE, "claims.json");
    expect((await cli(["evaluate", claims])).out).toBe((await cli(["evaluate", FIXTURE])).out);
    const grants = join(d, "g.json");
    await cli(["evaluate", FIXTURE, "--grants-out", grants]);
    const ledger = join(d, "ledger.json");
    writeFileSync(ledger, JSON.stringify({ $schema: address, ledger: JSON.parse(readFileSync(grants, "utf8")) as unknown[] }));
    expect((await cli(["evaluate", FIXTURE, "--ledger", ledger, "--lang", "en"])).out).toContain("granted 0, total 0.00 yuan");
    const catalogue = withSchema("fixtures/jiaxing/catalogue-2020.json", "catalogue.json");
    expect((await cli(["evaluate", FIXTURE, "--catalogue", catalogue])).out).toBe((await cli(["evaluate", FIXTURE, "--catalogue", "fixtures/jiaxing/catalogue-2020.json"])).out);
    const patch = withSchema(LA60, "patch.json");
    expect((await cli(["diff", "--reform", patch, POPULATION])).out).toBe((await cli(["diff", "--reform", LA60, POPULATION])).out);
    const [first] = JSON.parse(readFileSync("fixtures/scenarios/jiaxing/living-allowance.json", "utf8")) as object[];
    writeFileSync(join(d, "scenario.json"), JSON.stringify({ $schema: address, ...first }));
    expect((await cli(["verify", join(d, "scenario.json")])).code).toBe(0);
    const progress = withSchema("fixtures/jiaxing/ledger-2020.json", "progress.json");
    expect((await cli(["report", "--period", "2020Q3", progress])).out).toBe((await cli(["report", "--period", "2020Q3", "fixtures/jiaxing/ledger-2020.json"])).out);
  });

  test("the shipped schemas declare it", async () => {
    const { allSchemas } = await import("../src/cli/commands/schema.js");
    const document = allSchemas()["claims-document.json"] as { properties: Record<string, unknown> };
    expect(document.properties["$schema"]).toMatchObject({ type: "string" });
    const { patchJsonSchema, scenarioJsonSchema } = await import("../src/reform/index.js");
    const { progressDocumentJsonSchema, otherJsonSchema } = await import("../src/schemas/index.js");
    expect(JSON.stringify(progressDocumentJsonSchema())).toContain('"$schema":{"type":"string"');
    expect(JSON.stringify(scenarioJsonSchema())).toContain('"$schema":{"type":"string"');
    expect(JSON.stringify(patchJsonSchema())).toContain('"$schema":{"type":"string"');
    expect(JSON.stringify(otherJsonSchema("subsidyCatalogue"))).toContain('"$schema":{"type":"string"');
  });

  test("any other unknown top-level key is still refused", async () => {
    const r = await cli(["evaluate", "-"], JSON.stringify({ $schemas: address, claims: [] }));
    expect(r.code).toBe(2);
  });
});

describe("the command table drives every command's help and did-you-mean", () => {
  test("each command's --help names every option it accepts, and states its exit codes", async () => {
    for (const command of ["evaluate", "explain", "schema", "params", "diff", "verify", "report"]) {
      const r = await cli([command, "--help"]);
      expect(r.code, command).toBe(0);
      expect(r.out, command).toContain(`Usage: skills-subsidy ${command}`);
      expect(r.out, command).toContain("Exit codes:");
    }
    const evaluate = (await cli(["evaluate", "--help"])).out;
    for (const option of ["--input", "--ledger", "--ledger-format", "--catalogue", "--policy", "--on", "--format", "--json", "--lang", "--wide", "--out", "--grants-out", "--grants-format", "--no-trace", "--quiet"]) expect(evaluate).toContain(`  ${option}`);
  });

  test("a misspelt option of diff, verify or report gets the same one-line did-you-mean as evaluate's", async () => {
    expect((await cli(["diff", "--refrom", LA60, POPULATION])).err).toBe("skills-subsidy: 未知选项 --refrom——是否应为 --reform？ / unknown option --refrom — did you mean --reform?（详见 skills-subsidy diff --help）\n");
    expect((await cli(["verify", "fixtures/scenarios", "--coverge"])).err).toContain("did you mean --coverage?");
    expect((await cli(["report", "--perod", "2020", "x.json"])).err).toContain("did you mean --period?");
    const choice = await cli(["report", "--period", "2020", "--format", "pdf", "x.json"]);
    expect(choice.err).toBe('skills-subsidy: 选项 --format 应为 md、html 或 json，而不是 "pdf" / --format must be md, html or json, not "pdf" (see skills-subsidy report --help)\n');
  });
});

describe("claimIdFacts: the batch's rules for a claim id shared by parts of a split batch", () => {
  test("two trainees' claims with one id: the least trainee's part decides the conflict, the other leaves it", () => {
    expect([...claimIdFacts([{ part: 3, traineeId: "P-2", content: "x" }, { part: 1, traineeId: "P-1", content: "y" }])]).toEqual([
      [1, "conflicting"],
      [3, "reportedElsewhere"],
    ]);
  });
  test("a claim paid in another part's prior ledger is a duplicate there; in its own part the part sees it, no fact", () => {
    expect([...claimIdFacts([{ part: 0, traineeId: "P-1", content: "x" }, { part: 2, traineeId: "P-1", content: null }])]).toEqual([[0, "paid"]]);
    expect([...claimIdFacts([{ part: 0, traineeId: "P-1", content: "x" }, { part: 0, traineeId: "P-1", content: null }])]).toEqual([]);
  });
  test("a claim whose id another part's prior grant paid for another trainee is a conflict of ids there (reading claim-id-reused)", () => {
    expect([...claimIdFacts([{ part: 0, traineeId: "P-1", content: "x" }, { part: 2, traineeId: "P-7", content: null }])]).toEqual([[0, "conflicting"]]);
    // one grant of the claim's own trainee beside it does not make it a duplicate: the other grant records another claim
    expect([...claimIdFacts([{ part: 0, traineeId: "P-1", content: "x" }, { part: 2, traineeId: "P-1", content: null }, { part: 3, traineeId: "P-7", content: null }])]).toEqual([[0, "conflicting"]]);
  });
  test("a grant alone (no claim) needs no fact", () => {
    expect([...claimIdFacts([{ part: 5, traineeId: "P-1", content: null }])]).toEqual([]);
  });
});

test("docs/examples/grants.ndjson is what evaluate --grants-out writes for docs/examples/claims.ndjson (docs/cli.md, 'Chained runs')", async () => {
  const d = dir();
  await cli(["evaluate", "docs/examples/claims.ndjson", "--grants-out", join(d, "g.ndjson")]);
  expect(readFileSync("docs/examples/grants.ndjson", "utf8")).toBe(readFileSync(join(d, "g.ndjson"), "utf8"));
});

test("the sample trainings file is the 2020 ledger's training records, T01 and T04 under the ids the example batch's claims give their courses (C-101, C-103)", () => {
  expect(existsSync(TRAININGS)).toBe(true);
  const ledger = JSON.parse(readFileSync("fixtures/jiaxing/ledger-2020.json", "utf8")) as { trainings: { id: string }[] };
  // The batch's grants name its claims' courses (JX-0001 → C-101, JX-0003 → C-103): the records they paid for carry those ids (cold review 52, finding 1).
  const renamed: Record<string, string> = { T01: "C-101", T04: "C-103" };
  const expected = ledger.trainings.map((t) => ({ ...t, id: renamed[t.id] ?? t.id }));
  expect(readFileSync(TRAININGS, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as unknown)).toEqual(expected);
});
