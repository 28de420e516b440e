/**
 * Readings as data (issue #15): every law/readings/*.yaml follows law/readings/README.md, quotes
 * its passages verbatim, names provisions of the catalogue and tests that exist, and
 * docs/readings.md is generated from them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { generate, problems, readingFiles, validate } from "../scripts/readings.mjs";
import { lawPath } from "./support/law.js";

const example = (): Record<string, unknown> => {
  const readme = readFileSync(lawPath("readings", "README.md"), "utf8");
  const yaml = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  return parse(yaml) as Record<string, unknown>;
};

describe("law/readings/", () => {
  test("every reading file is valid: the README's fields, name = file name, provisions in the catalogue, passages verbatim, tests that exist", () => {
    expect(readingFiles().length).toBeGreaterThan(10);
    expect(validate()).toEqual([]);
  });

  test("docs/readings.md is generated from law/readings/ and current (regenerate with node scripts/readings.mjs)", () => {
    expect(readFileSync("docs/readings.md", "utf8")).toBe(generate());
  });

  test("the README's own example is a valid reading once its test exists (the validator accepts the documented format exactly)", () => {
    const data = example();
    const found = problems("jiaxing-ordinary-worker.yaml", data);
    // The example's passage is verbatim and its fields are the format; only its test may not exist yet.
    expect(found.filter((p) => !/test 1:/.test(p))).toEqual([]);
  });

  test("a broken reading is reported: a changed character in a passage, an unknown provision, a missing test, a name that is not the file's, an unknown field, money unexplained", () => {
    const data: Record<string, unknown> = { ...example(), tests: [{ file: "test/readings.test.ts", name: "every reading file is valid" }] };
    expect(problems("jiaxing-ordinary-worker.yaml", data)).toEqual([]);
    const passages = [{ source: "jx2019", text: "对具有当地户籍、当地常住并办有居住证、在当地就业创业或在当地办理失业登记的城乡劳动者提供普惠平等的培训补贴" }];
    expect(problems("jiaxing-ordinary-worker.yaml", { ...data, passages }).join("\n")).toMatch(/passage 1 is not verbatim in law\/sources\/jx2019.txt/);
    expect(problems("jiaxing-ordinary-worker.yaml", { ...data, passages: [{ source: "gbf2019", text: (data["passages"] as { text: string }[])[0]!.text }] }).join("\n")).toMatch(/not verbatim in law\/sources\/gbf2019/);
    expect(problems("jiaxing-ordinary-worker.yaml", { ...data, provisions: ["jx2019.residence"] }).join("\n")).toMatch(/provision "jx2019.residence" is not in law\/provisions.json/);
    expect(problems("jiaxing-ordinary-worker.yaml", { ...data, tests: [{ file: "test/readings.test.ts", name: "no such test name" }] }).join("\n")).toMatch(/no test in test\/readings.test.ts has a name containing/);
    expect(problems("jiaxing-ordinary-worker.yaml", { ...data, tests: [{ file: "test/nowhere.test.ts", name: "x" }] }).join("\n")).toMatch(/does not exist/);
    expect(problems("reading-7.yaml", { ...data, name: "reading-7" }).join("\n")).toMatch(/is a number, not a name/);
    expect(problems("other.yaml", data).join("\n")).toMatch(/is not the file name "other"/);
    expect(problems("jiaxing-ordinary-worker.yaml", { ...data, number: 7 }).join("\n")).toMatch(/unknown field "number"/);
    const { money: _money, ...noMoney } = data;
    expect(problems("jiaxing-ordinary-worker.yaml", noMoney).join("\n")).toMatch(/movesMoney is true but money does not say how/);
  });
});
