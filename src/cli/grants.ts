/**
 * `evaluate --grants-out FILE`: the grants a run made, written in exactly the format
 * `--ledger` reads, so runs chain: `evaluate --grants-out g.ndjson` then
 * `evaluate --ledger g.ndjson` on the same claims pays nothing new, and `report --grants g.ndjson`
 * reports on them.
 *
 * - `json`: an array of grant records (a JSON ledger).
 * - `ndjson`: one grant per line, `{"type":"grant", ...}` (so the file can also be put
 *   beside the claims of an NDJSON input).
 * - `csv`: a header of the grant columns (docs/cli.md, "CSV columns"), one grant per row.
 */
import { csvOutputCell, csvRow } from "./csv.js";
import type { InputFormat } from "./input.js";
import { formatOf } from "./input.js";
import type { OutputFile } from "./io.js";
import { OutputBuffer } from "./io.js";

/** The columns of a grant row, in the order of the Grant record. */
export const GRANT_CSV_COLUMNS = [
  "type",
  "id",
  "claimId",
  "traineeId",
  "measure",
  "provision",
  "payee.kind",
  "payee.id",
  "amount",
  "basisDate",
  "occupationCode",
  "level",
  "courseId",
  "certificateId",
  "apprenticeshipId",
  "trainingPackageId",
  "months",
  "basisKeys",
] as const;

/**
 * The format grants are written in: `--grants-format`, else the file's extension (as a ledger is read).
 * @example grantsFormatOf("out/grants.csv", undefined) // → "csv"
 */
export function grantsFormatOf(file: string, override: string | undefined): InputFormat {
  return formatOf(file, override, "--grants-format");
}

/** Writes grants (each a JSON text, in judged order) to an output file in a ledger format; resolves to how many. */
export async function writeGrants(file: OutputFile, format: InputFormat, grants: Iterable<string>): Promise<number> {
  const out = new OutputBuffer(file.write, { reuse: true });
  let count = 0;
  if (format === "csv") await out.add(`${GRANT_CSV_COLUMNS.join(",")}\n`);
  if (format === "json") await out.add("[");
  for (const json of grants) {
    if (format === "json") await out.add(`${count === 0 ? "\n" : ",\n"}  ${json}`);
    else if (format === "ndjson") await out.add(`{"type":"grant",${json.slice(1)}\n`);
    else await out.add(`${csvRow(GRANT_CSV_COLUMNS, "grant", JSON.parse(json) as Record<string, unknown>, csvOutputCell)}\n`);
    count += 1;
  }
  if (format === "json") await out.add(count === 0 ? "]\n" : "\n]\n");
  await out.flush();
  return count;
}
