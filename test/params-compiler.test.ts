/** scripts/params.mjs: a parameter data file is checked against law/ before it is compiled. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { compileFile, generate } from "../scripts/params.mjs";

const dir = mkdtempSync(join(tmpdir(), "ss-params-"));
let n = 0;
function file(yaml: string): string {
  const path = join(dir, `t${n++}.params.yaml`);
  writeFileSync(path, yaml);
  return path;
}
const entry = (value: string, extra = "") => `layer: test.layer
lastVerifiedOn: 2026-11-25
parameters:
  trainingSubsidy.annualCap:
    provision: gbf2019.annual-cap
    clause: §(十二)
    values:
      - from: 2019-05-18
        value: 3
        passage: ${value}
${extra}`;

describe("compileFile", () => {
  test("a valid file compiles: the values, the entry's citation, and the passage with its white space tidied", () => {
    const compiled = compileFile(file(entry("原则上每人每年可享受 不超过3次"))) as { parameters: Record<string, { citation: unknown; values: unknown[] }> };
    expect(compiled.parameters["trainingSubsidy.annualCap"]).toEqual({
      id: "trainingSubsidy.annualCap",
      citation: { provision: "gbf2019.annual-cap", document: "gbf2019", clause: "§(十二)" },
      lastVerifiedOn: "2026-11-25",
      values: [{ from: "2019-05-18", value: 3, passage: "原则上每人每年可享受 不超过3次" }],
    });
  });

  test("a passage that is not the text, by one character, is refused, naming the file, entry and field", () => {
    expect(() => compileFile(file(entry("原则上每人每年可享受不超过4次")))).toThrow(/parameters\.trainingSubsidy\.annualCap\.values\.0\.passage: not verbatim in law\/sources\/gbf2019\.txt/);
  });

  test("an unknown provision, a wrong clause, a missing passage and dates out of order are each refused", () => {
    expect(() => compileFile(file(entry("x").replace("gbf2019.annual-cap", "gbf2019.annual-caps")))).toThrow(/provision "gbf2019.annual-caps" is not in law\/provisions.json/);
    expect(() => compileFile(file(entry("x").replace("§(十二)", "§(十一)")))).toThrow(/clause "§\(十一\)" of gbf2019.annual-cap should be "§\(十二\)"/);
    expect(() => compileFile(file(entry("").replace("        passage: \n", "")))).toThrow(/values\.0\.passage: the words of the text that set the value are required/);
    const earlier = entry("原则上每人每年可享受不超过3次", "      - from: 2019-05-01\n        value: 2\n        passage: 原则上每人每年可享受不超过3次\n");
    expect(() => compileFile(file(earlier))).toThrow(/values\.1\.from: 2019-05-01 is not after the previous value's dates/);
  });

  test("a passage may run over a page break: the source's page numbers (— 3 —) are not the text", () => {
    const yaml = `layer: test.layer
lastVerifiedOn: 2026-11-25
parameters:
  apprenticeship.studentTerms:
    provision: jx2019.student-apprentice
    clause: 三(一)二
    values:
      - from: 2019-12-13
        value: { cap: "3000.00", maxYears: 1 }
        passage: 每人每年不高于3000元，补助不超过1年
`;
    expect(() => compileFile(file(yaml))).not.toThrow();
    expect(() => compileFile(file(yaml.replace("补助不超过1年", "补助不超过2年")))).toThrow(/not verbatim/);
  });

  test("an ellipsis marks an omission: the parts must be in the source, in that order", () => {
    expect(() => compileFile(file(entry("原则上每人每年……不可重复享受")))).not.toThrow();
    expect(() => compileFile(file(entry("不可重复享受……原则上每人每年")))).toThrow(/not verbatim/);
  });

  test("until ends a value: the compiled values end with a null entry on that day", () => {
    const withUntil = entry("原则上每人每年可享受不超过3次").replace("        value: 3\n", "        until: 2022-01-01\n        value: 3\n");
    const compiled = compileFile(file(withUntil)) as { parameters: Record<string, { values: unknown[] }> };
    expect(compiled.parameters["trainingSubsidy.annualCap"]?.values).toEqual([
      { from: "2019-05-18", value: 3, passage: "原则上每人每年可享受不超过3次" },
      { from: "2022-01-01", value: null },
    ]);
  });

  test("the generated TypeScript is data only, typed as LayerParameterData, built by a pure call a bundler may drop, with each entry's values in its TSDoc", () => {
    const ts = generate(file(entry("原则上每人每年可享受不超过3次")));
    expect(ts).toContain("as const satisfies LayerParameterData)();");
    expect(ts).toMatch(/export const T\d+_PARAMS = \/\* @__PURE__ \*\/ \(\(\) =>/);
    expect(ts).toContain("- from 2019-05-18: 3 「原则上每人每年可享受不超过3次」");
    expect(ts).not.toMatch(/from "yaml"|node:/);
  });
});
