import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test, vi } from "vitest";
import { cli, evaluateSpilled, FIXTURE, fixture, summaryOf, toCsv, toNdjson } from "./cli-helpers.js";

// These run the whole command, often several times; a loaded machine can be slow.
vi.setConfig({ testTimeout: 60_000 });

/** The fixture's decisions, worked out from the texts (see test/batch.test.ts for each reason). */
const EXPECTED = {
  "JX-0001": "granted:350.00:course_in_jurisdiction+in_living_allowance_group+living_allowance_days", // 50 yuan/day × 7 days (jx2019.living-allowance)
  "JX-0002": "denied:0.00:not_in_living_allowance_group",
  "JX-0003": "granted:500.00:course_in_jurisdiction+in_living_allowance_group+living_allowance_days", // 50 yuan/day × 10 days
  "JX-0004": "undecidable:null:attendance_dates_needed",
  "JX-0005": "granted:120.00:residency_basis+within_retirement_age+appraisal_first_time", // 中级工 120 yuan (jx2019.appraisal-subsidy)
  "JX-0006": "granted:150.00:residency_basis+within_retirement_age+appraisal_first_time", // 高级工 150 yuan
  "JX-0007": "denied:0.00:before_provision_start",
  "JX-0008": "denied:0.00:training_completion_certificate_excluded",
  "JX-0009": "denied:0.00:appraisal_already_granted",
};

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

