/**
 * The law inside the project: the source texts (law/sources/) and the provision catalogue
 * (law/provisions.json). Paths are found from this file, so they hold from any working
 * directory, including a mutation-testing sandbox below the checkout.
 */
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** A path inside law/, relative to the working directory. */
export function lawPath(...parts: string[]): string {
  return relative(".", join(ROOT, "law", ...parts));
}

/** The catalogue's provision ids with their clauses. */
export function catalogueClauses(): ReadonlyMap<string, string> {
  const { provisions } = JSON.parse(readFileSync(lawPath("provisions.json"), "utf8")) as { provisions: { id: string; clause: string }[] };
  return new Map(provisions.map((p) => [p.id, p.clause]));
}
