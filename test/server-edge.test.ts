/**
 * The web service's Fetch handler runs in an edge runtime (issue #19): the entry
 * `skills-subsidy/server/fetch` (src/server/fetch.ts) is bundled with esbuild for a neutral
 * platform, and the bundle fails if any Node built-in (`node:*`, `fs`, `path`, …) is reached
 * from it. The bundle is then run in a fresh V8 context that has only the Web platform's
 * globals — no `process`, `Buffer`, `require` or `__filename` — and called with a `Request`.
 */
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { runInNewContext } from "node:vm";
import type { Plugin } from "esbuild";
import { build } from "esbuild";
import { beforeAll, describe, expect, test } from "vitest";
import { PROVISION_TEXTS } from "../src/law/provisionTexts.js";

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Whether an import names a Node built-in (`node:fs`, `fs`, `fs/promises`, `path`…). */
const isBuiltin = (path: string) => path.startsWith("node:") || BUILTINS.has(path) || BUILTINS.has(path.split("/")[0] as string);

/** Bundles an entry for a neutral platform; every Node built-in reached is listed with the file that imports it. */
async function bundle(entry: string, format: "esm" | "iife" = "iife"): Promise<{ reached: string[]; code: string }> {
  const reached: string[] = [];
  const guard: Plugin = {
    name: "no-node-builtins",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!isBuiltin(args.path)) return undefined;
        reached.push(`${args.path} ← ${args.importer.replace(`${process.cwd()}/`, "")}`);
        return { path: args.path, external: true };
      });
    },
  };
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: "neutral",
    mainFields: ["module", "main"],
    format,
    ...(format === "iife" ? { globalName: "SkillsSubsidyFetch" } : {}),
    target: "es2022",
    plugins: [guard],
    logLevel: "silent",
  });
  return { reached, code: result.outputFiles[0]?.text ?? "" };
}

/** The globals a Fetch runtime (a Worker, Deno, a browser) gives, and nothing of Node's. */
function webGlobals(): Record<string, unknown> {
  const names = ["Request", "Response", "Headers", "URL", "URLSearchParams", "TextEncoder", "TextDecoder", "ReadableStream", "AbortController", "Blob", "setTimeout", "clearTimeout", "queueMicrotask", "structuredClone", "performance", "crypto", "console"] as const;
  return Object.fromEntries(names.map((n) => [n, (globalThis as Record<string, unknown>)[n]]));
}

type FetchModule = { createHandler: (options?: Record<string, unknown>) => (request: Request) => Promise<Response> };

describe("the Fetch handler (skills-subsidy/server/fetch) is edge-ready", () => {
  let edge: { reached: string[]; code: string };
  let mod: FetchModule;
  let loadError: unknown;

  beforeAll(async () => {
    edge = await bundle("src/server/fetch.ts");
    const context: Record<string, unknown> = webGlobals();
    try {
      runInNewContext(`${edge.code}\nglobalThis.SkillsSubsidyFetch = SkillsSubsidyFetch;`, context, { filename: "server-fetch.bundle.js" });
    } catch (error) {
      loadError = error; // reported by the tests below, after the list of built-ins reached
    }
    mod = context["SkillsSubsidyFetch"] as FetchModule;
  }, 60_000);

  test("bundled for a neutral platform, it reaches no Node built-in", () => {
    expect(edge.reached).toEqual([]);
    expect(edge.code.length).toBeGreaterThan(100_000);
  });

  test("the check can fail: the Node server's module and the command line's input reach node:http and node:fs", async () => {
    expect((await bundle("src/server/node.ts")).reached.some((r) => r.startsWith("node:http"))).toBe(true);
    expect((await bundle("src/cli/input.ts")).reached.some((r) => r.startsWith("node:fs"))).toBe(true);
  });

  test("run with the Web platform's globals only, it answers GET /health", async () => {
    expect(loadError).toBeUndefined();
    expect(mod.createHandler).toBeTypeOf("function");
    expect("process" in webGlobals()).toBe(false);
    const response = await mod.createHandler()(new Request("https://edge.example/health"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(JSON.parse(await response.text())).toMatchObject({ status: "ok" });
  });

  test("POST /evaluate decides the worked example there as on Node, and /explain quotes each reason's passage of the text", async () => {
    const handler = mod.createHandler();
    const body = readFileSync("fixtures/jiaxing/worked-example.json", "utf8");
    const evaluated = await handler(new Request("https://edge.example/evaluate?trace=false", { method: "POST", body }));
    expect(evaluated.status).toBe(200);
    const { decisions, summary } = JSON.parse(await evaluated.text()) as { decisions: { claimId: string; outcome: string; amount: string | null }[]; summary: { claims: number } };
    expect(summary.claims).toBe(decisions.length);
    expect(decisions.length).toBeGreaterThan(0);
    const living = decisions.find((d) => d.outcome === "granted" && d.amount !== null);
    expect(living).toBeDefined();

    const explained = await handler(new Request(`https://edge.example/explain?claim=${encodeURIComponent(living!.claimId)}`, { method: "POST", body }));
    expect(explained.status).toBe(200);
    const { decision, text } = JSON.parse(await explained.text()) as { decision: { amount: string; reasons: { citation: { provision: string } }[] }; text: string };
    expect(decision.amount).toBe(living!.amount);
    for (const r of decision.reasons) {
      const passage = PROVISION_TEXTS[r.citation.provision as keyof typeof PROVISION_TEXTS].passage;
      expect(text).toContain(`\u300c${passage}\u300d`);
    }
  });

  test("GET /provisions serves the compiled-in catalogue with every provision's passage (no file read)", async () => {
    const response = await mod.createHandler()(new Request("https://edge.example/provisions"));
    const { provisions } = JSON.parse(await response.text()) as { provisions: { id: string; passage: string | null; summary: string | null }[] };
    expect(provisions.length).toBe(Object.keys(PROVISION_TEXTS).length);
    expect(provisions.filter((p) => p.passage === null || p.summary === null)).toEqual([]);
    expect(provisions.find((p) => p.id === "jx2019.living-allowance")?.passage).toContain("按每人每天50元标准给予生活费补贴");
  });

  test("a bad request is a 400 with the bilingual error body, not a crash", async () => {
    const response = await mod.createHandler()(new Request("https://edge.example/evaluate", { method: "POST", body: "{ not json" }));
    expect(response.status).toBe(400);
    const error = JSON.parse(await response.text()) as { code: string; message: { zh: string; en: string } };
    expect(error.code).toBe("not_json");
    expect(error.message.zh.length).toBeGreaterThan(0);
    expect(error.message.en.length).toBeGreaterThan(0);
  });
});
