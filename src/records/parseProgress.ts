/**
 * Parsing a progress document (the `report` command's input) with its generated
 * validator: no zod at run time (the schema is `ProgressDocument`, in `progress.ts`, exported
 * by `skills-subsidy/schemas`).
 */
import type { Result, ValidationIssue } from "../core/issues.js";
import { canonicalJson } from "../core/layer.js";
import { amount, toYuan } from "../core/money.js";
import { progressDocument } from "./generated/validators.js";
import { issueAt, parseWith } from "./parse.js";
import type { ProgressDocument } from "./progress.js";

/**
 * Parses a progress document (the report input). Unlike a claims document, a report
 * needs every record: one bad record fails the whole input, with every issue listed
 * (bilingual, with a code and a path, as every parser's). A grant given twice as the same
 * payment (its pay-once keys aside, its fund named in one copy or both alike) is kept once; one
 * grant id as two payments is `duplicate_id`.
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
  // A grant listed twice as the same payment is one, as the ledger reads it (reading ledger-grant-identity: a grants file
  // given twice, or with a document that holds the same grants; cold review 99 F4). A report counts money, so the same
  // payment is the same id, claim, person, measure, provision, payee, amount (as yuan), date and bases — whatever pay-once
  // keys each copy lists, and with the fund one copy names and the other leaves out (a run's grants name none: cold
  // review 102 F4), the copy naming it kept. One id as two payments is an issue: a report cannot say which was paid.
  const held = new Map<string, { payment: string; at: number }>();
  const kept: ProgressDocument["grants"][number][] = [];
  result.value.grants.forEach((g, i) => {
    const payment = paymentOf(g);
    const before = held.get(g.id);
    if (before === undefined) {
      held.set(g.id, { payment, at: kept.length });
      kept.push(g);
      return;
    }
    const first = kept[before.at] as ProgressDocument["grants"][number];
    if (before.payment !== payment || (first.fund !== undefined && g.fund !== undefined && first.fund !== g.fund)) duplicates.push(issueAt(["grants", i, "id"], "duplicate_id", { id: g.id }));
    else if (first.fund === undefined && g.fund !== undefined) kept[before.at] = g;
  });
  if (duplicates.length > 0) return { ok: false, issues: duplicates };
  return kept.length === result.value.grants.length && kept.every((g, i) => g === result.value.grants[i]) ? result : { ok: true, value: { ...result.value, grants: kept } };
}

/** A grant as the payment it records: every field but its fund and its pay-once keys, the amount as yuan, in canonical JSON. */
function paymentOf(grant: ProgressDocument["grants"][number]): string {
  const { fund: _fund, basisKeys: _keys, ...payment } = grant;
  return canonicalJson({ ...payment, amount: toYuan(amount(grant.amount)) });
}
