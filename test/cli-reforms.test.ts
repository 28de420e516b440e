import { lawPath } from "./support/law.js";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli } from "./cli-helpers.js";

const POPULATION = "fixtures/jiaxing/reform-population.json";
const LA60 = "fixtures/reforms/living-allowance-60.json";
const SENIOR = "fixtures/reforms/senior-appraisal-200.json";

/** Runs `skills-subsidy <command> args…` in process (through the command table, as the binary does). */
const call = (command: "diff" | "verify", args: string[], stdin = "") => cli([command, ...args], stdin);
const tmp = () => mkdtempSync(join(tmpdir(), "skills-subsidy-"));

describe("skills-subsidy diff", async () => {
  test("prints the totals of the 60-yuan reform by provision, reform, payee kind, region and occupation", async () => {
    const r = await call("diff", ["--reform", LA60, POPULATION, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    // living allowance: 1850 → 2050 = +50 (RF-02) + 100 (RF-03) + 30 (RF-05) + 20 (RF-06: attended on all 4 days of
    // its span 2020-12-30..2021-01-02, so 2 × 50 + 2 × 60 = 220, was 4 × 50 = 200)
    expect(r.out).toMatch(/jx2019\.living-allowance +1850\.00 +2050\.00 +\+200\.00 +6 +4/);
    expect(r.out).toMatch(/reform\.la-60-2021 +jx2019\.living-allowance +\+200\.00 +4/);
    // xiuzhou: RF-03 500 → 600 (60 × 10), RF-06 200 → 220
    expect(r.out).toMatch(/zhejiang\.jiaxing\.xiuzhou +700\.00 +820\.00 +\+120\.00 +2 +2/);
    // no claim changes outcome
    expect(r.out).not.toContain("outcome changes");
    expect(r.out).toContain("total: 12 claims, 4 changed; base 2420.00 yuan, reformed 2620.00 yuan, change +200.00 yuan.");
  });

  test("stacks patches in the order given and prints each one's part", async () => {
    const r = await call("diff", ["--reform", LA60, "--reform", SENIOR, POPULATION]);
    expect(r.code).toBe(0);
    // 高级工 certificate issued 2021-01-01: 200 − 150 = +50, reform.senior-appraisal-200-2021 + jx2019.appraisal-subsidy
    expect(r.out).toMatch(/reform\.senior-appraisal-200-2021 +jx2019\.appraisal-subsidy +\+50\.00 +1/);
    // +200 + 50 = +250
    expect(r.out).toContain("合计：12 项申请，5 项有变化；原政策 2420.00 元，改革后 2670.00 元，变化 +250.00 元。");
    // the same stack from one file of two patches gives the same table
    expect((await call("diff", ["--reform", "fixtures/reforms/stacked.json", POPULATION])).out).toBe(r.out);
  });

  test("the alternative reading of 以工代训's six months (per employer, not per person) is a patch: diff shows the money it moves", async () => {
    // gbf2019.work-for-training §(十一): 「吸纳贫困劳动力就业并开展以工代训……最长不超过6个月」. One poverty-registered
    // worker: six months at workshop E-1, then two months at E-2. Jiaxing sets no monthly standard,
    // so a first (illustrative) patch sets 500 yuan a month; the second counts the months per employer.
    const dir = tmp();
    const patch = (name: string, id: string, changes: unknown[]) => {
      writeFileSync(join(dir, name), JSON.stringify({ id, label: { zh: id, en: id }, description: "Illustrative, not an official text.", changes }));
      return join(dir, name);
    };
    const rate = patch("rate.json", "wft-500", [{ parameter: "workForTraining.monthlyRate", from: "2020-01-01", value: "500.00", note: "illustrative" }]);
    const perEmployer = patch("per-employer.json", "wft-per-employer", [{ parameter: "workForTraining.maxMonthsPerEmployer", from: "2020-01-01", value: true, note: "the alternative reading" }]);
    const claim = (id: string, employer: string, months: string[], submittedOn: string) => ({ id, measure: "workForTrainingSubsidy", traineeId: "P1", claimant: { kind: "enterprise", id: employer }, enterpriseId: employer, months, submittedOn });
    // She works at E-2 now (her employer on record: 以工代训 is the employer's, reading employer-of-record); E-1 was paid her
    // six months of 2020 before she moved (a grant of the ledger). E-2 claims July–August.
    const atE1 = { id: "G-W1", claimId: "W1", traineeId: "P1", measure: "workForTrainingSubsidy", provision: "gbf2019.work-for-training", payee: { kind: "enterprise", id: "E-1" }, amount: "3000.00", basisDate: "2020-01-01", months: ["2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06"] };
    writeFileSync(
      join(dir, "population.json"),
      JSON.stringify({
        trainees: [{ id: "P1", birthDate: "1985-01-01", statuses: ["povertyRegistered"], hukouRegion: "zhejiang.jiaxing.nanhu", employerId: "E-2" }],
        enterprises: [{ id: "E-1", name: "扶贫车间一（示例）" }, { id: "E-2", name: "扶贫车间二（示例）" }],
        claims: [claim("W2", "E-2", ["2020-07", "2020-08"], "2020-09-01")],
        ledger: [atE1],
      }),
    );
    const r = await call("diff", ["--reform", rate, "--reform", perEmployer, join(dir, "population.json"), "--lang", "en"]);
    expect(r.code).toBe(0);
    // the rate alone: W2 nothing (six months per person used at E-1); per employer: W2 is E-2's first two months, 2 × 500 = 1000.00
    expect(r.out).not.toMatch(/reform\.wft-500 +gbf2019\.work-for-training +\+[1-9]/);
    expect(r.out).toMatch(/reform\.wft-per-employer +gbf2019\.work-for-training +\+1000\.00 +1/);
    expect(r.out).toContain("base 0.00 yuan, reformed 1000.00 yuan, change +1000.00 yuan.");
  });

  test("--out writes the per-claim differences as CSV or JSON", async () => {
    const dir = tmp();
    expect((await call("diff", ["--reform", LA60, POPULATION, "--out", join(dir, "d.csv")])).code).toBe(0);
    const csv = readFileSync(join(dir, "d.csv"), "utf8").split("\n");
    expect(csv[0]).toBe("claimId,measure,traineeId,payeeKind,region,occupation,baseOutcome,baseAmount,reformedOutcome,reformedAmount,delta,attribution");
    // RF-02: 50 × 3 days in 2020 + 60 × 5 days from 2021-01-01 = 450, was 50 × 8 = 400
    expect(csv).toContain("RF-02,livingAllowance,R-02,trainee,zhejiang.jiaxing.nanhu,4-10-01-02 家政服务员,granted,400.00,granted,450.00,50.00,reform.la-60-2021 jx2019.living-allowance 50.00");
    expect((await call("diff", ["--reform", LA60, POPULATION, "--out", join(dir, "d.json")])).code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, "d.json"), "utf8")) as { claims: { claimId: string; delta: string }[] };
    expect(json.claims.find((c) => c.claimId === "RF-06")?.delta).toBe("20.00"); // 50 × 4 = 200 → 2 × 50 + 2 × 60 = 220 (every day of the span attended)
  });

  test("an invalid patch exits 2 and names the file, the field and the code", async () => {
    const dir = tmp();
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ id: "x", label: { zh: "x", en: "x" }, changes: [{ parameter: "livingAllowance.dailyRate", from: "2021-01-01", value: "sixty" }] }));
    const r = await call("diff", ["--reform", bad, POPULATION, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${bad} changes.0.value: invalid_amount`);
  });

  test("a patch file holding an empty list exits 2 naming the file and saying it is an empty list, in Chinese and in English (cold audit 4)", async () => {
    // docs/policy-changes.md: bad patches are reported "naming the file and the field"; before, "  ? (top): invalid_input".
    const dir = tmp();
    const empty = join(dir, "empty-list.json");
    writeFileSync(empty, "[]");
    const en = await call("diff", ["--reform", empty, POPULATION, "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.err).toContain(`${empty} (--reform): holds an empty list: a patch file holds one patch, or a list of one or more patches`);
    expect(en.err).not.toMatch(/^\s+\?\s/m);
    const zh = await call("diff", ["--reform", empty, POPULATION, "--lang", "zh"]);
    expect(zh.code).toBe(2);
    expect(zh.err).toContain(`${empty}（--reform）：是空列表`);
  });

  test("an empty patch list stacked after a real patch is refused, not passed over as if it were not given", async () => {
    const dir = tmp();
    const empty = join(dir, "empty-list.json");
    writeFileSync(empty, "[]");
    const r = await call("diff", ["--reform", LA60, "--reform", empty, POPULATION, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(`${empty} (--reform): holds an empty list`);
  });

  test("reads a patch written in YAML the same as its JSON", async () => {
    const dir = tmp();
    const yaml = join(dir, "la60.yaml");
    writeFileSync(
      yaml,
      [
        "id: la-60-2021",
        "label: { zh: 嘉兴生活费补贴自 2021-01-01 起由每人每天 50 元提高到 60 元, en: Jiaxing living allowance 50 → 60 yuan/day for training days from 2021-01-01 }",
        "changes:",
        '  - { parameter: livingAllowance.dailyRate, from: "2021-01-01", until: "2022-01-01", value: "60.00" }',
        "",
      ].join("\n"),
    );
    // same totals as the JSON patch: 2420 → 2620 (+200), worked out in the first test
    expect((await call("diff", ["--reform", yaml, POPULATION])).out).toBe((await call("diff", ["--reform", LA60, POPULATION])).out);
    writeFileSync(yaml, "id: [unclosed");
    expect((await call("diff", ["--reform", yaml, POPULATION])).err).toContain("not valid YAML");
  });

  test("a patch of a parameter no rule reads says so on standard error, in Chinese and in English, instead of reading as a reform that changes nothing (cold audit 4)", async () => {
    // docs/parameters.md: advancePayment.sharePercent — "read by: —". gbf2019.advance-payment §(十二) sets
    // the share of the training subsidy paid in advance; no rule decides on it, so a 100 % advance moves
    // no claim: 12 claims, 0 changed, 0.00 yuan — the same totals as a reform that truly changes nothing.
    const dir = tmp();
    const file = join(dir, "advance-100.json");
    writeFileSync(file, JSON.stringify({ id: "adv-100", label: { zh: "培训补贴全部先行拨付", en: "advance payment 100 %" }, changes: [{ parameter: "advancePayment.sharePercent", from: "2020-01-01", value: "100" }] }));
    const r = await call("diff", ["--reform", file, POPULATION, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("total: 12 claims, 0 changed; base 2420.00 yuan, reformed 2420.00 yuan, change 0.00 yuan.");
    expect(r.err).toBe(
      "skills-subsidy: 注意：reform.adv-100 修改的参数 advancePayment.sharePercent 没有任何规则读取（政策 jiaxing-2019+adv-100）：修改它不会改变任何决定" +
        " / warning: reform.adv-100 changes advancePayment.sharePercent, which no rule of policy jiaxing-2019+adv-100 reads: a change to it cannot change a decision\n",
    );
    // the JSON output carries it
    const json = JSON.parse((await call("diff", ["--reform", file, POPULATION, "--json"])).out) as { unread: { reform: string; parameter: string; message: { zh: string; en: string } }[] };
    expect(json.unread.map((u) => [u.reform, u.parameter])).toEqual([["reform.adv-100", "advancePayment.sharePercent"]]);
  });

  test("a stack names each unread parameter under its own patch; a parameter a rule reads, and one only a function outside the decisions reads, are told apart", async () => {
    const dir = tmp();
    const file = join(dir, "stack.json");
    writeFileSync(
      file,
      JSON.stringify([
        // jx2019.free-training 四(三) lists the free-training groups; the rules read the training-subsidy groups, not this list
        { id: "free-all", label: { zh: "免费培训只面向失业人员", en: "free training for the unemployed only" }, changes: [{ parameter: "jiaxing.freeTrainingGroups", from: "2020-01-01", until: "2022-01-01", value: ["unemployed"] }] },
        // gbf2019.education-fund §(十三) 「税前扣除限额提高至工资薪金总额8%」: read by educationFundUnder() alone, which decides no claim
        { id: "fund-10", label: { zh: "职工教育经费 10%", en: "education fund 10 %" }, changes: [{ parameter: "educationFund.deductionLimitShare", from: "2020-01-01", value: "0.10" }] },
      ]),
    );
    const r = await call("diff", ["--reform", file, "--reform", LA60, POPULATION, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { unread: { reform: string; parameter: string; message: { zh: string; en: string } }[] };
    // the living allowance rate is read by the livingAllowance rule: not named
    expect(json.unread.map((u) => [u.reform, u.parameter])).toEqual([
      ["reform.free-all", "jiaxing.freeTrainingGroups"],
      ["reform.fund-10", "educationFund.deductionLimitShare"],
    ]);
    expect(json.unread[1]?.message.en).toContain("(only educationFundUnder(), outside the decisions, reads it)");
    expect(r.err.split("\n").filter((l) => l.includes("warning:")).length).toBe(2);
  });

  test("a patch of a parameter a rule reads gives no such warning", async () => {
    const r = await call("diff", ["--reform", LA60, POPULATION, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
  });

  test("usage errors exit 2", async () => {
    expect((await call("diff", [POPULATION])).err).toContain("missing --reform: diff needs at least one patch file");
    expect((await call("diff", ["--reform", LA60])).err).toContain("needs a claims file");
    expect((await call("diff", ["--reform", "missing.json", POPULATION])).code).toBe(2);
    expect((await call("diff", ["--reform", LA60, POPULATION, "--on", "2021-02-29"])).code).toBe(2);
    expect((await call("diff", ["--help"]))).toMatchObject({ code: 0 });
  });

  test("is reached from the main command", async () => {
    const { code, out } = await cli(["diff", "--reform", LA60, POPULATION, "--json"]);
    expect(code).toBe(0);
    // +50 (RF-02) + 100 (RF-03) + 30 (RF-05) + 20 (RF-06) = +200, reform.la-60-2021 + jx2019.living-allowance
    expect(JSON.parse(out).totals.all.delta).toBe("200.00");
  });
});

describe("skills-subsidy verify", async () => {
  test("runs the fixture scenarios and exits 0 when all pass", async () => {
    const r = await call("verify", ["fixtures/scenarios", "--allow-paths"]); // the Jiaxing scenarios name ../../jiaxing/catalogue-2020.json
    expect(r.code).toBe(0);
    expect(r.out).toContain("✓ A rural 两后生 who attends 7 days of training in Jiaxing in March 2020 gets 50 yuan a day, 350 yuan");
    expect(r.out).toMatch(/\d+ scenarios: \d+ passed, 0 failed\./);
  });

  test("a failing scenario shows expected vs actual and the trace step, and exits 1", async () => {
    const dir = tmp();
    const [first] = JSON.parse(readFileSync("fixtures/scenarios/jiaxing/living-allowance.json", "utf8")) as Record<string, unknown>[];
    // wrong on purpose: the text gives 50 yuan/day × 7 days = 350, not 60 × 7 = 420
    writeFileSync(join(dir, "wrong.json"), JSON.stringify({ ...first, expect: { outcome: "granted", amount: "420.00" } }));
    const r = await call("verify", [join(dir, "wrong.json")]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("claim S-1: amount");
    expect(r.out).toContain('expected: "420.00"');
    expect(r.out).toContain('actual:   "350.00"');
    expect(r.out).toContain("trace step: livingAllowance");
    expect(r.out).toContain('livingAllowance.dailyRate @ 2020-03-02 = "50.00"');
    expect(r.out).toContain("1 scenarios: 0 passed, 1 failed.");
  });

  test("--coverage lists exercised and unexercised provisions, against the code's citations or a catalogue file", async () => {
    const r = await call("verify", ["fixtures/scenarios", "--coverage"]);
    expect(r.out).toMatch(/jx2019\.living-allowance +\d+ scenarios/);
    expect(r.out).toMatch(/not exercised \(\d+\):\n(.*\n)*  gbf2019\.advance-payment/);
    const catalogue = lawPath("provisions.json");
    const full = (await call("verify", ["fixtures/scenarios", "--coverage", "--provisions", catalogue]));
    expect(full.out).toContain(`provision coverage (catalogue: ${catalogue})`);
    expect(full.out).toContain("  gbf2019.apprenticeship-floor");
  });

  test("an unreadable scenario file is a failed result naming the file, and exits 1", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "broken.json"), "{ not json");
    const r = await call("verify", [dir]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`✗ (unreadable scenario file)  (${join(dir, "broken.json")})`);
    expect(r.out).toContain("not valid JSON");
  });

  test("a scenario naming a patch file that holds an empty list fails naming that file, instead of running with no reform", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "empty-list.json"), "[]");
    const scenario = (JSON.parse(readFileSync("fixtures/scenarios/jiaxing/living-allowance-reform.json", "utf8")) as Record<string, unknown>[])[0];
    writeFileSync(join(dir, "scenario.json"), JSON.stringify({ ...scenario, reforms: ["empty-list.json"] }));
    const r = await call("verify", [join(dir, "scenario.json"), "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${join(dir, "empty-list.json")}: holds an empty list`);
  });

  test("usage errors exit 2", async () => {
    expect((await call("verify", [])).code).toBe(2);
    expect((await call("verify", ["fixtures/reforms", "--provisions", "missing.md"])).code).toBe(2);
    expect((await call("verify", ["--bogus"])).code).toBe(2);
  });
});
