// Instructions per claim, counted (not timed): decides N of the benchmark's claims after a warm-up (the same
// data, policy and path as ab.mjs: lean deciding of pre-parsed documents, or `--public` for
// parseClaimsDocument + decideBatch from the raw documents) in node under valgrind's cachegrind
// with V8 made deterministic (`--predictable --single-threaded`: no concurrent compiler or
// collector threads, fixed hash seeds), once with the deciding and once without, and prints
// the difference per claim. On this shared 2-core machine a timed A/B of one build against
// another spreads ±25 % between identical runs (2026-12-06, docs/performance.md); the count
// repeats to within 0.1 %, whatever the load. It counts work, not time: a change that saves
// instructions but adds cache misses shows here as a gain, so a change is kept on a count and
// then confirmed by `npm run bench`. `--cache` also simulates the caches (about three times
// slower) and prints the first-level and last-level data misses per claim.
//
//   node scripts/bench/icount.mjs [--public] [--cache] [--order trainee] <library.js> [claims=5000]
//   (ICOUNT_WARM: the claims decided twice before, in both runs; default 10,000)
//
// <library.js>: dist/index.js, or one bundle of the sources (see ab.mjs):
//   npx esbuild src/index.ts --bundle --format=esm --platform=node --outfile=/tmp/a.js
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const flag = (name) => {
  const at = args.indexOf(name);
  if (at < 0) return false;
  args.splice(at, 1);
  return true;
};
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [, value] = args.splice(at, 2);
  return value;
};

if (process.env.ICOUNT_CHILD === "1") {
  // The child: decide (or, with ICOUNT_SKIP=1, only prepare) and print a checksum of the decisions.
  const { generateDocuments } = await import("./data.mjs");
  const lib = await import(pathToFileURL(resolve(args[0])).href);
  const n = Number(args[1] ?? 5000);
  const publicPath = process.env.ICOUNT_PUBLIC === "1";
  const order = process.env.ICOUNT_ORDER ?? "judged";
  const edition = lib.parseSubsidyCatalogue(JSON.parse(readFileSync(new URL("../../fixtures/jiaxing/catalogue-2020.json", import.meta.url), "utf8")));
  if (!edition.ok) throw new Error("the catalogue fixture does not parse");
  const base = lib.jiaxingPolicy();
  const policy = lib.withCatalogue(base, [edition.value], lib.catalogueSourceFor(base));
  const parse = (raw) => {
    const r = lib.parseClaimsDocument(raw);
    if (!r.ok || r.value.invalid.length > 0) throw new Error("a generated document does not parse");
    return r.value.document;
  };
  const raw = generateDocuments(n);
  const documents = publicPath ? raw : raw.map(parse);
  const warm = generateDocuments(Number(process.env.ICOUNT_WARM ?? 10_000), 7);
  const warmDocuments = publicPath ? warm : warm.map(parse);
  let sum = 0;
  const decide = (docs) => {
    for (const d of docs) {
      for (const step of lib.decideBatch(policy, publicPath ? parse(d) : d, { trace: false, order })) {
        sum += step.decision.reasons.length + (step.decision.outcome === "granted" ? 1000 : 0);
      }
    }
  };
  // Both runs warm up alike (the compiler's work is then mostly done before the claims counted), then one decides N claims.
  decide(warmDocuments);
  decide(warmDocuments);
  sum = 0;
  if (process.env.ICOUNT_SKIP !== "1") decide(documents);
  console.log(`checksum ${sum}`);
} else {
  const publicPath = flag("--public");
  const cache = flag("--cache");
  const order = option("--order", "judged");
  const library = args[0] ?? "dist/index.js";
  const n = Number(args[1] ?? 5000);
  const count = (skip) => {
    const r = spawnSync(
      "valgrind",
      ["--tool=cachegrind", `--cache-sim=${cache ? "yes" : "no"}`, "--cachegrind-out-file=/dev/null", process.execPath, "--predictable", "--single-threaded", fileURLToPath(import.meta.url), library, String(n)],
      { encoding: "utf8", env: { ...process.env, ICOUNT_CHILD: "1", ICOUNT_SKIP: skip ? "1" : "0", ICOUNT_PUBLIC: publicPath ? "1" : "0", ICOUNT_ORDER: order }, maxBuffer: 64 * 1024 * 1024 },
    );
    if (r.error !== undefined) throw new Error(`valgrind could not run: ${r.error.message}`);
    const figure = (label) => {
      const m = new RegExp(`${label}\\s+refs:\\s+([\\d,]+)`).exec(r.stderr) ?? new RegExp(`${label}\\s+misses:\\s+([\\d,]+)`).exec(r.stderr);
      return m === null ? null : Number(m[1].replaceAll(",", ""));
    };
    const misses = (label) => {
      const m = new RegExp(`${label} misses:\\s+([\\d,]+)`).exec(r.stderr);
      return m === null ? null : Number(m[1].replaceAll(",", ""));
    };
    const checksum = /checksum (\d+)/.exec(r.stdout)?.[1];
    if (checksum === undefined) throw new Error(`the child failed:\n${r.stderr.slice(-2000)}`);
    return { instructions: figure("I"), d1: misses("D1 "), ll: misses("LLd"), checksum };
  };
  const with_ = count(false);
  const without = count(true);
  const per = (a, b) => (a === null || b === null ? null : (a - b) / n);
  const out = {
    library,
    claims: n,
    path: publicPath ? "public (parse + decide)" : "lean deciding",
    order,
    instructionsPerClaim: Math.round(per(with_.instructions, without.instructions)),
    ...(cache ? { d1MissesPerClaim: Math.round(per(with_.d1, without.d1)), llMissesPerClaim: Math.round(per(with_.ll, without.ll)) } : {}),
    checksum: with_.checksum,
  };
  console.log(JSON.stringify(out));
}
