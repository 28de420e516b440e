/**
 * The API reference documents every field of every exported interface. typedoc checks
 * that every exported declaration has a comment (`npm run docs`, validation.notDocumented);
 * fields are checked here, because typedoc would also demand comments on the members of
 * the object types zod infers (each value of an enum), which are not API of their own.
 */
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import ts from "typescript";
import { expect, test } from "vitest";

const ENTRIES = [resolve("src/index.ts"), resolve("src/node/index.ts")];

function exportedFiles(entry: string): string[] {
  const text = readFileSync(entry, "utf8");
  const files = [...text.matchAll(/from "(\.[^"]+)\.js"/g)].map((m) => resolve(dirname(entry), `${m[1] as string}.ts`));
  return [entry, ...files.flatMap((f) => (f.endsWith("/index.ts") ? exportedFiles(f) : [f]))];
}

test("every exported function, constant and class has an @example", async () => {
  const values = [...Object.keys(await import(ENTRIES[0] as string)), ...Object.keys(await import(ENTRIES[1] as string))];
  const alias: Record<string, string> = { validationIssue: "issueAt" };
  const withExample = new Set<string>();
  for (const file of [...new Set(ENTRIES.flatMap(exportedFiles))]) {
    const text = readFileSync(file, "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!(ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword))) continue;
      const names = ts.isVariableStatement(statement)
        ? statement.declarationList.declarations.map((d) => d.name.getText(source))
        : (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name !== undefined
          ? [statement.name.text]
          : [];
      const docs = (ts.getLeadingCommentRanges(text, statement.pos) ?? []).map((c) => text.slice(c.pos, c.end));
      if (docs.some((d) => d.startsWith("/**") && d.includes("@example"))) for (const n of names) withExample.add(n);
    }
  }
  expect(values.filter((n) => !withExample.has(alias[n] ?? n))).toEqual([]);
}, 60_000);

test("every field of every exported interface has a doc comment", () => {
  const files = [...new Set(ENTRIES.flatMap(exportedFiles))];
  const undocumented: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const hasDoc = (node: ts.Node) => (ts.getLeadingCommentRanges(text, node.pos) ?? []).some((c) => text.startsWith("/**", c.pos));
    for (const statement of source.statements) {
      if (!ts.isInterfaceDeclaration(statement)) continue;
      if (!(statement.modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      for (const member of statement.members) {
        if (!hasDoc(member)) undocumented.push(`${relative(".", file)}: ${statement.name.text}.${member.name?.getText(source) ?? "(call)"}`);
      }
    }
  }
  expect(undocumented).toEqual([]);
});
