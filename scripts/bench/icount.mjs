// Instructions per claim, counted (not timed): decides N of the benchmark's claims after a warm-up (the same
// data, policy and path as ab.mjs: lean deciding of pre-parsed documents, or `--public` for
// parseClaimsDocument + decideBatch from the raw documents) in node under valgrind's cachegrind
// with V8 made deterministic (`--predictable --single-threaded`: no concurrent compiler or
// collector threads, fixed hash seeds), once on N claims and once on a fifth of N, each after the
// same warm-up, and prints the difference per claim between them (the marginal cost of a claim:
// the compiler's work and the first calls cost the same in both runs; 2026-12-06, a run that
// decided nothing as its baseline left them in, and the floor counted 66k instructions a claim at
// 5,000 claims, 40k at 20,000). On this shared 2-core machine a timed A/B of one build against
// another spreads ±25 % between identical runs (2026-12-06, docs/performance.md); the count
// repeats to within 0.1 %, whatever the load. It counts work, not time: a change that saves
// instructions but adds cache misses shows here as a gain, so a change is kept on a count and
// then confirmed by `npm run bench`. Nor is the ratio of two programs' counts the ratio of their
// times: at 20,000 claims (2026-12-06) the floor counted 30,477 instructions a claim and lean
// deciding 63,264 (2.1×), where natively the floor takes 1.3–1.5 µs a claim and the library about
// ten times that (node runs differently under valgrind, and memory, not instructions, is most of
// the library's difference). `--cache` also simulates the caches (about three times
// slower) and prints the first-level and last-level data misses per claim.
//
//   node scripts/bench/icount.mjs [--public] [--cache] [--order trainee] <library.js | floor> [claims=20000]
//   (ICOUNT_WARM: the claims decided three times before, in both runs; default 10,000)
//
// <library.js>: dist/index.js, or one bundle of the sources (see ab.mjs):
//   npx esbuild src/index.ts --bundle --format=esm --platform=node --outfile=/tmp/a.js
import { spawnSync } from "node:child_process";
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
  // The child: warm up, decide N claims and print a checksum of the decisions.
  const { generateDocuments } = await import("./data.mjs");
  // Both runs make both sets of claims (N and a fifth of N: the same work in each), and decide one of them.
  const n = Number(args[1] ?? 20_000);
  const small = Math.floor(n / 5);
  const which = process.env.ICOUNT_DECIDE === "small" ? "small" : "large";
  if (args[0] === "floor") {
    // The floor (floor.mjs) on the same claims, warmed up the same way: the count the library's is set against.
    const { Outcomes, catalogueMaps } = await import("./common.mjs");
    const { floor } = await import("./floor.mjs");
    const catalogue = catalogueMaps();
    const sets = { large: generateDocuments(n), small: generateDocuments(small) };
    const documents = sets[which];
    const warm = generateDocuments(Number(process.env.ICOUNT_WARM ?? 10_000), 7);
    const count = (docs) => docs.reduce((k, d) => k + d.claims.length, 0);
    for (let i = 0; i < 3; i++) floor(warm, catalogue, new Outcomes(count(warm)));
    let sum = 0;
    const out = new Outcomes(count(documents));
    floor(documents, catalogue, out);
    for (let i = 0; i < out.code.length; i++) sum += out.code[i] === 0 ? 1000 : 1;
    console.log(`checksum ${sum}`);
    process.exit(0);
  }
  const lib = await import(pathToFileURL(resolve(args[0])).href);
  const publicPath = process.env.ICOUNT_PUBLIC === "1";
  const order = process.env.ICOUNT_ORDER ?? "judged";
  const { policy, parse } = (await import("./common.mjs")).benchSetup(lib);
  const sets = { large: generateDocuments(n), small: generateDocuments(small) };
  if (!publicPath) for (const k of ["large", "small"]) sets[k] = sets[k].map(parse);
  const documents = sets[which];
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
  // Both runs warm up alike, then decide their claims: N, and a fifth of N.
  for (let i = 0; i < 3; i++) decide(warmDocuments);
  sum = 0;
  decide(documents);
  console.log(`checksum ${sum}`);
} else {
  const publicPath = flag("--public");
  const cache = flag("--cache");
  const order = option("--order", "judged");
  const library = args[0] ?? "dist/index.js";
  const n = Number(args[1] ?? 20_000);
  const count = (set) => {
    const r = spawnSync(
      "valgrind",
      ["--tool=cachegrind", `--cache-sim=${cache ? "yes" : "no"}`, "--cachegrind-out-file=/dev/null", process.execPath, "--predictable", "--single-threaded", fileURLToPath(import.meta.url), library, String(n)],
      { encoding: "utf8", env: { ...process.env, ICOUNT_CHILD: "1", ICOUNT_DECIDE: set, ICOUNT_PUBLIC: publicPath ? "1" : "0", ICOUNT_ORDER: order }, maxBuffer: 64 * 1024 * 1024 },
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
  const small = Math.floor(n / 5);
  const with_ = count("large");
  const without = count("small");
  // The cost of the claims between a fifth of N and N: what the compiler and the first calls cost is in both runs.
  const per = (a, b) => (a === null || b === null ? null : (a - b) / (n - small));
  const out = {
    library: library === "floor" ? "the floor (floor.mjs)" : library,
    claims: n,
    path: library === "floor" ? "raw documents, the floor" : publicPath ? "public (parse + decide)" : "lean deciding",
    order,
    instructionsPerClaim: Math.round(per(with_.instructions, without.instructions)),
    ...(cache ? { d1MissesPerClaim: Math.round(per(with_.d1, without.d1)), llMissesPerClaim: Math.round(per(with_.ll, without.ll)) } : {}),
    checksum: with_.checksum,
  };
  console.log(JSON.stringify(out));
}
