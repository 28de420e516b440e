/** `skills-subsidy explain`: one claim's decision, its reasons and trace, as text. */
import type { WrittenDecision } from "../../index.js";
import { rebuildDecision } from "../../index.js";
import { explainText } from "../format.js";
import { defineCommand, oneStdin, seeHelp } from "../frame.js";
import { textOf } from "../io.js";
import { applyCatalogue, CLAIMS_OPTIONS, LANG_OPTION, pickDate, pickLang, pickPolicy, QUIET_OPTION, routedSourcesOf } from "../options.js";
import { Formatter, invalidLines, splitPayload } from "../output.js";
import { runBatch } from "../pipeline.js";

export const EXPLAIN = defineCommand({
  name: "explain",
  summary: "print one claim's decision: lines, reasons, trace",
  positionals: [
    { name: "<file|->", missing: { zh: "explain 需要一个文件（或用 - 表示标准输入）", en: "explain needs a file (or - for standard input)" } },
    { name: "<claim-id>", missing: { zh: "explain 需要一个申请编号", en: "explain needs a claim id" } },
  ],
  description: `Decides the input as evaluate does (the claim is judged against the claims of the same
person before it) and prints that claim's decision: paid lines, reasons with their
provisions, the trace of rules and parameters, and provenance. It reads every input
evaluate reads (JSON, NDJSON, CSV, standard input), with the same limits.`,
  options: {
    ...CLAIMS_OPTIONS,
    lang: { ...LANG_OPTION, section: "Output" },
    wide: { type: "boolean", section: "Output", help: "long values (a whole catalogue edition) in full" },
    quiet: { ...QUIET_OPTION, section: "Output" },
  },
  exitCodes: [
    ["0", "printed"],
    ["2", "usage error, unreadable input, or no decision for that claim id (an invalid claim's issues are printed then)"],
  ],
  run: async ({ values, positionals }, io) => {
    const [file, claimId] = positionals as [string, string];
    oneStdin([
      ["<file|->", file],
      ["--catalogue", values.catalogue],
    ]);
    const lang = pickLang(values.lang);
    const policy = await applyCatalogue(values.catalogue, pickPolicy(values.policy), io, { lang, quiet: values.quiet === true });
    const on = pickDate(values.on);
    const { sources, size } = routedSourcesOf(file, values, io);
    const formatter = new Formatter("json", lang);
    const result = await runBatch(sources, {
      policy,
      ...(on === undefined ? {} : { on }),
      formatter,
      io,
      progress: io.stderrIsTTY === true && values.quiet !== true,
      sizeHint: size,
      select: (d) => d.claimId === claimId,
    });
    try {
      const [payload] = result.decisions();
      if (payload === undefined) {
        io.stderr(`skills-subsidy: ${file} 中没有申请 ${JSON.stringify(claimId)} 的判定结果 / no decision for claim ${JSON.stringify(claimId)} in ${file}${seeHelp("explain", lang)}\n`);
        const invalid = [...result.invalid()].filter((r) => r.id === claimId && r.recordType === "claim");
        if (invalid.length > 0) io.stderr(`${lang === "zh" ? "该申请无效：" : "the claim is invalid:"}\n${invalid.flatMap((r) => invalidLines(r, lang)).join("\n")}\n`);
        return 2;
      }
      // The decision as written names its rule and parameter entries by key; the run's tables hold them.
      const decision = rebuildDecision(JSON.parse(splitPayload(textOf(payload)).json) as WrittenDecision, formatter.tables);
      await io.stdout(explainText(decision, lang, { full: values.wide === true }));
      return 0;
    } finally {
      result.close();
    }
  },
});
