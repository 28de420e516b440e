/**
 * The law inside the project (issue #15): the source texts are recorded (law/sources.json) and
 * cannot change unnoticed, the package's `documents` table is generated from that record, and
 * every Chinese passage put in 「」 anywhere in the project is the text, verbatim; every provision
 * of the catalogue carries its passage of the text (issue #19).
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { documents } from "../src/index.js";
import { generate, readSources, sourceSha256, sourceText } from "../scripts/sources.mjs";
import { coveredFiles, offenders, quotationsIn, sourcesContaining, unmarkedPassages } from "../scripts/quotations.mjs";
import { generateTexts, locatePassage, passageProblems, readCatalogue } from "../scripts/law.mjs";
import { lawPath } from "./support/law.js";

describe("law/sources.json: the record of the source texts", () => {
  const docs = readSources();

  test("it records every file of law/sources/ and nothing else", () => {
    const files = docs.map((d) => d.file).sort();
    expect(files).toEqual(["gbf2019", "gf2018", "jf2018", "jx2019", "op2025", "plan2021", "yf2018"].map((k) => `law/sources/${k}.txt`));
    for (const d of docs) expect(d.file).toBe(`law/sources/${d.key}.txt`);
  });

  test("each source file's SHA-256 is the one recorded, so an accidental edit of the law fails here", () => {
    for (const d of docs) expect(sourceSha256(d.key), `${d.file}: edited? restore it, or record the new hash with the reason`).toBe(d.sha256);
  });

  test("each source's line count matches its recorded seed line range", () => {
    for (const d of docs) {
      const text = sourceText(d.key);
      const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
      expect(lines, d.key).toBe(d.lines);
      expect(d.seed.lines[1] - d.seed.lines[0] + 1, d.key).toBe(lines);
    }
    // The 2018 chain was one seed file: jf2018, yf2018, gf2018 follow each other in it.
    const chain = ["jf2018", "yf2018", "gf2018"].map((k) => docs.find((d) => d.key === k)!);
    expect(chain.map((d) => d.seed.file)).toEqual(Array(3).fill(chain[0]!.seed.file));
    expect(chain[0]!.seed.lines[0]).toBe(1);
    expect(chain[1]!.seed.lines[0]).toBe(chain[0]!.seed.lines[1] + 1);
    expect(chain[2]!.seed.lines[0]).toBe(chain[1]!.seed.lines[1] + 1);
  });

  test("the metadata is what the texts print: each 文号 and each day of issue appears in its text; what is not printed is null and listed as unknown", () => {
    for (const d of docs) {
      const text = sourceText(d.key).replace(/\s+/g, "");
      if (d.number !== null) expect(text, `${d.key}: 文号`).toContain(d.number);
      else expect(d.unknown.join(" "), `${d.key}: a missing 文号 is listed as unknown`).toMatch(/文号/);
      if (d.issuedOn !== null) {
        const [y, m, day] = d.issuedOn.split("-").map(Number);
        expect(text, `${d.key}: day of issue`).toContain(`${y}年${m}月${day}日`);
      } else expect(d.unknown.join(" "), `${d.key}: a missing day of issue is listed as unknown`).toMatch(/day of issue/);
      if (d.titlePrinted) expect(text, `${d.key}: title`).toContain(d.title.replace(/\s+/g, ""));
      else expect(d.unknown.join(" "), `${d.key}: an unprinted title is listed as unknown`).toMatch(/title/);
    }
  });

  test("src/catalogue/documents.ts is generated from law/sources.json and current (regenerate with node scripts/sources.mjs)", () => {
    expect(readFileSync("src/catalogue/documents.ts", "utf8")).toBe(generate());
    for (const d of docs) {
      const row = documents[d.key as keyof typeof documents];
      expect({ title: row.title, number: row.number, issuer: row.issuer, issuedOn: row.issuedOn }).toEqual({ title: d.title, number: d.number, issuer: d.issuer, issuedOn: d.issuedOn });
    }
  });
});

describe("verbatim quotations: Chinese in 「」 is the text of a source (scripts/quotations.mjs)", () => {
  test("every corner-bracketed quotation in src, test, scripts, docs, fixtures, law/ and README.md is in a source (modulo white space, page furniture and …… omissions)", () => {
    const files = coveredFiles();
    expect(files).toContain("README.md");
    expect(files.some((f) => f.startsWith("src/locales/"))).toBe(true);
    expect(files.some((f) => f.startsWith("docs/"))).toBe(true);
    expect(offenders(files)).toEqual([]);
  });

  test("changing one character of a real quotation is reported with its file, line and words", () => {
    const file = "src/jurisdictions/jiaxing/jx2019.ts";
    const text = readFileSync(file, "utf8");
    const [first] = quotationsIn(text);
    expect(first, `${file} quotes the text`).toBeDefined();
    const { raw, line } = first!;
    expect(sourcesContaining(raw)).not.toEqual([]);
    const i = [...raw].findIndex((c) => /\p{Script=Han}/u.test(c));
    const chars = [...raw];
    chars[i] = chars[i] === "的" ? "之" : "的";
    const broken = chars.join("");
    const mutated = text.replace(`\u300c${raw}\u300d`, `\u300c${broken}\u300d`);
    expect(offenders([file], () => mutated)).toEqual([`${file}:${line}: \u300c${broken}\u300d`]);
  });

  test("the normalisation: line breaks and comment markers vanish, an ellipsis needs its parts in order, punctuation counts", () => {
    expect(sourcesContaining("每人每年可享受不超过 3\n * 次")).not.toEqual([]);
    expect(sourcesContaining("职业技能鉴定补贴从2020年1月1日起执行")).toEqual(["jx2019"]);
    expect(sourcesContaining("对贫困家庭子女……开展免费职业技能培训行动")).toEqual(["gbf2019"]);
    expect(sourcesContaining("开展免费职业技能培训行动……对贫困家庭子女")).toEqual([]);
    expect(sourcesContaining("职业技能鉴定补贴从2020年1月1日起执行。")).toEqual([]);
    expect(sourcesContaining("按月领取养老金的不纳入")).toEqual([]);
  });

  test("no comment in src/ or fixtures/ presents Chinese that reads like the text without 「」 or a (paraphrase) mark", () => {
    expect(unmarkedPassages()).toEqual([]);
  });

  test("a passage beside a citation with its 「」 removed is reported; marked (paraphrase) it is not", () => {
    const file = "src/jurisdictions/jiaxing/jx2019.ts";
    const before = "    // 超过法定退休年龄但未按月领取养老金、有培训需求的人员可纳入；按月领取养老金的不纳入";
    expect(unmarkedPassages([file], () => `const x = 1;\n${before}\n`)).toEqual([`${file}:2: 超过法定退休年龄但未按月领取养老金、有培训需求的人员可纳入；按月领取养老金的不纳入`]);
    expect(unmarkedPassages([file], () => `// (paraphrase):\n${before}\n`)).toEqual([]);
    expect(unmarkedPassages([file], () => `// 「对超过退休年龄，不具有按月领取养老金资格，但确有培训需求的人员……可纳入培训补贴政策范围」\n`)).toEqual([]);
  });

  test("law/sources.json's notes quote their texts verbatim too", () => {
    expect(coveredFiles()).toContain(lawPath("sources.json").replace(/^(\.\.\/)*/, ""));
  });
});

