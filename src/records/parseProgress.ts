/**
 * Parsing a progress document (the `report` command's input) with its generated
 * validator: no zod at run time (the schema is `ProgressDocument`, in `progress.ts`, exported
 * by `skills-subsidy/schemas`).
 */
import type { Result, ValidationIssue } from "../core/issues.js";
import { progressDocument } from "./generated/validators.js";
import { issueAt, parseWith } from "./parse.js";
import type { ProgressDocument } from "./progress.js";

/**
 * Parses a progress document (the report input). Unlike a claims document, a report
 * needs every record: one bad record fails the whole input, with every issue listed
 * (bilingual, with a code and a path, as every parser's).
 * @example
 * import { readFileSync } from "node:fs";
 * const r = parseProgressDocument(JSON.parse(readFileSync("fixtures/jiaxing/ledger-2020.json", "utf8")));
 * r.ok && [r.value.trainings.length, r.value.grants.length] // → [15,10]
 * const bad = parseProgressDocument({ trainings: [{ id: "T-1" }], grants: [] });
 * bad.ok ? [] : bad.issues.slice(0, 2).map((i) => `${i.path.join(".")} ${i.code}`) // → ["trainings.0.traineeId invalid_type","trainings.0.region invalid_type"]
 */
export function parseProgressDocument(raw: unknown): Result<ProgressDocument> {
  const result = parseWith<ProgressDocument>(progressDocument, raw);
  if (!result.ok) return result;
  const duplicates: ValidationIssue[] = [];
  const unique = (name: "trainings" | "grants", records: readonly { id: string }[]) => {
    const ids = new Set<string>();
    records.forEach((r, i) => {
      if (ids.has(r.id)) duplicates.push(issueAt([name, i, "id"], "duplicate_id", { id: r.id }));
      ids.add(r.id);
    });
  };
  unique("trainings", result.value.trainings);
  unique("grants", result.value.grants);
  return duplicates.length === 0 ? result : { ok: false, issues: duplicates };
}
