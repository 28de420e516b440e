/**
 * Parsing a progress document (the `report` command's input) with its generated
 * validator: no zod at run time (the schema is `ProgressDocument`, in `progress.ts`, exported
 * by `skills-subsidy/schemas`).
 */
import type { Result, ValidationIssue } from "../core/issues.js";
import { grantIdentity } from "../core/ledger.js";
import { progressDocument } from "./generated/validators.js";
import { issueAt, parseWith } from "./parse.js";
import type { ProgressDocument } from "./progress.js";

/**
 * Parses a progress document (the report input). Unlike a claims document, a report
 * needs every record: one bad record fails the whole input, with every issue listed
 * (bilingual, with a code and a path, as every parser's). A grant given twice with the same
 * content is one payment and kept once; one grant id in two contents is `duplicate_id`.
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
  const ids = new Set<string>();
  result.value.trainings.forEach((r, i) => {
    if (ids.has(r.id)) duplicates.push(issueAt(["trainings", i, "id"], "duplicate_id", { id: r.id }));
    ids.add(r.id);
  });
  // A grant listed twice with the same content is one payment, as the ledger reads it (reading ledger-grant-identity:
  // a grants file given twice, or with a document that holds the same grants); one id in two contents is an issue, as
  // a report cannot say which was paid (cold review 99 F4: `report --grants` refused the identical repeat).
  const grants = new Map<string, string>();
  const kept: ProgressDocument["grants"][number][] = [];
  result.value.grants.forEach((g, i) => {
    const identity = grantIdentity(g);
    const held = grants.get(g.id);
    if (held === undefined) {
      grants.set(g.id, identity);
      kept.push(g);
    } else if (held !== identity) duplicates.push(issueAt(["grants", i, "id"], "duplicate_id", { id: g.id }));
  });
  if (duplicates.length > 0) return { ok: false, issues: duplicates };
  return kept.length === result.value.grants.length ? result : { ok: true, value: { ...result.value, grants: kept } };
}