function tempFile(name: string, text: string): string {
  const dir = tempDir("ss-cli-test-");
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("skills-subsidy evaluate", () => {
  test("prints a table of decisions with totals, and exits 0 when every claim was decided", async () => {
    const r = await cli(["evaluate", FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toContain("政策 jiaxing-2019");
    expect(r.out).toMatch(/JX-0001 +生活费补贴 +给予 +培训学员本人 P-001 +350\.00/); // 50 yuan/day × 7 days
    expect(r.out).toMatch(/JX-0006 +职业技能鉴定补贴 +给予 +培训学员本人 P-004 +150\.00/); // 高级工 150 元
    // 350 + 500 + 120 + 150 = 1120 yuan granted over 4 claims
    expect(r.out).toContain("给予 4 项，共 1120.00 元；不予 4 项；无法判定 1 项。");
  });

  test("lists decisions in the order they were judged: basis date, then claim id", async () => {
    const r = await cli(["evaluate", FIXTURE, "--format", "csv"]);
    const ids = r.out.trim().split("\n").slice(1).map((l) => l.split(",")[0]);
    // basis dates: JX-0004 course ends 2019-12-20, JX-0007 issued 2019-12-31, JX-0006 2020-01-01,
    // JX-0001/0002 courses end 2020-03-08 and JX-0008 issued 2020-03-08, JX-0003 ends 2020-06-12,
    // JX-0005 issued 2020-07-15, JX-0009 issued 2020-09-30
    expect(ids).toEqual(["JX-0004", "JX-0007", "JX-0006", "JX-0001", "JX-0002", "JX-0008", "JX-0003", "JX-0005", "JX-0009"]);
  });

  test("--lang en prints English headers and outcomes", async () => {
    const r = await cli(["evaluate", FIXTURE, "--lang", "en"]);
    expect(r.out).toContain("granted 4, total 1120.00 yuan; denied 4; undecidable 1.");
  });

  test("--json prints the full decisions with provenance, the invalid records and a summary", async () => {
    const r = await cli(["evaluate", FIXTURE, "--json"]);
    const parsed = JSON.parse(r.out) as { decisions: { claimId: string; amount: string | null; provenance: { policy: { id: string } } }[]; invalid: unknown[]; summary: { total: string } };
    expect(parsed.decisions).toHaveLength(9);
    expect(parsed.decisions.find((d) => d.claimId === "JX-0003")?.amount).toBe("500.00"); // 50 yuan/day × 10 days
    expect(parsed.decisions[0]?.provenance.policy.id).toBe("jiaxing-2019");
    expect(parsed.invalid).toEqual([]);
    expect(parsed.summary.total).toBe("1120.00"); // 350 + 500 + 120 + 150
    expect(summaryOf(r.out)).toEqual(EXPECTED);
  });

  test("--no-trace writes the same decisions without their trace, also when the batch is split into parts", async () => {
    type Out = { decisions: { trace: unknown[] }[]; summary: unknown };
    const full = JSON.parse((await cli(["evaluate", FIXTURE, "--json"])).out) as Out;
    const lean = await cli(["evaluate", FIXTURE, "--json", "--no-trace"]);
    expect(lean.code).toBe(0);
    const parsed = JSON.parse(lean.out) as Out;
    expect(full.decisions.some((d) => d.trace.length > 0)).toBe(true);
    expect(parsed.decisions).toEqual(full.decisions.map((d) => ({ ...d, trace: [] })));
    expect(parsed.summary).toEqual(full.summary);
    expect(summaryOf(lean.out)).toEqual(EXPECTED);
    const spilled = await evaluateSpilled([FIXTURE, "--json", "--no-trace"]);
    expect(spilled.out).toBe(lean.out);
  });

  test("--json is an alias of --format json, byte for byte", async () => {
    expect((await cli(["evaluate", FIXTURE, "--json"])).out).toBe((await cli(["evaluate", FIXTURE, "--format", "json"])).out);
  });

  test("reads standard input with -", async () => {
    const r = await cli(["evaluate", "-", "--json"], readFileSync(FIXTURE, "utf8"));
    expect(r.code).toBe(0);
    expect(summaryOf(r.out)).toEqual(EXPECTED);
  });

  test("an NDJSON input decides exactly as the JSON document it came from", async () => {
    const path = tempFile("claims.ndjson", toNdjson(fixture()));
    const r = await cli(["evaluate", path, "--json"]);
    expect(r.code).toBe(0);
    expect(summaryOf(r.out)).toEqual(EXPECTED);
    expect(r.out).toBe((await cli(["evaluate", FIXTURE, "--json"])).out);
  });

  test("a CSV input decides exactly as the JSON document it came from", async () => {
    const path = tempFile("claims.csv", toCsv(fixture()));
    const r = await cli(["evaluate", path, "--json"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toBe((await cli(["evaluate", FIXTURE, "--json"])).out);
  });

  test("the example NDJSON and CSV files of docs/examples decide as the fixture, byte for byte", async () => {
    const json = (await cli(["evaluate", FIXTURE, "--json"])).out;
    expect((await cli(["evaluate", "docs/examples/claims.ndjson", "--json"])).out).toBe(json);
    expect((await cli(["evaluate", "docs/examples/claims.csv", "--json"])).out).toBe(json);
  });

  test("--input overrides the extension, and standard input can be NDJSON or CSV", async () => {
    const json = (await cli(["evaluate", FIXTURE, "--json"])).out;
    expect((await cli(["evaluate", "-", "--input", "ndjson", "--json"], toNdjson(fixture()))).out).toBe(json);
    expect((await cli(["evaluate", "-", "--input", "csv", "--json"], toCsv(fixture()))).out).toBe(json);
    expect((await cli(["evaluate", FIXTURE, "--input", "yaml"])).code).toBe(2);
  });

  test("shuffling the lines of an NDJSON input changes no byte of the output", async () => {
    const lines = toNdjson(fixture()).split("\n");
    const reference = (await cli(["evaluate", "-", "--input", "ndjson", "--format", "ndjson"], lines.join("\n"))).out;
    for (let seed = 1; seed <= 5; seed++) {
      const shuffled = lines.map((l, i) => ({ l, k: (i * 7919 * seed) % 101 })).sort((a, b) => a.k - b.k).map((x) => x.l);
      expect((await cli(["evaluate", "-", "--input", "ndjson", "--format", "ndjson"], shuffled.join("\n"))).out).toBe(reference);
    }
  });

  test("each output format carries the same decisions: NDJSON lines and CSV rows match the JSON document", async () => {
    const json = JSON.parse((await cli(["evaluate", FIXTURE, "--json"])).out) as { decisions: Record<string, unknown>[]; summary: unknown };
    const ndjson = (await cli(["evaluate", FIXTURE, "--format", "ndjson"])).out.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(ndjson.filter((l) => l["type"] === "decision").map(({ type: _t, ...d }) => d)).toEqual(json.decisions);
    expect(ndjson.at(-1)).toEqual({ type: "summary", ...(json.summary as object) });
    const csv = (await cli(["evaluate", FIXTURE, "--format", "csv"])).out.trim().split("\n").slice(1).map((l) => l.split(","));
    expect(csv.map((c) => [c[0], c[2], c[5]])).toEqual(json.decisions.map((d) => [d["claimId"], d["outcome"], d["amount"] ?? ""]));
  });

  test("invalid records are reported with their place and field, the rest are still decided, and the exit code is 1 (JSON)", async () => {
    const doc = fixture();
    doc["courses"]![0] = { ...doc["courses"]![0], attendedDays: 8 }; // C-101 spans 7 days
    const r = await cli(["evaluate", "-"], JSON.stringify(doc));
    expect(r.code).toBe(1);
    expect(r.out).toContain("courses[0] (C-101) attendedDays: attended_days_exceed_span — 出勤天数 8 超过培训起止日期内的 7 天");
    expect(r.out).toContain("claims[0] (JX-0001) courseId: unknown_reference");
    expect(r.out).toMatch(/JX-0003 +生活费补贴 +给予 +培训学员本人 P-003 +500\.00/); // 50 yuan/day × 10 days
  });

  test("an invalid NDJSON line is reported with its line number and field, and the other claims are decided", async () => {
    const lines = toNdjson(fixture()).split("\n");
    const at = lines.findIndex((l) => l.includes('"id":"JX-0005"'));
    lines[at] = lines[at]!.replace('"submittedOn":"2020-07-20"', '"submittedOn":"2020-02-30"');
    const r = await cli(["evaluate", "-", "--input", "ndjson", "--json"], lines.join("\n"));
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out) as { invalid: { at: string; id: string; issues: { path: string[]; code: string }[] }[] };
    expect(out.invalid).toEqual([expect.objectContaining({ at: `stdin line ${at + 1}`, id: "JX-0005", issues: [expect.objectContaining({ path: ["submittedOn"], code: "invalid_date" })] })]);
    const { "JX-0005": _dropped, ...rest } = EXPECTED;
    expect(summaryOf(r.out)).toEqual(rest);
  });

  test("an invalid CSV row is reported with its row number and field, and the other claims are decided", async () => {
    const rows = toCsv(fixture()).split("\n");
    const at = rows.findIndex((l) => l.includes("JX-0006"));
    rows[at] = rows[at]!.replace("appraisalSubsidy", "moonSubsidy");
    const r = await cli(["evaluate", "-", "--input", "csv", "--lang", "en"], rows.join("\n"));
    expect(r.code).toBe(1);
    expect(r.out).toContain(`stdin row ${at + 1} (JX-0006) measure: invalid_value`);
    // without the claim JX-0006, P-004 still holds its certificate K-202 (高级工 数控车工, 2020-01-01),
    // so JX-0009 (K-205, 2020-09-30) is not the first appraisal at that level (reading
    // appraisal-first-by-certificates): 0. 350 + 500 + 120 = 970 yuan
    expect(r.out).toMatch(/JX-0009 +appraisal subsidy +denied +— +0\.00 +not the first appraisal/);
    expect(r.out).toContain("granted 3, total 970.00 yuan");
  });

  test("a claim id given twice with the same content is decided once and paid once", async () => {
    const lines = toNdjson(fixture()).split("\n");
    const claim = lines.find((l) => l.includes('"id":"JX-0001"'))!;
    const r = await cli(["evaluate", "-", "--input", "ndjson", "--json"], [...lines, claim].join("\n"));
    expect(r.code).toBe(0);
    expect(summaryOf(r.out)).toEqual(EXPECTED); // JX-0001 once: 50 yuan/day × 7 days = 350
    expect((JSON.parse(r.out) as { summary: { total: string } }).summary.total).toBe("1120.00");
  });

  test("a claim id given twice with different contents is one conflict, paying neither, and the exit code is 1", async () => {
    const lines = toNdjson(fixture()).split("\n");
    const claim = lines.find((l) => l.includes('"id":"JX-0001"'))!;
    const r = await cli(["evaluate", "-", "--input", "ndjson", "--json"], [...lines, claim.replace("2020-03-20", "2020-03-21")].join("\n"));
    expect(r.code).toBe(1);
    expect(summaryOf(r.out)["JX-0001"]).toBe("denied:0.00:claim_conflict");
    expect((JSON.parse(r.out) as { summary: { total: string; conflicts: number } }).summary).toMatchObject({ total: "770.00", conflicts: 1 }); // 1120 − 350
  });

  test("--ledger takes prior grants: a claim already paid is a duplicate, and a paid appraisal blocks a second", async () => {
    const ledger = [
      { id: "G-1", claimId: "JX-0001", traineeId: "P-001", measure: "livingAllowance", provision: "jx2019.living-allowance", payee: { kind: "trainee", id: "P-001" }, amount: "350.00", basisDate: "2020-03-08" },
      { id: "G-2", claimId: "OLD-7", traineeId: "P-003", measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", payee: { kind: "trainee", id: "P-003" }, amount: "120.00", basisDate: "2020-05-01", occupationCode: "6-29-01-01", level: "intermediate" },
    ];
    const expected = { ...EXPECTED, "JX-0001": "denied:0.00:duplicate_claim", "JX-0005": "denied:0.00:appraisal_already_granted" };
    for (const [name, text] of [
      ["ledger.json", JSON.stringify(ledger)],
      ["ledger.ndjson", ledger.map((g) => JSON.stringify(g)).join("\n")],
    ] as const) {
      const r = await cli(["evaluate", FIXTURE, "--json", "--ledger", tempFile(name, text)]);
      expect(r.code).toBe(0);
      expect(summaryOf(r.out)).toEqual(expected);
      // 500 + 150 = 650 yuan: JX-0001 (350) was paid before, JX-0005 (120) is a second 中级工 电工 appraisal
      expect((JSON.parse(r.out) as { summary: { total: string } }).summary.total).toBe("650.00");
    }
  });

  test("--catalogue applies a subsidy-catalogue edition: a training-subsidy claim is paid its standard, and the trace names the catalogue layer", async () => {
    // An illustrative edition (not an official catalogue): 电工 中级工 at 1500.00 yuan.
    const edition = {
      id: "EX-JX-2020",
      title: "示例目录（示意）",
      publishedBy: "示例（非官方）",
      effectiveFrom: "2020-01-01",
      illustrative: true,
      entries: [{ occupation: { code: "6-29-01-01", name: "电工" }, level: "intermediate", standard: "1500.00", certificateKinds: ["skillLevelCertificate"] }],
    };
    const doc = fixture();
    doc["claims"] = [{ id: "TS-1", measure: "trainingSubsidy", traineeId: "P-003", claimant: { kind: "trainee", id: "P-003" }, certificateId: "K-201", submittedOn: "2020-07-20" }];
    const input = tempFile("claims.json", JSON.stringify(doc));
    const without = await cli(["evaluate", input, "--json"]);
    // no catalogue: the local standard is missing, never a zero (gbf2019.local-standards)
    expect(without.out).toContain('"code":"no_local_standard"');
    const r = await cli(["evaluate", input, "--json", "--catalogue", tempFile("cat.json", JSON.stringify(edition))]);
    expect(r.code).toBe(0);
    const d = (JSON.parse(r.out) as { decisions: { outcome: string; amount: string; lines: { layer: string }[] }[] }).decisions[0];
    // P-003 (employment-difficulty, resident of 桐乡 with a permit): the edition's 1500.00 yuan for 电工 中级工, first of the year
    expect(d).toMatchObject({ outcome: "granted", amount: "1500.00", lines: [{ layer: "zhejiang.jiaxing.catalogue" }] });
  });

  test("a --catalogue that is not a catalogue, not JSON, missing, or for a policy without one exits 2 with the field", async () => {
    const bad = await cli(["evaluate", FIXTURE, "--catalogue", tempFile("cat.json", JSON.stringify({ entries: [{ occupation: "6-29-01-01" }] }))]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("not a subsidy catalogue");
    expect((await cli(["evaluate", FIXTURE, "--catalogue", tempFile("cat.json", "{oops")])).code).toBe(2);
    expect((await cli(["evaluate", FIXTURE, "--catalogue", "no-such-catalogue.json"])).code).toBe(2);
    expect((await cli(["evaluate", FIXTURE, "--catalogue", tempFile("cat.json", "[]")])).code).toBe(2);
  });


  test("usage errors and unreadable input exit 2 with a message", async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(["evaluate"])).err).toContain("needs a file");
    expect(await cli(["evaluate", "no-such-file.json"])).toMatchObject({ code: 2 });
    expect(await cli(["evaluate", "-"], "{not json")).toMatchObject({ code: 2 });
    expect((await cli(["evaluate", FIXTURE, "--policy", "atlantis"])).err).toContain('--policy must be national, jiaxing-2019, jieyang-2018 or national-frameworks, not "atlantis"');
    expect((await cli(["evaluate", FIXTURE, "--policy", "__proto__"])).err).toContain('not "__proto__"');
    expect((await cli(["evaluate", FIXTURE, "--policy", "toString"])).err).toContain('not "toString"');
    expect((await cli(["evaluate", FIXTURE, "--on", "2023-02-29"])).err).toContain('--on must be a date YYYY-MM-DD, not "2023-02-29"');
    expect((await cli(["evaluate", FIXTURE, "--bogus"])).code).toBe(2);
    expect((await cli(["evaluate", FIXTURE, "--format", "xml"])).code).toBe(2);
    expect((await cli(["frobnicate"])).err).toContain("unknown command");
    expect(await cli(["evaluate", "-"], "[]")).toMatchObject({ code: 2 });
    expect((await cli(["evaluate", "-", "--input", "csv"], "type,colour\nclaim,red\n")).err).toContain("unknown column");
  });

  test("--help for the program and each command, and --version", async () => {
    expect(await cli(["--help"])).toMatchObject({ code: 0 });
    expect((await cli(["--help"])).out).toContain("Exit codes");
    for (const command of ["evaluate", "explain", "schema"]) {
      const r = await cli([command, "--help"]);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`Usage: skills-subsidy ${command}`);
      expect(r.out).toContain("Exit codes");
    }
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect((await cli(["--version"])).out).toBe(`${pkg.version}\n`);
  });

  test("`help` and `help <command>` print the help and exit 0, as --help does (issue #18)", async () => {
    expect(await cli(["help"])).toMatchObject({ code: 0, out: (await cli(["--help"])).out });
    const explain = await cli(["help", "explain"]);
    expect(explain.code).toBe(0);
    expect(explain.out).toContain("Usage: skills-subsidy explain");
    expect(await cli(["help", "nope"])).toMatchObject({ code: 2 });
  });

  test("a misspelt command or option is one line with a suggestion and where the help is, not the whole help (issue #18)", async () => {
    const command = await cli(["evalute", FIXTURE]);
    expect(command.code).toBe(2);
    expect(command.err).toBe('skills-subsidy: 未知命令 "evalute"——是否应为 "evaluate"？ / unknown command "evalute" — did you mean "evaluate"?（详见 skills-subsidy --help）\n');
    const option = await cli(["evaluate", FIXTURE, "--formt", "json"]);
    expect(option.code).toBe(2);
    expect(option.err).toBe("skills-subsidy: 未知选项 --formt——是否应为 --format？ / unknown option --formt — did you mean --format?（详见 skills-subsidy evaluate --help）\n");
    expect((await cli(["evaluate", FIXTURE, "--no-trac"])).err).toContain("did you mean --no-trace?");
    // nothing near enough: no guess, still one line
    const far = await cli(["evaluate", FIXTURE, "--zzzzzzzz"]);
    expect(far.err).toBe("skills-subsidy: 未知选项 --zzzzzzzz / unknown option --zzzzzzzz（详见 skills-subsidy evaluate --help）\n");
  });
});

describe("skills-subsidy explain", () => {
  test("prints the reasons and the trace, naming layers and parameters, in Chinese", async () => {
    const r = await cli(["explain", FIXTURE, "JX-0001"]);
    expect(r.code).toBe(0);
    // 50 yuan/day × 7 attended days = 350 (jx2019.living-allowance)
    expect(r.out).toContain("生活费补贴: 50.00 × 7 day = 350.00  [jx2019.living-allowance 四(三)四 · zhejiang.jiaxing.jx2019]");
    expect(r.out).toContain("livingAllowance.dailyRate @ 2020-03-02 = \"50.00\"");
    expect(r.out).toContain("属于生活费补贴对象");
  });

  test("explains a claim read from NDJSON and from CSV the same way as from JSON", async () => {
    const reference = (await cli(["explain", FIXTURE, "JX-0009", "--lang", "en"])).out;
    expect(reference).toContain("appraisal_already_granted");
    expect((await cli(["explain", tempFile("c.ndjson", toNdjson(fixture())), "JX-0009", "--lang", "en"])).out).toBe(reference);
    expect((await cli(["explain", tempFile("c.csv", toCsv(fixture())), "JX-0009", "--lang", "en"])).out).toBe(reference);
  });

  test("an unknown claim id exits 2, and an invalid claim's issues are printed", async () => {
    expect((await cli(["explain", FIXTURE, "nope"])).code).toBe(2);
    const doc = fixture();
    doc["claims"]![0] = { ...doc["claims"]![0], courseId: "C-999" };
    const r = await cli(["explain", "-", "JX-0001", "--lang", "en"], JSON.stringify(doc));
    expect(r.code).toBe(2);
    expect(r.err).toContain("claims[0] (JX-0001) courseId: unknown_reference — no record with id C-999");
  });
});

describe("skills-subsidy schema", () => {
  test("writes a JSON Schema for every record, the claims document and the NDJSON line", async () => {
    const dir = tempDir("ss-schema-");
    const r = await cli(["schema", "--out", dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(
      ["apprenticeship", "certificate", "claim", "claims-document", "course", "enterprise", "grant", "ndjson-line", "trainee"].map((n) => `${n}.json`),
    );
    const line = JSON.parse(readFileSync(join(dir, "ndjson-line.json"), "utf8")) as { oneOf: { properties: { type: { const: string } }; required: string[] }[] };
    expect(line.oneOf.map((s) => s.properties.type.const).sort()).toEqual(["apprenticeship", "certificate", "claim", "course", "enterprise", "grant", "trainee"]);
    expect(line.oneOf.every((s) => s.required.includes("type"))).toBe(true);
    const doc = JSON.parse(readFileSync(join(dir, "claims-document.json"), "utf8")) as { required: string[]; properties: Record<string, { items: { $ref: string } }> };
    expect(doc.required).toEqual(["claims"]);
    expect(doc.properties["claims"]?.items.$ref).toBe("claim.json");
  });

  test("without --out prints every schema as one JSON object", async () => {
    const r = await cli(["schema"]);
    expect(Object.keys(JSON.parse(r.out) as object)).toHaveLength(9);
  });
});

describe("the built command", () => {
  const bin = "dist/cli.js";
  test.runIf(existsSync(bin))("prints byte-identical output under every time zone, in every output format and from every input format", () => {
    const ndjson = tempFile("claims.ndjson", toNdjson(fixture()));
    const csv = tempFile("claims.csv", toCsv(fixture()));
    const runs = [...["table", "json", "ndjson", "csv"].map((format) => [FIXTURE, format]), [ndjson, "ndjson"], [csv, "ndjson"]] as const;
    for (const [input, format] of runs) {
      {
        const outputs = ["UTC", "Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati"].map((tz) =>
          execFileSync(process.execPath, [bin, "evaluate", input, "--format", format], { env: { ...process.env, TZ: tz }, encoding: "utf8" }),
        );
        expect(new Set(outputs).size, `${input} ${format}`).toBe(1);
        expect(outputs[0]).toMatch(/JX-0001.*350\.00/); // 50 yuan/day × 7 days
      }
    }
  }, 300_000);

  test.runIf(existsSync(bin))("exits with the documented codes", () => {
    expect(spawnSync(process.execPath, [bin, "evaluate", FIXTURE]).status).toBe(0);
    const doc = fixture();
    doc["claims"]!.push({ id: "BAD" });
    expect(spawnSync(process.execPath, [bin, "evaluate", "-"], { input: JSON.stringify(doc) }).status).toBe(1);
    expect(spawnSync(process.execPath, [bin, "evaluate", "missing.json"]).status).toBe(2);
  }, 60_000);

  test("is built before the tests run (npm test builds first)", () => {
    expect(existsSync(bin)).toBe(true);
  });
});

describe("the README", () => {
  const readme = readFileSync("README.md", "utf8");

  test("states exactly the two set-up commands", () => {
    const block = /## Set up a fresh clone\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(block.split("\n").filter((l) => l.trim() !== "").map((l) => l.replace(/\s+#.*$/, ""))).toEqual(["npm install && npm start", "npm install && npm test"]);
  });

  test("shows the real output of npm start and of explain (refresh with node scripts/update-readme.mjs)", async () => {
    // npm start: the showcase batch (the fixture claims and the worked example) with the illustrative catalogue
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } };
    expect(pkg.scripts.start).toBe("node dist/cli.js evaluate fixtures/jiaxing/showcase.json --catalogue fixtures/jiaxing/catalogue-2020.json");
    const start = await cli(["evaluate", "fixtures/jiaxing/showcase.json", "--catalogue", "fixtures/jiaxing/catalogue-2020.json"]);
    expect(start.code).toBe(0);
    // 1120.00 (fixture claims: 350 + 500 + 120 + 150) + 3380.00 (worked example: 1300 + 400 + 120 + 1560) = 4500.00
    expect(start.out).toContain("给予 8 项，共 4500.00 元");
    expect(readme).toContain(start.out.trimEnd());
    expect(readme).toContain((await cli(["explain", FIXTURE, "JX-0001"])).out.trimEnd());
  });
});

describe("the commands of the other issues are dispatched", () => {
  test("diff, verify and report answer --help and are listed in the usage", async () => {
    const usage = (await cli(["--help"])).out;
    for (const name of ["evaluate", "explain", "schema", "diff", "verify", "report"]) expect(usage).toContain(`  ${name}`);
    expect((await cli(["verify", "--help"])).out).toContain("skills-subsidy verify");
    expect((await cli(["diff", "--help"])).out).toContain("skills-subsidy diff");
    expect((await cli(["report", "--help"])).code).toBe(0);
  });

  test("verify runs the shipped scenarios through the dispatcher", async () => {
    const r = await cli(["verify", "fixtures/scenarios", "--allow-paths"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\d+ scenarios: \d+ passed, 0 failed\./);
  });
});
