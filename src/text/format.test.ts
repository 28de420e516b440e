/** The shared formatting module: display width, truncation, wrapping, fitted tables, Markdown and CSV escaping. */
import { describe, expect, test } from "vitest";
import { csvOutputCell, displayWidth, fitColumns, markdownCode, markdownTable, markdownText, textTable, truncate, wrap } from "./format.js";

describe("display width", () => {
  test("ASCII one column, CJK and full-width punctuation two, combining marks none", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("生活费补贴")).toBe(10);
    expect(displayWidth("（元）")).toBe(6);
    expect(displayWidth("e\u0301")).toBe(1);
    expect(displayWidth("—")).toBe(1);
  });
  test("truncate cuts to the width with …, never splitting a wide character", () => {
    expect(truncate("生活费补贴", 7)).toBe("生活费…");
    expect(truncate("生活费补贴", 10)).toBe("生活费补贴");
    expect(truncate("生活费补贴", 6)).toBe("生活…");
    expect(displayWidth(truncate("生活费补贴", 6))).toBe(5);
  });
  test("wrap breaks Latin at spaces and ids after . or -, CJK anywhere; no line wider than asked", () => {
    expect(wrap("the rate changes during the course", 12)).toEqual(["the rate", "changes", "during the", "course"]);
    expect(wrap("gbf2019.advance-payment", 12)).toEqual(["gbf2019.", "advance-", "payment"]);
    expect(wrap("2019-12-13", 6)).toEqual(["2019-1", "2-13"]);
    const zh = wrap("不属于生活费补贴对象（贫困劳动力、就业困难人员）", 11);
    for (const l of zh) expect(displayWidth(l)).toBeLessThanOrEqual(11);
    expect(zh.join("")).toBe("不属于生活费补贴对象（贫困劳动力、就业困难人员）");
  });
});

describe("tables", () => {
  test("a table that fits keeps its natural widths; amounts right-aligned", () => {
    expect(textTable([{ header: "claim" }, { header: "amount", align: "right" }], [["A-1", "350.00"]]).split("\n")).toEqual(["claim  amount", "-----  ------", "A-1    350.00"]);
  });
  test("too wide: the shrinkable columns give way (widest first, not below their minimum), the others keep theirs", () => {
    expect(fitColumns([{ header: "id" }, { header: "reason", shrink: "wrap" }], [4, 60], 40)).toEqual([4, 34]);
    expect(fitColumns([{ header: "id" }, { header: "reason", shrink: "wrap", min: 20 }], [4, 60], 10)).toEqual([4, 20]);
    const t = textTable([{ header: "id" }, { header: "reason", shrink: "wrap" }], [["JX-1", "不属于生活费补贴对象（贫困劳动力、就业困难人员、零就业家庭成员）"]], 30);
    for (const l of t.split("\n")) expect(displayWidth(l)).toBeLessThanOrEqual(30);
    expect(t.split("\n").slice(2)[1]?.startsWith("      ")).toBe(true); // continuation lines under the reason column
  });
});

describe("Markdown and CSV", () => {
  test("Markdown text escapes HTML (Markdown passes raw HTML through) and table pipes", () => {
    expect(markdownText('<script>alert("x")</script> | a & b')).toBe('&lt;script&gt;alert("x")&lt;/script&gt; \\| a &amp; b');
    expect(markdownCode("a`b|c")).toBe("`a'b\\|c`");
    expect(markdownTable(["a", "b"], [["1", "x\ny"]])).toBe("| a | b |\n|---|---|\n| 1 | x y |");
  });
  test("Markdown text escapes Markdown's inline syntax, so a link, emphasis, code, strike-through or math in a ledger's text is shown as the text it is", () => {
    expect(markdownText("[请点此核对](http://example.invalid/phish) *加急*")).toBe("\\[请点此核对\\](http\\://example.invalid/phish) \\*加急\\*");
    expect(markdownText("![img](x) _a_ __b__ `c` ~~d~~ $e$ \\")).toBe("!\\[img\\](x) \\_a\\_ \\_\\_b\\_\\_ \\`c\\` \\~\\~d\\~\\~ \\$e\\$ \\\\");
    // GitHub's autolinks: a URL, a www. address and an e-mail address are disarmed too
    expect(markdownText("见 https://x.invalid、www.x.invalid、a@x.invalid")).toBe("见 https\\://x.invalid、www\\.x.invalid、a\\@x.invalid");
    // the text's own words, Chinese punctuation and dates are left as they are
    expect(markdownText("嘉兴市 2020 年示例台账（虚构数据） / Jiaxing 2020-07-01: 四(三)四")).toBe("嘉兴市 2020 年示例台账（虚构数据） / Jiaxing 2020-07-01: 四(三)四");
  });
  test("CSV cells a spreadsheet would run as formulas are neutralised; numbers are not", () => {
    expect(["=1+1", "+1", "-x", "@SUM(A1)", "\tx", "\r=1", "-20.00"].map(csvOutputCell)).toEqual(["'=1+1", "'+1", "'-x", "'@SUM(A1)", "'\tx", `"'\r=1"`, "-20.00"]);
  });
});
