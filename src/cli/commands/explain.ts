/** `skills-subsidy explain`: one claim's decision, its reasons and trace, as text. */
import { parseArgs } from "node:util";
import type { Decision } from "../../index.js";
import { explainText } from "../format.js";
import type { Io } from "../io.js";
import { UsageError } from "../io.js";
import { applyCatalogue, pickDate, pickLang, pickPolicy, sourcesOf } from "../options.js";
import { Formatter, invalidLines } from "../output.js";
import { runBatch } from "../pipeline.js";
import { INPUT_OPTIONS } from "./evaluate.js";

export const EXPLAIN_HELP = `Usage: skills-subsidy explain <file|-> <claim-id> [options]

Decides the input as evaluate does (the claim is judged against the claims of the same
person before it) and prints that claim's decision: paid lines, reasons with their
provisions, the trace of rules and parameters, and provenance.

Options: --lang zh|en, --policy <id>, --on YYYY-MM-DD, --input json|ndjson|csv,
--ledger <file>, --catalogue <file> (as for evaluate), and:
  --full                 every value whole (values wider than 80 columns, such as a whole
                         catalogue edition read as a parameter, are cut at … otherwise)
  --format text|json     text for people (default), or the decision as JSON

Exit codes: 0 printed; 2 usage error, unreadable input, or no decision for that claim id
(an invalid claim's issues are printed then).
`;

export async function explain(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { ...INPUT_OPTIONS, full: { type: "boolean" }, format: { type: "string" } } });
  if (values.help === true) {
    await io.stdout(EXPLAIN_HELP);
    return 0;
  }
  const [file, claimId, extra] = positionals;
  if (file === undefined) throw new UsageError("explain needs a file (or - for standard input)");
  if (claimId === undefined) throw new UsageError("explain needs a claim id");
  if (extra !== undefined) throw new UsageError(`unexpected argument ${JSON.stringify(extra)}`);
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`--format must be text or json, not ${JSON.stringify(format)}`);
  const policy = applyCatalogue(values.catalogue, pickPolicy(values.policy));
  const on = pickDate(values.on);
  const lang = pickLang(values.lang);
  const { sources, size } = sourcesOf(file, values.input, values.ledger, io);
  const result = await runBatch(sources, {
    policy,
    ...(on === undefined ? {} : { on }),
    formatter: new Formatter("json", lang),
    io,
    progress: io.stderrIsTTY === true,
    sizeHint: size,
    select: (d) => d.claimId === claimId,
  });
  try {
    const [payload] = result.decisions();
    if (payload === undefined) {
      io.stderr(`skills-subsidy: no decision for claim ${JSON.stringify(claimId)} in ${file}\n`);
      const invalid = [...result.invalid()].filter((r) => r.id === claimId && r.recordType === "claim");
      if (invalid.length > 0) io.stderr(`${lang === "zh" ? "该申请无效：" : "the claim is invalid:"}\n${invalid.flatMap((r) => invalidLines(r, lang)).join("\n")}\n`);
      return 2;
    }
    await io.stdout(format === "json" ? `${payload}\n` : explainText(JSON.parse(payload) as Decision, lang, { full: values.full === true }));
    return 0;
  } finally {
    result.close();
  }
}