describe("law/provisions.json: every provision carries its passage of the text (issue #19)", () => {
  const rows = readCatalogue();

  test("every provision has a passage, and every passage is in its own document's source, character for character (white space and page furniture removed)", () => {
    expect(rows.length).toBeGreaterThan(70);
    expect(rows.filter((r) => typeof r.passage !== "string" || r.passage === "").map((r) => r.id)).toEqual([]);
    expect(passageProblems(rows)).toEqual([]);
  });

  test("a provision without a passage, a changed character, a passage of another document and a stored line break are each reported", () => {
    const row = rows.find((r) => r.id === "jx2019.living-allowance")!;
    const { passage: _dropped, ...without } = row;
    expect(passageProblems([without])).toEqual(["jx2019.living-allowance: no passage"]);
    const changed = row.passage.replace("50元", "60元");
    expect(passageProblems([{ ...row, passage: changed }])).toEqual([`jx2019.living-allowance: passage is not in law/sources/jx2019.txt: ${changed}`]);
    // the words of gbf2019 §(十一) are not Jiaxing's
    expect(passageProblems([{ ...row, passage: "对高校毕业生和企业职工按规定给予职业培训补贴。" }])).toHaveLength(1);
    expect(passageProblems([{ ...row, otherPassages: ["在培训期间通过\n就业补助资金"] }])).toEqual(["jx2019.living-allowance: otherPassages[0] holds white space (a passage is stored without it)"]);
  });

  test("a passage is copied by program from the source: it may run over the extraction's line breaks and page furniture (jx2019 三(一)二 runs over page 3)", () => {
    expect(locatePassage("jx2019", "学生学徒补贴金额", "补助不超过1年。")).toBe(rows.find((r) => r.id === "jx2019.student-apprentice")!.passage);
    expect(locatePassage("gbf2019", "原则上每人每年可享受不超过 3 次")).toBe("原则上每人每年可享受不超过3次");
    expect(() => locatePassage("gbf2019", "职业培训补贴")).toThrow(/more than once/);
  });

  test("the passages say what the catalogue's ids say: the amounts and limits the rules compute are in their passages", () => {
    const passage = (id: string) => rows.find((r) => r.id === id)!.passage;
    expect(passage("jx2019.living-allowance")).toContain("按每人每天50元标准给予生活费补贴");
    expect(passage("gbf2019.apprenticeship-floor")).toContain("4000元以上");
    expect(passage("gbf2019.work-for-training")).toContain("最长不超过6个月");
    expect(passage("jx2019.package-grant")).toContain("不超过5万元");
    expect(passage("jx2019.appraisal-subsidy")).toContain("以证书发放日期为准");
    expect(passage("jx2019.trade-friction-uplift")).toContain("上浮30%");
  });

  test("src/law/provisionTexts.ts is generated from law/provisions.json and current (regenerate with node scripts/law.mjs)", () => {
    expect(readFileSync("src/law/provisionTexts.ts", "utf8")).toBe(generateTexts());
  });
});
