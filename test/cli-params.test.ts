/** `skills-subsidy params`: the parameter browser, and a reform of any parameter shown by `diff`. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { jiaxingPolicy, nationalFrameworksPolicy } from "../src/index.js";
import { cli } from "./cli-helpers.js";

describe("skills-subsidy params", () => {
  test("--policy jiaxing-2019 --on 2020-06-01 prints every parameter with its value and citation", async () => {
    const r = await cli(["params", "--policy", "jiaxing-2019", "--on", "2020-06-01", "--lang", "en", "--wide"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const ids = jiaxingPolicy().parameters.map((p) => p.id);
    expect(ids.length).toBeGreaterThanOrEqual(32);
    for (const id of ids) expect(r.out).toMatch(new RegExp(`^${id.replace(/\./g, "\\.")} `, "m"));
    expect(r.out).toMatch(/^livingAllowance\.dailyRate +living allowance.* yuan\/day +50\.00 +2019-12-13 +zhejiang\.jiaxing\.jx2019 +jx2019\.living-allowance 四\(三\)四 +livingAllowance$/m);
    expect(r.out).toMatch(/^trainingSubsidy\.annualCap .* 3 +2019-05-18 +national\.gbf2019 +gbf2019\.annual-cap §\(十二\) +trainingSubsidy, trainingSubsidy\.annualCap$/m); // the training subsidy runs the cap rule (ctx.use)
    // a slot the texts leave to a lower level says so
    expect(r.out).toMatch(/^workForTraining\.monthlyRate .*\(none: left to a lower level\)/m);
  });

  test("without --on, each dated value: the end of the three-year action shows as the value's until", async () => {
    const r = await cli(["params", "--policy", "jiaxing-2019", "--wide"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^livingAllowance\.dailyRate .* 2019-12-13 +2022-01-01 +50\.00 +zhejiang\.jiaxing\.jx2019 +jx2019\.living-allowance 四\(三\)四/m);
  });

  test("--format json: every parameter with its values, citations, passages and readers", async () => {
    const r = await cli(["params", "--policy", "national-frameworks", "--on", "2025-07-01", "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { policy: string; on: string; parameters: { id: string; inForce: { value?: unknown }; values: { passage: string | null }[]; reformable: boolean }[] };
    expect([doc.policy, doc.on, doc.parameters.length]).toEqual(["national-frameworks", "2025-07-01", nationalFrameworksPolicy().parameters.length]);
    expect(doc.parameters.every((p) => p.reformable)).toBe(true);
    const ladder = doc.parameters.find((p) => p.id === "levels.skillLadder");
    expect(ladder?.inForce.value).toEqual(["apprentice", "junior", "intermediate", "senior", "technician", "seniorTechnician", "principalTechnician", "chiefTechnician"]);
    expect(ladder?.values.map((v) => v.passage)).toEqual(["初级工、中级工、高级工、技师、高级技师培训……鼓励企业设立首席技师、特级技师等", "鼓励企业设立首席技师、特级技师等", "大力推行“新八级工”职业技能等级制度"]);
  });

  test("--format md: a section per parameter, each value with its passage in 「」", async () => {
    const r = await cli(["params", "--policy", "national", "--format", "md", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("### `trainingSubsidy.annualCap`");
    expect(r.out).toContain("| 2019-05-18 | — | `3` | `national.gbf2019` | gbf2019.annual-cap §(十二) | 「原则上每人每年可享受不超过3次」 |");
  });

  test("--catalogue shows the catalogue edition as the value of trainingSubsidy.catalogue", async () => {
    const r = await cli(["params", "--on", "2020-06-01", "--catalogue", "fixtures/jiaxing/catalogue-2020.json", "--lang", "en", "--wide"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^trainingSubsidy\.catalogue .* 2020-01-01 +zhejiang\.jiaxing\.catalogue +jx2019\.catalogue 五\(十\)一/m);
  });

  test("usage errors exit 2: a format it does not know, --all with --policy, an unknown policy", async () => {
    expect((await cli(["params", "--format", "xml"])).code).toBe(2);
    expect((await cli(["params", "--all", "--policy", "national"])).code).toBe(2);
    const unknown = await cli(["params", "--policy", "hangzhou"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--policy must be national, jiaxing-2019, jieyang-2018 or national-frameworks, not "hangzhou"');
  });
});

describe("diff shows the effect of a reform of a parameter no reform could patch before", () => {
  test("the package grant cap 50000 → 40000 pays 40000 for a 45000-yuan package", async () => {
    const dir = mkdtempSync(join(tmpdir(), "skills-subsidy-"));
    const claims = join(dir, "claims.json");
    writeFileSync(
      claims,
      JSON.stringify({
        trainees: [{ id: "P-1", birthDate: "1990-01-01", statuses: ["unemployed"], hukouRegion: "zhejiang.jiaxing.haining" }],
        claims: [{ id: "J-1", measure: "trainingPackageGrant", traineeId: "P-1", claimant: { kind: "organizer", id: "ORG-1" }, submittedOn: "2020-09-01", amountClaimed: "45000.00", trainingPackage: { id: "PK-1", developerKind: "vocationalCollege", commissioned: true } }],
      }),
    );
    const patch = join(dir, "cap.json");
    writeFileSync(patch, JSON.stringify({ id: "cap-40000", label: { zh: "培训包补助上限 4 万元", en: "package grant cap 40000" }, changes: [{ parameter: "trainingPackage.grantCap", from: "2020-01-01", value: "40000.00" }] }));
    const { code, out } = await cli(["diff", "--reform", patch, claims, "--lang", "en"]);
    expect(code).toBe(0);
    expect(out).toContain("total: 1 claims, 1 changed; base 45000.00 yuan, reformed 40000.00 yuan, change -5000.00 yuan.");
    expect(readFileSync(patch, "utf8")).toContain("trainingPackage.grantCap");
  });
});
