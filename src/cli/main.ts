/**
 * The `skills-subsidy` command. It reads files and writes to the terminal; everything
 * it decides comes from the public API (`../index.js`).
 *
 * Exit codes: 0 every claim decided; 1 some records or claims invalid; 2 usage error
 * or unreadable input.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { CivilDate, Policy } from "../index.js";
import { evaluateBatch, isCivilDate, parseClaimsDocument, POLICIES, VERSION } from "../index.js";
import type { Lang } from "./format.js";
import { decisionsTable, explainText, invalidText } from "./format.js";
import { runReport } from "./report.js";
import { runDiff } from "./diff.js";
import { runVerify } from "./verify.js";
import * as z from "zod";
import { SubsidyCatalogue } from "../records/catalogue.js";
import { withCatalogue } from "../provisions/trainingSubsidy/subsidyCatalogue.js";
import { catalogueSourceFor } from "../scenario/scenario.js";

const USAGE = `skills-subsidy ${VERSION} — China's vocational-skills training subsidy policy as code

Usage:
  skills-subsidy evaluate <file|-> [--policy <id>] [--catalogue <file>] [--on YYYY-MM-DD] [--json] [--lang zh|en]
  skills-subsidy explain <file> <claim-id> [--policy <id>] [--catalogue <file>] [--on YYYY-MM-DD] [--lang zh|en]
  skills-subsidy --help | --version

Commands:
  evaluate   decide every claim of a claims document (JSON) and print the decisions
  explain    print one decision's reasons and trace as readable text

Options:
  --policy   policy id: ${Object.keys(POLICIES).join(", ")} (default jiaxing-2019)
  --catalogue  a subsidy catalogue (JSON: one edition or a list) filling the policy's catalogue slot
  --on       the date claims are judged on (default: each claim's submittedOn)
  --json     print decisions as JSON (the full decision objects)
  --lang     language of text output: zh (default) or en

Exit codes: 0 all claims decided; 1 some records or claims invalid; 2 usage error or unreadable input.
`;

class UsageError extends Error {}

interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => string;
}

function readInput(file: string, io: Io): unknown {
  let text: string;
  try {
    text = file === "-" ? io.readStdin() : readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function pickPolicy(id: string | undefined): Policy {
  const key = id ?? "jiaxing-2019";
  const make = Object.hasOwn(POLICIES, key) ? POLICIES[key] : undefined;
  if (make === undefined) {
    throw new UsageError(`unknown policy ${JSON.stringify(id)}; known: ${Object.keys(POLICIES).join(", ")}`);
  }
  return make();
}

/** The policy with the editions of a catalogue file, if one is given. */
function withCatalogueFile(policy: Policy, file: string | undefined, io: Io): Policy {
  if (file === undefined) return policy;
  const data = readInput(file, io);
  const parsed = z.union([SubsidyCatalogue, z.array(SubsidyCatalogue).min(1)]).safeParse(data);
  if (!parsed.success) throw new UsageError(`${file} is not a subsidy catalogue: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return withCatalogue(policy, parsed.data, catalogueSourceFor(policy));
}

function pickDate(on: string | undefined): CivilDate | undefined {
  if (on === undefined) return undefined;
  if (!isCivilDate(on)) throw new UsageError(`--on ${JSON.stringify(on)} is not a date YYYY-MM-DD`);
  return on;
}

function pickLang(lang: string | undefined): Lang {
  if (lang === undefined || lang === "zh") return "zh";
  if (lang === "en") return "en";
  throw new UsageError(`--lang must be zh or en, not ${JSON.stringify(lang)}`);
}

/** Runs the command line; returns the exit code. */
export function run(argv: readonly string[], io: Io): number {
  if (argv[0] === "report") return runReport(argv.slice(1), io);
  if (argv[0] === "diff") return runDiff(argv.slice(1), io);
  if (argv[0] === "verify") return runVerify(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: "string" },
        catalogue: { type: "string" },
        on: { type: "string" },
        json: { type: "boolean" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version === true) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help === true || command === undefined) {
    (command === undefined && values.help !== true ? io.stderr : io.stdout)(USAGE);
    return command === undefined && values.help !== true ? 2 : 0;
  }
  try {
    const policy = withCatalogueFile(pickPolicy(values.policy), values.catalogue, io);
    const on = pickDate(values.on);
    const lang = pickLang(values.lang);
    if (command === "evaluate" || command === "explain") {
      const [file, claimId] = rest;
      if (file === undefined) throw new UsageError(`${command} needs a file (or - for standard input)`);
      if (command === "explain" && claimId === undefined) throw new UsageError("explain needs a claim id");
      if (rest.length > (command === "explain" ? 2 : 1)) throw new UsageError(`unexpected argument ${JSON.stringify(rest[rest.length - 1])}`);
      const parsedDocument = parseClaimsDocument(readInput(file, io));
      if (!parsedDocument.ok) {
        io.stderr(`${file}: not a claims document\n${invalidText([{ collection: "claims", index: 0, id: null, issues: parsedDocument.issues }], lang)}\n`);
        return 2;
      }
      const result = evaluateBatch(policy, parsedDocument.document, on === undefined ? {} : { on });
      if (command === "explain") {
        const decision = result.decisions.find((d) => d.claimId === claimId);
        if (decision === undefined) {
          io.stderr(`no decision for claim ${JSON.stringify(claimId)} in ${file}\n`);
          return 2;
        }
        io.stdout(explainText(decision, lang));
        return 0;
      }
      if (values.json === true) {
        io.stdout(`${JSON.stringify({ decisions: result.decisions, invalid: parsedDocument.invalid }, null, 2)}\n`);
      } else {
        io.stdout(decisionsTable(policy, result, parsedDocument.invalid, lang));
      }
      const conflicts = result.decisions.some((d) => d.reasons.some((r) => r.code === "claim_conflict"));
      return parsedDocument.invalid.length > 0 || conflicts ? 1 : 0;
    }
    throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`skills-subsidy: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

const isMain = typeof process !== "undefined" && process.argv[1] !== undefined && import.meta.url.endsWith("/cli.js");
if (isMain) {
  process.exitCode = run(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: () => readFileSync(0, "utf8"),
  });
}
