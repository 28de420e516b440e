/**
 * The CSV record format: one record per row, a `type` column and the columns below.
 * A column is a record field; `a.b` is field `b` of object `a` (`occupation.code`).
 * An empty cell means the field is absent, except a trainee's `statuses`: the empty list. Lists are `;`-separated (`statuses`,
 * `attendedDates`); `unemploymentInsuranceMonths` is `region:months;region:months`.
 * Whole numbers and `true`/`false` are converted where the field is one; anything else
 * is passed on as text for the record's schema to judge. Only these columns are
 * accepted, so a header can never write outside a record's own fields.
 */
import { csvCell } from "../text/format.js";

export type CellKind = "text" | "int" | "bool" | "list" | "months";

/** Every column a row may have, and how its cells are read. Documented in docs/cli.md. */
export const CSV_COLUMNS: Readonly<Record<string, CellKind>> = {
  type: "text",
  id: "text",
  traineeId: "text",
  // trainee
  name: "text",
  birthDate: "text",
  statuses: "list",
  hukouRegion: "text",
  residenceRegion: "text",
  hasResidencePermit: "bool",
  employmentRegion: "text",
  unemploymentRegisteredAt: "text",
  receivesMonthlyPension: "bool",
  monthlyPensionEntitled: "bool",
  employerId: "text",
  unemploymentInsuranceMonths: "months",
  // course, certificate, apprenticeship
  kind: "text",
  kindName: "text",
  "occupation.code": "text",
  "occupation.name": "text",
  level: "text",
  classHours: "int",
  startDate: "text",
  endDate: "text",
  attendedDays: "int",
  attendedDates: "list",
  feeCharged: "text",
  pricing: "text",
  organizerId: "text",
  region: "text",
  issuedOn: "text",
  courseId: "text",
  hireDate: "text",
  viaCompetition: "bool",
  directlyRecognised: "bool",
  // enterprise
  unemploymentInsuranceRegion: "text",
  highRiskIndustry: "bool",
  sector: "text",
  // apprenticeship
  enterpriseId: "text",
  monthlyInternshipAllowance: "text",
  annualStandard: "text",
  // claim
  measure: "text",
  "claimant.kind": "text",
  "claimant.id": "text",
  certificateId: "text",
  apprenticeshipId: "text",
  submittedOn: "text",
  months: "list",
  amountClaimed: "text",
  "trainingPackage.id": "text",
  "trainingPackage.developerKind": "text",
  "trainingPackage.commissioned": "bool",
  // grant
  claimId: "text",
  provision: "text",
  "payee.kind": "text",
  "payee.id": "text",
  amount: "text",
  basisDate: "text",
  occupationCode: "text",
  trainingPackageId: "text",
  basisKeys: "list",
  // a grant in a progress report's grants (`report --grants`), as JSON and NDJSON carry it (cold review 52)
  fund: "text",
};

/** The first header cell that is not a known column (or a repeated one), or `null` when the header is good. */
export function checkCsvHeader(header: readonly string[], ledger: boolean): string | null {
  const seen = new Set<string>();
  for (const column of header) {
    if (!Object.hasOwn(CSV_COLUMNS, column) || seen.has(column)) return column;
    seen.add(column);
  }
  if (!ledger && !seen.has("type")) return "(no type column)";
  return null;
}

/** A months cell's entries, `region:months;…`, as [region (trimmed), months (as written)]. */
function monthsEntries(text: string): [string, string][] {
  return text.split(";").map((part) => {
    const colon = part.lastIndexOf(":");
    return colon === -1 ? [part.trim(), ""] : [part.slice(0, colon).trim(), part.slice(colon + 1)];
  });
}

function cell(kind: CellKind, text: string): unknown {
  switch (kind) {
    case "int":
      // 56.0 is the whole number 56, as JSON reads it (a spreadsheet writes an integer column with empty cells so: cold review 50)
      return /^-?\d{1,15}(\.0+)?$/.test(text) ? Number(text) : text;
    case "bool":
      return text === "true" ? true : text === "false" ? false : text;
    case "list":
      return text.split(";").map((s) => s.trim());
    case "months": {
      const out: Record<string, unknown> = {};
      // Defined as data properties, so a region named __proto__ is just a bad region id.
      // 24.0 is the whole number 24, as in JSON and the whole-number columns (cold review 54).
      for (const [region, months] of monthsEntries(text)) Object.defineProperty(out, region, { value: /^\d{1,6}(\.0+)?$/.test(months.trim()) ? Number(months) : months, enumerable: true, writable: true, configurable: true });
      return out;
    }
    default:
      return text;
  }
}

/**
 * The first region a months cell (`region:months;…`) names twice, with its column, or `null`: such a row is refused
 * `duplicate_key`, as a JSON object naming a key twice is — never read as its last value (two spells of insurance in one
 * region, 6 and 7 months, were read as 7: cold review 50).
 * @example csvDuplicateKey(["unemploymentInsuranceMonths"], ["zhejiang.jiaxing:6;zhejiang.jiaxing:7"]) // → {"column":"unemploymentInsuranceMonths","key":"zhejiang.jiaxing"}
 * @example csvDuplicateKey(["unemploymentInsuranceMonths"], ["zhejiang.jiaxing:6;zhejiang.jiaxing.haining:7"]) // → null
 */
export function csvDuplicateKey(header: readonly string[], row: readonly string[]): { column: string; key: string } | null {
  for (let i = 0; i < header.length; i++) {
    const column = header[i] as string;
    if (CSV_COLUMNS[column] !== "months") continue;
    const text = row[i] ?? "";
    if (text === "") continue;
    const seen = new Set<string>();
    for (const [region] of monthsEntries(text)) {
      if (seen.has(region)) return { column, key: region };
      seen.add(region);
    }
  }
  return null;
}

/** A row as a raw record (still to be validated by the record's schema). */
export function csvRecord(header: readonly string[], row: readonly string[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  header.forEach((column, i) => {
    const text = row[i] ?? "";
    if (text === "") return;
    const value = cell(CSV_COLUMNS[column] as CellKind, text);
    const dot = column.indexOf(".");
    if (dot === -1) {
      record[column] = value;
    } else {
      const outer = column.slice(0, dot);
      const inner = column.slice(dot + 1);
      const nested = (record[outer] ??= {}) as Record<string, unknown>;
      nested[inner] = value;
    }
  });
  // `statuses` is a required list: a trainee's empty cell is the empty list (no status).
  if (record["type"] === "trainee" && header.includes("statuses") && record["statuses"] === undefined) record["statuses"] = [];
  return record;
}

// One CSV cell, and one with spreadsheet formulas neutralised: the shared formatting module's.
export { csvCell, csvOutputCell } from "../text/format.js";

/** A record as a CSV row under `header` (the inverse of {@link csvRecord}); `cellOf` quotes a cell ({@link csvOutputCell} for a CSV the CLI writes). */
export function csvRow(header: readonly string[], type: string, record: Record<string, unknown>, cellOf: (text: string) => string = csvCell): string {
  return header
    .map((column) => {
      if (column === "type") return cellOf(type);
      const dot = column.indexOf(".");
      const value = dot === -1 ? record[column] : (record[column.slice(0, dot)] as Record<string, unknown> | undefined)?.[column.slice(dot + 1)];
      if (value === undefined) return "";
      if (Array.isArray(value)) return cellOf(value.join(";"));
      if (value !== null && typeof value === "object") return cellOf(Object.entries(value).map(([k, v]) => `${k}:${String(v)}`).join(";"));
      return cellOf(String(value));
    })
    .join(",");
}
