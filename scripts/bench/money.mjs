// node scripts/bench/money.mjs — the money a decision does, three ways (issues #16, #17): the choice
// written in src/core/money.ts's doc comment comes from this.
//   library   the library's Amount (dist/index.js: integer fen in numbers while safe, exact
//             fractions, BigInt only past 2^53)
//   decimal   decimal.js 10, a private clone at precision 40, ROUND_HALF_UP, strings read through
//             a cache — what src/core/money.ts was until issue #16 (decimal.js is a devDependency)
//   bigint    an exact rational of fen in BigInt throughout, the smallest version of the other
//             design the issue names (written here, for the measurement only)
// One "claim" is what the rules do with money for a training grant plus a living allowance
// (and, one claim in eight, an apprentice's prorated months): read the catalogue standard,
// × (1 + 0.30) for an uplifted trainee, cap at the fee charged, write the line's rate and
// amount, 50 yuan × days, add the lines, compare the total with 0, write it. Every
// implementation's written amounts are checked equal (outside the timed runs). Each runs
// BENCH_WARM claims untimed, then BENCH_RUNS timed runs of BENCH_N claims; the best
// (least CPU) is reported, in µs per claim, with the machine's load.
//   BENCH_N=200000 BENCH_RUNS=5 BENCH_WARM=200000 node scripts/bench/money.mjs
import { existsSync } from "node:fs";
import os from "node:os";
import { Decimal } from "decimal.js";
import { catalogueJson } from "./common.mjs";

const ROOT = new URL("../../", import.meta.url);
if (!existsSync(new URL("dist/index.js", ROOT))) {
  console.error("dist/index.js is missing: run npm run build first");
  process.exit(2);
}
const { amount, toYuan } = await import(new URL("dist/index.js", ROOT).href);
const N = Number(process.env.BENCH_N ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WARM = Number(process.env.BENCH_WARM ?? 200_000);

// The inputs, as strings the way data gives them: the catalogue's standards and a few with fen
// that the 30 % uplift makes fractional (1234.57 × 1.3 = 1604.941), fees, days, yearly standards.
const standards = [...catalogueJson.entries.map((e) => e.standard), "1234.57", "987.65", "1500.05"];
const fees = ["800.00", "1200", "999.99", "2000.50"];
const yearly = ["4000", "10000", "7777.77", "3000"];
const claims = Array.from({ length: 4096 }, (_, i) => ({
  standard: standards[(i * 7) % standards.length],
  uplift: i % 3 === 0,
  fee: i % 5 === 0 ? fees[i % fees.length] : undefined,
  days: 1 + (i % 30),
  apprentice: i % 8 === 0 ? { yearly: yearly[i % yearly.length], months: 1 + (i % 12) } : undefined,
}));

/** The work of one claim, given an implementation's read/write and operations. */
function decideWith(m) {
  const upliftRate = m.read("0.30");
  const one = m.read("1");
  const zero = m.read("0");
  return (c) => {
    const standard = m.read(c.standard);
    const raised = c.uplift ? m.times(standard, m.plus(one, upliftRate)) : standard;
    const paid = c.fee === undefined ? raised : m.min(raised, m.read(c.fee));
    const trainingRate = m.write(paid);
    const training = m.write(m.times(paid, m.int(1)));
    const living = m.write(m.times(m.read("50"), m.int(c.days)));
    let total = m.plus(m.read(training), m.read(living));
    if (c.apprentice !== undefined) total = m.plus(total, m.read(m.write(m.div(m.times(m.read(c.apprentice.yearly), m.int(c.apprentice.months)), m.int(12)))));
    const positive = m.compare(total, zero) > 0;
    return `${trainingRate} ${training} ${living} ${positive ? m.write(total) : "-"}`;
  };
}

// The library's Amount and a decimal.js clone answer the same method names.
const byMethods = {
  int: (k) => k,
  plus: (a, b) => a.plus(b),
  times: (a, b) => a.times(b),
  div: (a, b) => a.dividedBy(b),
  min: (a, b) => (a.lessThanOrEqualTo(b) ? a : b),
  compare: (a, b) => a.comparedTo(b),
};

const library = { ...byMethods, read: amount, write: toYuan };

const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
const decimalRead = new Map();
const decimal = {
  read: (s) => {
    let known = decimalRead.get(s);
    if (known === undefined) decimalRead.set(s, (known = new Money(s)));
    return known;
  },
  ...byMethods,
  write: (a) => {
    const y = a.toFixed(2, Money.ROUND_HALF_UP);
    return y === "-0.00" ? "0.00" : y;
  },
};

// An exact rational of fen in BigInt: n / d, d > 0, in lowest terms.
const gcd = (a, b) => {
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};
const rational = (n, d) => {
  if (d === 1n) return { n, d };
  const g = gcd(n, d);
  return g === 1n ? { n, d } : { n: n / g, d: d / g };
};
const bigintRead = new Map();
const bigint = {
  read: (s) => {
    let known = bigintRead.get(s);
    if (known === undefined) {
      const [whole, frac = ""] = s.split(".");
      known = rational(BigInt(whole + frac) * 100n, 10n ** BigInt(frac.length)); // yuan × 100 = fen
      bigintRead.set(s, known);
    }
    return known;
  },
  int: (k) => ({ n: BigInt(k) * 100n, d: 1n }),
  plus: (a, b) => (a.d === b.d ? rational(a.n + b.n, a.d) : rational(a.n * b.d + b.n * a.d, a.d * b.d)),
  times: (a, b) => rational(a.n * b.n, a.d * b.d * 100n),
  div: (a, b) => rational(a.n * b.d * 100n, a.d * b.n),
  min: (a, b) => (a.n * b.d <= b.n * a.d ? a : b),
  compare: (a, b) => {
    const x = a.n * b.d;
    const y = b.n * a.d;
    return x < y ? -1 : x > y ? 1 : 0;
  },
  write: ({ n, d }) => {
    const neg = n < 0n;
    const a = neg ? -n : n;
    let q = a / d;
    if ((a - q * d) * 2n >= d) q += 1n;
    if (q === 0n) return "0.00";
    const f = q % 100n;
    return `${neg ? "-" : ""}${q / 100n}.${f < 10n ? "0" : ""}${f}`;
  },
};

const impls = { library, decimal, bigint };
const deciders = Object.fromEntries(Object.entries(impls).map(([k, m]) => [k, decideWith(m)]));

// The same written amounts from every implementation.
const expected = claims.map(deciders.decimal);
for (const [name, decide] of Object.entries(deciders)) {
  const got = claims.map(decide);
  const diff = got.findIndex((g, i) => g !== expected[i]);
  if (diff >= 0) {
    console.error(`${name} differs at claim ${diff}: ${got[diff]} against decimal.js's ${expected[diff]}`);
    process.exit(1);
  }
}

function run(decide, n) {
  let sink = 0;
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) sink += decide(claims[i & 4095]).length;
  const used = process.cpuUsage(start);
  return { us: (used.user + used.system) / n, sink };
}

const results = {};
for (const [name, decide] of Object.entries(deciders)) {
  run(decide, WARM);
  const times = Array.from({ length: RUNS }, () => run(decide, N).us);
  results[name] = Math.min(...times);
}
console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} on ${os.cpus().length} cores, Node ${process.version}; ${N} claims, best of ${RUNS}`);
console.log("| money | µs per claim (CPU) | ÷ library |");
console.log("|---|---:|---:|");
for (const [name, us] of Object.entries(results)) console.log(`| ${name} | ${us.toFixed(3)} | ${(us / results.library).toFixed(1)}× |`);
