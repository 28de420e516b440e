import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { evaluateBatch, parseClaimsDocument, POLICIES } from "../index.js";
import { PROVISION_TEXTS } from "../law/provisionTexts.js";
import { explainText, plainSummary, provisionText } from "./explain.js";

const parsed = parseClaimsDocument(JSON.parse(readFileSync("fixtures/jiaxing/claims.json", "utf8")));
if (!parsed.ok) throw new Error("unreadable fixture");
const decisions = evaluateBatch(POLICIES["jiaxing-2019"]!(), parsed.value.document).decisions;

describe("explain: each reason with the passage of the text its provision stands for (issue #19)", () => {
  test("every reason's provision is quoted once, verbatim in 「」, right under the first reason that cites it", () => {
    for (const d of decisions) {
      const lines = explainText(d, "zh").split("\n");
      const seen = new Set<string>();
      for (const r of d.reasons) {
        const at = lines.findIndex((l) => l.includes(`[${r.code} · ${r.citation.provision} ${r.citation.clause}]`));
        expect(at, `${d.claimId} ${r.code}`).toBeGreaterThanOrEqual(0);
        const next = lines[at + 1];
        if (seen.has(r.citation.provision)) expect(next).toBe("    （条文同上）");
        else expect(next).toBe(`    \u300c${PROVISION_TEXTS[r.citation.provision].passage}\u300d`);
        seen.add(r.citation.provision);
      }
    }
  });

  test("in English the passage is followed by the catalogue's summary, marked as paraphrase and without its Markdown", () => {
    const d = decisions.find((x) => x.reasons.some((r) => r.citation.provision === "jx2019.living-allowance"))!;
    const text = explainText(d, "en");
    expect(text).toContain(`    \u300c${PROVISION_TEXTS["jx2019.living-allowance"].passage}\u300d\n    paraphrase: ${plainSummary(PROVISION_TEXTS["jx2019.living-allowance"].summary)}\n`);
    expect(plainSummary("**50 yuan** per `day`")).toBe("50 yuan per day");
  });

  test("a decision read back from JSON that cites a provision the catalogue does not know is explained without a passage, not a crash", () => {
    const d = decisions[0]!;
    const foreign = { ...d, reasons: [{ ...d.reasons[0]!, citation: { provision: "elsewhere.rule", document: "elsewhere", clause: "1" } }] } as unknown as typeof d;
    expect(provisionText("elsewhere.rule")).toBeUndefined();
    expect(provisionText("toString")).toBeUndefined();
    const text = explainText(foreign, "zh");
    expect(text).toContain("elsewhere.rule 1]");
    expect(text).not.toContain("\u300c");
  });
});
