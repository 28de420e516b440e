/**
 * Cold review 95 (2026-12-07, HEAD e7f15ac, branch review95): a DIFFERENTIAL SWEEP of the command line's split path —
 * `skills-subsidy evaluate` on an input past 20,000 records, split into parts by a hash of the trainee id (docs/cli.md:
 * «A larger input is split into 512 parts…»), with `--threads`, `--order`, `--no-trace`, a prior ledger — against the
 * library in one process (`parseClaimsDocument` → `evaluateBatch`). Amounts are ILLUSTRATIVE where they come from the
 * catalogue of fixtures/jiaxing (codes EX-…) or the example catalogue of test/support/national.ts, and the apprenticeship
 * record's 6000.00 a year is an example within jx2019's range; jx2019's own figures are the living allowance of 50 a day and
 * the 初级工 appraisal of 120.
 *
 * ── What the claimant is owed, from the texts (written before reading the code) ──────────────────────────────────────
 * jx2019: 「就业补助资金按每人每天 50 元标准给予生活费补贴。」 — each attended day once; the employee apprentice's subsidy to
 * the enterprise 「按每人每年 4000 元至 10000 元的标准」 — per apprentice and year, however many apprentices one enterprise takes
 * on; the training package 「开发职业技能培训包，给予每个不超过 5」(万元) — each package once, whoever files it; the appraisal
 * 「补贴标准为初级工、」「中级工 120 元」; and the ledger 「建立培训全过程台账，确保可追溯」 — which claim was paid for what. None of
 * this depends on which other trainees a batch puts beside a claim: a decision, and the grant that records it, may not
 * change with how a batch is cut into parts. So the split path owes every claim the one process's outcome, amount, payee,
 * reasons — and the same grant, id included, since the run's grants file is the next run's ledger and the period's report.
 *
 * ── Read ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
 * docs/cli.md (evaluate, --threads, --order, --ledger, chained runs, honest limits); src/cli/pipeline.ts (routing, PartJoins,
 * decidePart, step 3's claim-id facts, slices); src/engine.ts (claimIdFacts, judgedOrder, contradicts, asksUnpaid,
 * refiledGrantId, the grant id in decideBatch); src/core/ledger.ts (what is kept per trainee, `withoutKeys`); the readings
 * claim-id-reused, ledger-grant-identity, pay-once-basis, earlier-grant-unreadable; test/cli-helpers.ts, test/cli-partition,
 * test/review90, 92, 93; test/support/world.ts, ordinary.ts, apprenticeship.ts.
 *
 * ── Ran ──────────────────────────────────────────────────────────────────────────────────────────────────────────────
 * `sweep` below, seeded: two worlds in three «payable» (2–6 trainees of Jiaxing, or of the example city under the national
 * frameworks, who are owed money — local employees of E1 or E2, 就业困难人员, poverty-registered workers, employee
 * apprentices — with 1–3 courses and certificates each, the same occupation and level now and then; claims of all seven
 * measures by the trainee, the employer or an organiser; one training package across trainees; claim ids unique, held by
 * two trainees, or numbered `<id>:2`; copies; prior living-allowance grants keying the first day or two of a course under
 * the claim's id, so that the claim is judged again; invalid prior grants naming a claim; certificates under another's id
 * or with an unreadable date), one in three test/support/world.ts's worlds perturbed alike (and claims naming another
 * trainee's course or certificate, another trainee's prior grant under a claim's id). Each world decided in one process
 * and by `evaluate` forced onto the split path (4, 5, 8 or 512 parts; 2 threads with the built worker; parts in ~400-byte
 * slices; JSON or NDJSON; judged or trainee order; `--on`), then as run 2, fed the split path's own grants (and claims
 * numbered as those grants, half of them another trainee's; one world in two read from run 1's grants FILE, `--ledger`);
 * one in four a run 3 on a ledger file whose last line is cut short, naming a claim under another trainee (reading
 * earlier-grant-unreadable; no library call reads such a line, so there the command line in memory is the one process);
 * compared claim by claim — outcome, amount, payee, reason codes, grant ids — and the invalid records; pay-once checked
 * over ledger + run. Policies as the command line builds them
 * (jiaxing-2019 + the fixtures' catalogue; national-frameworks and national + the example catalogue; the hash compared).
 *
 * RESULT (seeds 1–150, 2001–2600, 3001–3300, 5001–5060, 6001–6600, 7001–7040, 8001–8300 with REVIEW95_WORLDS /
 * REVIEW95_FIRST, the later ranges with run 2 from the grants file and run 3; 2,050 worlds, 4,270 runs, 56,455 decisions,
 * 9,325 grants of which 1,279 numbered `<id>:n`; earlier shapes of the generator, ~700 worlds more, found the same):
 * outcomes, amounts, payees and reason codes — 0 differences; invalid records — only `reference_mismatch` ↔
 * `unknown_reference` for a record of another part (documented, read as one); grant ids — 48 differences (45 in run 1, 3
 * in the chained run 2), every one F1; run 3 (the cut ledger line, 85 worlds) — 0; pay-once over ledger + run — no day,
 * certificate, course, apprenticeship period or package key in two grants, and 24 grant ids held with two contents, every
 * one F1. No money moved by the split: nothing paid twice, too much, refused or held that one process pays. Per-enterprise
 * counts: none in the code (the ledger's one cross-trainee reader, `withoutKeys`, serves training packages, whose parts are
 * joined); E1's apprentices in two parts are paid as in one process; the year counters (annual cap, apprenticeship years)
 * are per trainee.
 *
 * ── Finding ──────────────────────────────────────────────────────────────────────────────────────────────────────────
 * F1 (NO MONEY — the grant's id; 65 % a defect to mend; the reading claim-id-reused records its first face as «a record») —
 *    a part chooses the grant id of a claim judged again under its id (`<id>:2`, the first number no grant of the ledger
 *    holds and no claim of the batch is) from its own ledger and claims alone. (a) P1's living allowance L1, its first day
 *    paid before, is judged again for nine days, 9 × 50.00 = 450.00; P2 (another part) files her own ten days as `L1:2`,
 *    500.00. One process: grants `L1:3` (P1) and `L1:2` (P2). Split: both `L1:2` — one run's own --grants-out holds two
 *    contents under one id, and `report --grants` on it exits 1 («id L1:2 appears twice», duplicate_id), where the
 *    one-process file reports: the period's 950.00 cannot be reported (docs/cli.md, chained runs: «The grants and the
 *    training records make a progress report»). (b) another trainee's PRIOR grant numbered `L1:2`, held by her part: P1's
 *    refile is `L1:3` in one process, `L1:2` split. (c) cold review 91 F2's case in a chained run: P2's new claim numbered
 *    `L1:2`, as P1's refile grant of the ledger is: one process gives her grant `L1:2:2`, the split path `L1:2`. Money is the
 *    same both ways (the day keys pay each day once; ledger-grant-identity keeps both contents of an id), and the reading
 *    names (a) («a record if another trainee's claim of another part is numbered so»), not (b) or (c), nor that the run's
 *    own grants file is then refused by `report`. I argue it is a defect, not a limit: docs/cli.md promises the split path
 *    decides as the library, the grant ids are its output, and 「确保可追溯」 wants one grant per id. Cause:
 *    src/engine.ts:794-800 (`refiledGrantId` reads `document.ledger` and `document.claims`, a part's) and :904
 *    (`priorGrantIds`, the part's ledger; `paidBefore !== null` — a part with no prior grant renames nothing), with
 *    src/cli/pipeline.ts:856-860 (the ids files carry claim ids and grants' claim ids, never grant ids). Mend: in step 2 a
 *    part notes each grant id it chose as `<base>:<n>` (and each claim whose grant took its own id) in the ids file of
 *    `<base>`, beside every claim id and prior grant id of the form `<base>:<n>`; step 3 gives a unit whose choice another
 *    unit holds a fact `takenIds` (a new `ClaimsElsewhere` field that `refiledGrantId` and `priorGrantIds` also read), and
 *    the part is decided again, as parts with claim-id facts are now (rare: a refile numbered into another's id). Or, at
 *    least, name it among docs/cli.md's «Honest limits» and let `report --grants` read two contents under one id as
 *    `evaluate --ledger` does.
 *
 *    Tests: F1a, F1b, F1c (it.fails, each seen failing at its grant-id assertion, the one-process assertions before it holding).
 *
 * Not reached by the command line's policies: 以工代训 and the insured skill-upgrade subsidy paid (no shipped policy sets
 * their local standards: both are held, alike both ways — their refiles too); CSV input (parsed records, as JSON's are).
 *
 * Controls that hold (plain `it`): the sweep (outcomes, amounts, payees, reasons, invalid records, pay-once); the ordinary
 * claimants one to a part — training subsidy 1000.00, appraisal 120.00, living allowance 500.00, E1's two apprentices
 * 6000.00 each in two parts, PK-1 filed under two trainees in two parts paid once 40,000.00 — alike in one process, 4
 * parts, 2 threads, 512 parts from NDJSON and the trainee order; chained runs on the split path through a grants FILE
 * (`--ledger`): every claim paid is duplicate_claim, a new id on each basis pays 0.00 (on 2 threads too), as one process
 * does; the living allowance judged again under its id pays the nine unpaid days once (450.00) and a further refile
 * nothing; a claim naming another trainee's certificate is invalid both ways (reference_mismatch / unknown_reference, as
 * docs/cli.md says).
 * MENDED 2026-12-07: F1 — the parts exchange the ids a grant may not take, as the reviewer suggested (src/cli/pipeline.ts
 *    `I`/`J`/`K` id lines and `N`/`M` facts; src/engine.ts ClaimsElsewhere.grantIds and claimIds): the sweep now asserts no
 *    grant-id difference at all.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Policy } from "../src/index.js";
import { evaluateBatch, parseClaimsDocument } from "../src/index.js";
import { policyFromSource } from "../src/cli/options.js";
import { cli, evaluateSliced, evaluateSpilled, evaluateThreaded, packageClaim, toNdjson } from "./cli-helpers.js";
import { apprentice, period } from "./support/apprenticeship.js";
import { cert as jxCert, course as jxCourse, E1 as JE1, worker as jxWorker } from "./support/ordinary.js";
import type { Doc } from "./cli-helpers.js";
import { HERE as HERE_CITY, illustrativeCatalogue } from "./support/national.js";
import { rng as seeded } from "./support/rng.js";
import { rawDocument, TRAINEE_IDS, worldArb } from "./support/world.js";
import type { WorldOptions } from "./support/world.js";

type O = Record<string, any>;

const dir = mkdtempSync(join(tmpdir(), "review95-"));
const JX_CAT = "fixtures/jiaxing/catalogue-2020.json";
const EX_CAT = join(dir, "example-catalogue.json");
writeFileSync(EX_CAT, JSON.stringify(illustrativeCatalogue));

/** The command line's policies, and the same policy built as the command line builds it (its workers too). */
interface CliPolicy {
  readonly args: string[];
  readonly policy: Policy;
}
const cliPolicy = (id: string, catalogue: string): CliPolicy => ({
  args: ["--policy", id, "--catalogue", catalogue],
  policy: policyFromSource({ policy: id, catalogue: JSON.parse(readFileSync(catalogue, "utf8")) }),
});
const POLICIES: CliPolicy[] = [cliPolicy("jiaxing-2019", JX_CAT), cliPolicy("national-frameworks", EX_CAT), cliPolicy("national", EX_CAT)];

const KINDS: WorldOptions[] = [
  {},
  { workers: true },
  { measures: ["livingAllowance", "livingAllowance", "trainingSubsidy", "appraisalSubsidy", "apprenticeshipSubsidy"] },
  { measures: ["apprenticeshipSubsidy", "workForTrainingSubsidy", "trainingPackageGrant", "livingAllowance"] },
  { crowded: true },
];

/** One decision as compared: outcome, amount, payee, reason codes, and the ids of the grants the run made on the claim. */
interface Dec {
  outcome: string;
  amount: string | null;
  payee: string | null;
  codes: string;
  grants: string;
}
interface Decided {
  decisions: Map<string, Dec>;
  /** claim ids decided more than once (the command line writes each decision; one document decides an id once) */
  twice: string[];
  grants: O[];
  invalid: string[];
  hash: string | null;
  /** the grants file the command line wrote */
  file?: string;
}

const payeeOf = (p: O | null | undefined) => (p === null || p === undefined ? null : `${p["kind"]}:${p["id"]}`);

function library(policy: Policy, raw: O, on?: string): Decided {
  const p = parseClaimsDocument(JSON.parse(JSON.stringify(raw)));
  if (!p.ok) throw new Error(JSON.stringify(p.issues).slice(0, 300));
  const b = evaluateBatch(policy, p.value.document, { trace: false, ...(on === undefined ? {} : { on }) } as never);
  const grants = b.grants as unknown as O[];
  const decisions = new Map<string, Dec>();
  const twice: string[] = [];
  for (const d of b.decisions) {
    if (decisions.has(d.claimId)) twice.push(d.claimId);
    decisions.set(d.claimId, {
      outcome: d.outcome,
      amount: d.amount,
      payee: payeeOf(d.payee as O | null),
      codes: d.reasons.map((x) => x.code).join(","),
      grants: grants
        .filter((g) => g["claimId"] === d.claimId)
        .map((g) => g["id"])
        .sort()
        .join(","),
    });
  }
  const invalid = p.value.invalid.map((r) => `${r.collection}:${r.id}:${r.issues.map((i) => (i.code === "reference_mismatch" ? "unknown_reference" : i.code)).join("+")}`).sort();
  return { decisions, twice, grants, invalid, hash: policy.hash };
}

let files = 0;
const COLLECTION_OF_TYPE: Record<string, string> = { trainee: "trainees", course: "courses", certificate: "certificates", enterprise: "enterprises", apprenticeship: "apprenticeships", claim: "claims", grant: "ledger" };

/** The command line on the split path (`parts` parts; `threads` > 1: the built worker), the input as JSON or NDJSON. */
async function split(p: CliPolicy, raw: O, o: { parts: number; threads?: number; ndjson?: boolean; order?: "trainee"; ledgerFile?: string; on?: string; sliceBytes?: number; memory?: boolean }): Promise<Decided> {
  const gfile = join(dir, `g${files++}.json`);
  const text = o.ndjson === true ? toNdjson(raw as Doc) : JSON.stringify(raw);
  const args = ["-", "--input", o.ndjson === true ? "ndjson" : "json", ...p.args, "--format", "json", "--no-trace", "--quiet", "--grants-out", gfile, ...(o.order === undefined ? [] : ["--order", o.order]), ...(o.ledgerFile === undefined ? [] : ["--ledger", o.ledgerFile]), ...(o.on === undefined ? [] : ["--on", o.on])];
  const r = o.memory === true ? await cli(["evaluate", ...args], text) : o.sliceBytes !== undefined ? await evaluateSliced(args, text, o.parts, o.sliceBytes) : o.threads !== undefined && o.threads > 1 ? await evaluateThreaded(args, text, o.parts, o.threads) : await evaluateSpilled(args, text, o.parts);
  if (r.code > 1) throw new Error(`exit ${r.code}: ${r.err}`);
  const out = JSON.parse(r.out) as { decisions: O[]; invalid: O[] };
  const grants = JSON.parse(readFileSync(gfile, "utf8")) as O[];
  const decisions = new Map<string, Dec>();
  const twice: string[] = [];
  for (const d of out.decisions) {
    const id = d["claimId"] as string;
    if (decisions.has(id)) twice.push(id);
    decisions.set(id, {
      outcome: d["outcome"],
      amount: d["amount"],
      payee: payeeOf(d["payee"]),
      codes: (d["reasons"] as O[]).map((x) => x["code"]).join(","),
      grants: grants
        .filter((g) => g["claimId"] === id)
        .map((g) => g["id"])
        .sort()
        .join(","),
    });
  }
  // a record another part holds is `unknown_reference` on the split path where one document says `reference_mismatch`:
  // documented (docs/cli.md, «The claim is invalid either way; only the code differs»), so both are read as one (here
  // and in `library`)
  const invalid = out.invalid.map((r) => `${COLLECTION_OF_TYPE[r["recordType"]] ?? r["recordType"]}:${r["id"]}:${(r["issues"] as O[]).map((i) => (i["code"] === "reference_mismatch" ? "unknown_reference" : i["code"])).join("+")}`).sort();
  const hash = (out.decisions[0]?.["provenance"]?.["policy"]?.["hash"] as string | undefined) ?? null;
  return { decisions, twice, grants, invalid, hash, file: gfile };
}

/** Every difference between one process and the split path, claim by claim (and the invalid records, and ids decided twice). */
function differences(a: Decided, b: Decided): O[] {
  const out: O[] = [];
  for (const id of new Set([...a.decisions.keys(), ...b.decisions.keys()])) {
    const x = a.decisions.get(id);
    const y = b.decisions.get(id);
    if (JSON.stringify(x) !== JSON.stringify(y)) out.push({ id, one: x, split: y });
  }
  if (a.twice.length + b.twice.length > 0) out.push({ twice: [a.twice, b.twice] });
  if (JSON.stringify(a.invalid) !== JSON.stringify(b.invalid)) out.push({ invalid: [a.invalid, b.invalid] });
  return out;
}


// ---------------------------------------------------------------------------------------------------------------------
// Payable worlds: trainees of Jiaxing (or of the example city) who are owed money, so that the sweep compares payments

const NANHU = "zhejiang.jiaxing.nanhu";
const SPECS = [
  ["EX-ELEC", "skillLevelCertificate", "junior"],
  ["EX-ELEC", "skillLevelCertificate", "intermediate"],
  ["EX-WELD", "skillLevelCertificate", "junior"],
  ["EX-WELD", "specialOperationsCertificate", null],
  ["EX-CARE", "specialAbilityCertificate", null],
  ["EX-ELEC", "qualificationCertificate", "junior"],
] as const;
const YEARS = ["2020", "2021"] as const;

/**
 * A world of 2–6 trainees, each with a status that opens some measure (a local enterprise employee of E1 or E2, a
 * 就业困难人员, a poverty-registered worker, an apprentice), 1–3 courses with certificates (the same occupation and level
 * twice now and then), claims of every measure by the trainee, the employer or an organiser, a shared training
 * package, ids unique, shared between two trainees, or numbered `<id>:2`; and a prior ledger of partial
 * living-allowance grants (days keyed) under the claims' ids.
 */
function payableWorld(seed: number, city: boolean): O {
  const R = seeded(seed);
  const region = city ? HERE_CITY : NANHU;
  const n = 2 + R.int(5);
  const people = Array.from({ length: n }, (_, i) => `P${i + 1}`);
  const trainees: O[] = [];
  const courses: O[] = [];
  const certificates: O[] = [];
  const apprenticeships: O[] = [];
  const claims: O[] = [];
  const ledger: O[] = [];
  const enterprises: O[] = [
    { id: "E1", name: "示例一厂", region, unemploymentInsuranceRegion: region },
    { id: "E2", name: "示例二厂", region, unemploymentInsuranceRegion: region },
  ];
  let nc = 0;
  const claimId = (t: string): string => {
    const roll = R.next();
    const others = claims.filter((c) => c["traineeId"] !== t);
    if (roll < 0.1 && others.length > 0) return R.pick(others)["id"] as string; // an id another trainee's claim holds
    if (roll < 0.2 && others.length > 0) return `${R.pick(others)["id"] as string}:2`; // numbered as a refile's grant would be
    return `${t}-${++nc}`;
  };
  for (const t of people) {
    const kind = R.pick(["employee", "employee", "hard", "poor", "apprentice"] as const);
    const employer = R.pick(["E1", "E2"]);
    trainees.push({
      id: t,
      birthDate: R.pick(["1975-03-01", "1990-05-05", "1998-05-01"]),
      statuses: kind === "employee" || kind === "apprentice" ? ["enterpriseEmployee"] : kind === "hard" ? ["employmentDifficulty"] : ["povertyRegistered"],
      hukouRegion: region,
      ...(kind === "employee" || kind === "apprentice" || kind === "poor" ? { employerId: employer } : {}),
      unemploymentInsuranceMonths: { [region]: R.pick([6, 24, 36]) },
    });
    const tc = 1 + R.int(3);
    for (let j = 0; j < tc; j++) {
      const spec = SPECS[R.int(SPECS.length)] as (typeof SPECS)[number];
      const year = R.pick(YEARS);
      const month = R.pick(["03", "06", "11"]);
      const len = 3 + R.int(8);
      const start = `${year}-${month}-01`;
      const days = Array.from({ length: len }, (_, k) => `${year}-${month}-${String(k + 1).padStart(2, "0")}`);
      const attended = days.filter(() => R.next() < 0.85);
      const cid = `K-${t}-${j}`;
      courses.push({
        id: cid,
        traineeId: t,
        kind: R.pick(["employmentSkills", "employmentSkills", "skillUpgrade", "jobTransfer"]),
        occupation: { code: spec[0], name: `${spec[0]}（示意）` },
        ...(spec[2] === null ? {} : { level: spec[2] }),
        classHours: 8 * len,
        startDate: start,
        endDate: days[days.length - 1],
        attendedDays: attended.length,
        ...(R.next() < 0.7 ? { attendedDates: attended } : {}),
        region,
      });
      const certId = `C-${t}-${j}`;
      const issued = `${year}-${month}-2${R.int(8)}`;
      if (R.next() < 0.85) certificates.push({ id: certId, traineeId: t, kind: spec[1], occupation: { code: spec[0], name: `${spec[0]}（示意）` }, ...(spec[2] === null ? {} : { level: spec[2] }), issuedOn: issued, courseId: cid });
      const filed = `${year}-12-1${R.int(9)}`;
      const self = { kind: "trainee", id: t };
      const byEmployer = { kind: "enterprise", id: employer };
      if (R.next() < 0.8) claims.push({ id: claimId(t), measure: "trainingSubsidy", traineeId: t, claimant: kind === "employee" && R.next() < 0.4 ? byEmployer : self, ...(kind === "employee" && R.next() < 0.4 ? { enterpriseId: employer } : {}), certificateId: certId, ...(R.next() < 0.5 ? { courseId: cid } : {}), submittedOn: filed });
      if (R.next() < 0.6) claims.push({ id: claimId(t), measure: "appraisalSubsidy", traineeId: t, claimant: self, certificateId: certId, submittedOn: filed });
      if (R.next() < 0.6) {
        const id = claimId(t);
        claims.push({ id, measure: "livingAllowance", traineeId: t, claimant: self, courseId: cid, submittedOn: filed });
        // a prior grant under the claim's id keying its first day or two (another system's partial payment): the claim is
        // judged again for the rest, its grant taking `<id>:2`
        if (attended.length >= 2 && R.next() < 0.5) {
          const paid = attended.slice(0, 1 + R.int(2));
          ledger.push({ id, claimId: id, traineeId: t, measure: "livingAllowance", provision: "jx2019.living-allowance", payee: self, amount: (50 * paid.length).toFixed(2), basisDate: paid[paid.length - 1], basisKeys: paid.map((d) => `${DAY_PREFIX(t)}${d}`) });
        }
      }
      if (R.next() < 0.3) claims.push({ id: claimId(t), measure: "insuredSkillUpgradeSubsidy", traineeId: t, claimant: self, certificateId: certId, submittedOn: filed });
    }
    if (kind === "apprentice" || R.next() < 0.2) {
      const aid = `A-${t}`;
      const y = R.pick(["2020", "2021"]);
      apprenticeships.push({ id: aid, traineeId: t, enterpriseId: employer, kind: "employee", occupation: { code: "EX-WELD", name: "焊工（示意）" }, startDate: `${y}-03-01`, endDate: `${Number(y) + R.int(2) + 1}-02-28`, annualStandard: R.pick(["4000.00", "6000.00", "10000.00"]) });
      for (let k = 0; k < 1 + R.int(2); k++) claims.push({ id: claimId(t), measure: "apprenticeshipSubsidy", traineeId: t, claimant: { kind: "enterprise", id: employer }, enterpriseId: employer, apprenticeshipId: aid, submittedOn: `${Number(y) + k + 1}-03-1${R.int(9)}` });
    }
    if (kind === "poor" || R.next() < 0.15) {
      const first = R.int(10);
      const months = Array.from({ length: 2 + R.int(5) }, (_, k) => `2020-${String(first + k + 1).padStart(2, "0")}`).filter((m) => m <= "2020-12");
      claims.push({ id: claimId(t), measure: "workForTrainingSubsidy", traineeId: t, claimant: { kind: "enterprise", id: employer }, enterpriseId: employer, months, submittedOn: "2021-01-15" });
    }
    if (R.next() < 0.15) claims.push({ id: claimId(t), measure: "trainingPackageGrant", traineeId: t, claimant: { kind: "organizer", id: R.pick(["ORG-1", "ORG-2"]) }, submittedOn: R.pick(["2020-09-01", "2020-09-02"]), amountClaimed: "40000.00", trainingPackage: { id: R.pick(["PK-1", "PK-2"]), developerKind: "vocationalCollege", commissioned: true } });
  }
  // copies: a claim filed twice (the same content), or twice with another filing day
  for (const c of claims.slice()) if (R.next() < 0.05) claims.push(R.next() < 0.5 ? { ...c } : { ...c, submittedOn: `${(c["submittedOn"] as string).slice(0, 8)}28` });
  // records set aside as invalid: a prior grant naming a claim (its own trainee's, another's, or none readable), a
  // certificate under an id another trainee's certificate holds or with an unreadable date (reading earlier-grant-unreadable,
  // earlier-certificate-unreadable)
  if (claims.length > 0 && R.next() < 0.25) {
    const c = R.pick(claims);
    const who = R.int(3);
    ledger.push({ id: `BAD-${R.int(9)}`, claimId: c["id"], ...(who === 0 ? { traineeId: c["traineeId"] } : who === 1 ? { traineeId: R.pick(people) } : {}), measure: c["measure"], provision: "jx2019.catalogue", payee: { kind: "trainee", id: c["traineeId"] }, amount: "not money", basisDate: "2019-06-01" });
  }
  if (certificates.length > 0 && R.next() < 0.25) {
    const k = R.pick(certificates);
    const owner = R.next() < 0.5 ? (k["traineeId"] as string) : R.pick(people);
    certificates.push({ ...k, id: R.next() < 0.5 ? k["id"] : `X-${k["id"] as string}`, traineeId: owner, issuedOn: R.next() < 0.5 ? "2019-13-01" : "2019-06-01" });
  }
  return { trainees, enterprises, courses, certificates, apprenticeships, claims, ledger };
}

const ids = TRAINEE_IDS as readonly string[];
const DAY_PREFIX = (t: string) => `livingAllowance|${t}|day `;

/**
 * The world's perturbations, seeded: (1) a living-allowance claim whose prior grant under its id keyed only its first
 * known day (so it is judged again and its grant takes `<id>:2`); (2) another trainee's claim or prior grant numbered
 * `<id>:2`; (3) a claim id filed by two trainees (a copy with the trainee changed, its records kept or dropped);
 * (4) a prior grant of one trainee under another trainee's claim id; (5) a claim naming another trainee's course or
 * certificate.
 */
function perturb(raw: O, r: () => number): O {
  const claims = raw["claims"] as O[];
  const ledger = raw["ledger"] as O[];
  const courses = raw["courses"] as O[];
  const other = (t: string) => ids.filter((x) => x !== t)[Math.floor(r() * 2)] as string;
  const extraClaims: O[] = [];
  const extraGrants: O[] = [];
  const done = new Set<string>();
  for (const c of claims) {
    if (c["measure"] === "livingAllowance" && typeof c["courseId"] === "string" && !done.has(c["id"]) && r() < 0.6) {
      done.add(c["id"]);
      const course = courses.find((k) => k["id"] === c["courseId"]);
      const days = (course?.["attendedDates"] as string[] | undefined) ?? [];
      if (days.length >= 2) {
        const t = c["traineeId"] as string;
        extraGrants.push({ id: c["id"], claimId: c["id"], traineeId: t, measure: "livingAllowance", provision: "jx2019.living-allowance", payee: { kind: "trainee", id: t }, amount: "50.00", basisDate: days[0], basisKeys: [`${DAY_PREFIX(t)}${days[0]}`] });
        const roll = r();
        if (roll < 0.3) {
          // another trainee's claim numbered as the refile's grant would be
          const u = other(t);
          const theirs = claims.find((x) => x["traineeId"] === u && x["measure"] !== "trainingPackageGrant");
          if (theirs !== undefined) extraClaims.push({ ...theirs, id: `${c["id"]}:2` });
        } else if (roll < 0.6) {
          // another trainee's prior grant numbered so
          const u = other(t);
          extraGrants.push({ id: `${c["id"]}:2`, claimId: `OLD-${u}-${Math.floor(r() * 99)}`, traineeId: u, measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", payee: { kind: "trainee", id: u }, amount: "120.00", basisDate: "2019-01-01", occupationCode: "EX-OLD", level: "junior" });
        }
      }
    }
  }
  for (const c of claims) {
    const roll = r();
    if (roll < 0.08) {
      // the same id filed for another trainee: the copy keeps its records (another's) or drops them
      const u = other(c["traineeId"] as string);
      const copy: O = { ...c, traineeId: u, claimant: c["claimant"]?.["kind"] === "trainee" ? { kind: "trainee", id: u } : c["claimant"] };
      if (r() < 0.5) for (const k of ["courseId", "certificateId", "apprenticeshipId"]) delete copy[k];
      extraClaims.push(copy);
    } else if (roll < 0.14) {
      // a prior grant of another trainee under this claim's id
      const u = other(c["traineeId"] as string);
      extraGrants.push({ id: `X-${c["id"]}`, claimId: c["id"], traineeId: u, measure: c["measure"], provision: "jx2019.appraisal-subsidy", payee: { kind: "trainee", id: u }, amount: "120.00", basisDate: "2019-01-01" });
    } else if (roll < 0.2 && (c["courseId"] !== undefined || c["certificateId"] !== undefined)) {
      // a new claim naming another trainee's record (the boundary's reference_mismatch)
      const u = other(c["traineeId"] as string);
      extraClaims.push({ ...c, id: `${c["id"]}-F`, traineeId: u, claimant: { kind: "trainee", id: u } });
    }
  }
  return { ...raw, claims: [...claims, ...extraClaims], ledger: [...ledger, ...extraGrants] };
}

/**
 * Run 2 of a chain: run 1's grants after the ledger, every claim filed again, and a few new claims numbered as run 1's
 * grants — the grant's own claim, or (one in two) a claim of another trainee (cold review 91 F2's numbering).
 */
function chained(raw: O, grants: readonly O[], r: () => number): O {
  const claims = (raw["claims"] as O[]).map((c) => ({ ...c }));
  const extra = grants.filter(() => r() < 0.2).flatMap((g) => {
    const own = claims.find((x) => x["id"] === g["claimId"]);
    const others = claims.filter((x) => x["traineeId"] !== g["traineeId"] && x["measure"] !== "trainingPackageGrant");
    const c = r() < 0.5 && others.length > 0 ? others[Math.floor(r() * others.length)] : own;
    return c === undefined ? [] : [{ ...c, id: g["id"] }];
  });
  return { ...raw, claims: [...claims, ...extra], ledger: [...(raw["ledger"] as O[]), ...grants] };
}

/** Pay-once in a run: every basis key in at most one grant of ledger + run; no grant id twice with two contents. */
function payOnceBreaches(ledger: readonly O[], grants: readonly O[]): string[] {
  const keysOf = (g: O): string[] => {
    const ks = new Set<string>((g["basisKeys"] as string[] | undefined) ?? []);
    if (g["measure"] === "workForTrainingSubsidy" && Array.isArray(g["months"])) for (const m of g["months"] as string[]) ks.add(`workForTrainingSubsidy|${g["traineeId"]}|month ${m}`);
    return [...ks];
  };
  const seen = new Set<string>();
  const out: string[] = [];
  for (const g of ledger) for (const k of keysOf(g)) seen.add(k);
  for (const g of grants) for (const k of keysOf(g)) (seen.has(k) ? out.push(`${k} again in ${g["id"]}`) : seen.add(k));
  // a grant of the run under an id a grant of the ledger or of the run holds with another content
  const byId = new Map<string, string>();
  for (const g of ledger) byId.set(String(g["id"]), JSON.stringify(g));
  for (const g of grants) {
    const id = String(g["id"]);
    const c = JSON.stringify(g);
    if (byId.has(id) && byId.get(id) !== c) out.push(`grant id ${id} with two contents: ${byId.get(id)} / ${c}`);
    byId.set(id, c);
  }
  return out;
}

export interface SweepResult {
  worlds: number;
  runs: number;
  decisions: number;
  diffs: O[];
  breaches: string[];
  hashes: string[];
  /** grants of a claim judged again under its id (`<id>:2` …) the split path made, and claims granted */
  refiledGrants: number;
  granted: number;
}

export async function sweep(worlds: number, first = 1): Promise<SweepResult> {
  const res: SweepResult = { worlds, runs: 0, decisions: 0, diffs: [], breaches: [], hashes: [], refiledGrants: 0, granted: 0 };
  for (let s = first; s < first + worlds; s++) {
    // two worlds in three payable (Jiaxing, or the example city under the national frameworks), one in three world.ts's
    const generated = s % 3 === 0;
    const pi = generated ? s % POLICIES.length : s % 6 === 1 ? 1 : 0;
    const p = POLICIES[pi] as CliPolicy;
    let raw1: O;
    if (generated) {
      const kind = KINDS[Math.floor(s / 3) % KINDS.length] as WorldOptions;
      const world = fc.sample(worldArb(kind), { seed: s, numRuns: 1 })[0];
      raw1 = perturb(rawDocument(world as never) as unknown as O, seeded(s * 7919 + 13).next);
    } else raw1 = payableWorld(s, pi === 1);
    // parts (512 one world in twenty), 2 threads one in ten, a part decided in slices of ~400 bytes one in nine, NDJSON one in
    // two, the trainee order one in seven, every claim judged on 2022-06-30 (`--on`) one in eight
    const mode = {
      parts: s % 20 === 0 ? 512 : ([4, 5, 8][s % 3] as number),
      threads: s % 10 === 5 ? 2 : 1,
      ndjson: s % 2 === 0,
      ...(s % 7 === 3 ? { order: "trainee" as const } : {}),
      ...(s % 9 === 4 ? { sliceBytes: 400 } : {}),
      ...(s % 8 === 6 ? { on: "2022-06-30" } : {}),
    };
    const one1 = library(p.policy, raw1, mode.on);
    const split1 = await split(p, raw1, mode);
    res.runs++;
    res.decisions += one1.decisions.size;
    if (split1.hash !== null && split1.hash !== one1.hash) res.hashes.push(`seed ${s}: ${split1.hash} ≠ ${one1.hash}`);
    for (const d of differences(one1, split1)) res.diffs.push({ s, run: 1, pi, mode, ...d });
    res.breaches.push(...payOnceBreaches(raw1["ledger"] as O[], split1.grants).map((b) => `seed ${s} run 1 split: ${b}`));
    // run 2 on run 1's grants (the split path's own: a chained run), both sides fed the same ledger; one world in two the
    // command line reads them from the grants FILE run 1 wrote (`--ledger`), beside the document's own ledger
    const raw2 = chained(raw1, split1.grants, seeded(s * 31 + 5).next);
    const one2 = library(p.policy, raw2, mode.on);
    const split2 = s % 2 === 1 ? await split(p, { ...raw2, ledger: raw1["ledger"] }, { ...mode, ledgerFile: split1.file as string }) : await split(p, raw2, mode);
    res.runs++;
    res.decisions += one2.decisions.size;
    for (const d of differences(one2, split2)) res.diffs.push({ s, run: 2, pi, mode, ...d });
    // one world in four, a run 3 on a ledger FILE whose last line is cut short, naming a claim of the batch under another
    // trainee (reading earlier-grant-unreadable): no library call reads such a line, so the command line in memory is the
    // one process here
    if (s % 4 === 1 && (raw1["claims"] as O[]).length > 0) {
      const rr = seeded(s * 97 + 1);
      const named = rr.pick(raw1["claims"] as O[]);
      const others = (raw1["trainees"] as O[]).map((t) => t["id"] as string).filter((t) => t !== named["traineeId"]);
      const cut = join(dir, `cut${files++}.ndjson`);
      const line = JSON.stringify({ type: "grant", id: "G-CUT", claimId: named["id"], traineeId: others.length > 0 ? rr.pick(others) : named["traineeId"], measure: named["measure"], amount: "120.00" });
      writeFileSync(cut, `${split1.grants.map((g) => JSON.stringify({ type: "grant", ...g })).join("\n")}\n${line.slice(0, line.length - 12)}\n`);
      const raw3 = { ...raw1, ledger: raw1["ledger"] };
      const mem3 = await split(p, raw3, { ...mode, ledgerFile: cut, memory: true });
      const split3 = await split(p, raw3, { ...mode, ledgerFile: cut });
      res.runs += 2;
      for (const d of differences(mem3, split3)) res.diffs.push({ s, run: 3, pi, mode, ...d });
    }
    res.breaches.push(...payOnceBreaches(raw2["ledger"] as O[], split2.grants).map((b) => `seed ${s} run 2 split: ${b}`));
    for (const g of [...split1.grants, ...split2.grants]) if (/:\d+$/.test(String(g["id"]))) res.refiledGrants++;
    res.granted += split1.grants.length + split2.grants.length;
  }
  return res;
}

/** Whether a difference is a grant id alone: the same outcome, amount, payee and reasons, grant ids `<claim>:<n>` both sides. */
function grantIdOnly(d: O): boolean {
  const a = d["one"] as Dec | undefined;
  const b = d["split"] as Dec | undefined;
  if (a === undefined || b === undefined) return false;
  const same = a.outcome === b.outcome && a.amount === b.amount && a.payee === b.payee && a.codes === b.codes;
  const numbered = (g: string) => g.split(",").every((x) => x === d["id"] || x.startsWith(`${d["id"] as string}:`));
  return same && a.grants !== b.grants && numbered(a.grants) && numbered(b.grants);
}

describe("cold review 95: the split path against one process, on generated worlds", () => {
  it("generated worlds, each decided in one process and by the command line split into parts (4, 5, 8 or 512; on 2 threads; in slices; JSON or NDJSON; either order; --on), then chained on the split path's own grants: every outcome, amount, payee and reason is one process's; the only difference is a grant id (F1); no basis paid twice", async () => {
    // REVIEW95_WORLDS=300 REVIEW95_FIRST=8001 runs one of the report's ranges (about 3 minutes here); REVIEW95_DUMP=<file> writes the result
    const n = Number(process.env["REVIEW95_WORLDS"] ?? 120);
    const first = Number(process.env["REVIEW95_FIRST"] ?? 1);
    const r = await sweep(n, first);
    const f1 = r.diffs.filter(grantIdOnly);
    const other = r.diffs.filter((d) => !grantIdOnly(d));
    const grantIdBreaches = r.breaches.filter((b) => /^seed \d+ run \d split: grant id \S+:\d+ with two contents/.test(b));
    console.log(`review95 sweep (seeds ${first}–${first + n - 1}): ${r.runs} runs, ${r.decisions} decisions, ${r.granted} grants (${r.refiledGrants} numbered <id>:n); differences: ${f1.length} grant id only (F1: ${f1.filter((d) => d["run"] === 1).length} in run 1, ${f1.filter((d) => d["run"] === 2).length} in the chained run 2), ${other.length} other; grant ids held twice in ledger + run: ${grantIdBreaches.length}; other breaches: ${r.breaches.length - grantIdBreaches.length}`);
    if (process.env["REVIEW95_DUMP"] !== undefined) writeFileSync(process.env["REVIEW95_DUMP"], JSON.stringify(r, null, 1));
    expect(r.hashes).toEqual([]); // the command line's policy is the one decided by here
    expect(r.decisions).toBeGreaterThan(n * 10);
    expect(r.granted).toBeGreaterThan(n * 2);
    expect(r.refiledGrants).toBeGreaterThan(0); // claims judged again under their ids are reached
    expect(other).toEqual([]);
    // no day, month, certificate, course, apprenticeship period or package key in two grants of ledger + run
    expect(r.breaches.filter((b) => !grantIdBreaches.includes(b))).toEqual([]);
    // since F1's mend (2026-12-07) the grant ids too are one process's, and no id holds two grants
    expect([f1.length, grantIdBreaches]).toEqual([0, []]);
  }, 300_000);
});

// ---------------------------------------------------------------------------------------------------------------------
// Hand cases (Jiaxing, jiaxing-2019 with the ILLUSTRATIVE catalogue of fixtures/jiaxing: its standards are examples)

const JXP = POLICIES[0] as CliPolicy;
const JX_ARGS = ["-", "--input", "json", ...JXP.args, "--format", "json", "--no-trace", "--quiet"];
const one = (doc: O) => library(JXP.policy, doc);
const at = (d: Decided, id: string) => {
  const x = d.decisions.get(id);
  return x === undefined ? "none" : `${x.outcome}:${x.amount}`;
};
const total = (d: Decided) => ([...d.decisions.values()].reduce((sum, x) => sum + Math.round(Number(x.amount ?? 0) * 100), 0) / 100).toFixed(2);

const DATES = Array.from({ length: 10 }, (_, i) => `2021-06-${String(i + 1).padStart(2, "0")}`);
const self = (t: string) => ({ kind: "trainee", id: t });
/** A Nanhu 就业困难人员 (jx2019's living-allowance groups), no employer. */
const hard = (id: string) => jxWorker({ id, statuses: ["employmentDifficulty"], employerId: undefined });
/** A ten-day course of June 2021, every day attended and listed. */
const june = (id: string, traineeId: string) => jxCourse(id, { traineeId, startDate: "2021-06-01", endDate: "2021-06-10", attendedDays: 10, attendedDates: DATES });
const la = (id: string, courseId: string, traineeId: string, submittedOn = "2021-06-20") => ({ id, measure: "livingAllowance", traineeId, claimant: self(traineeId), courseId, submittedOn });
/** A prior grant under claim `id` of P1 keying the first day of K1 only (another system's partial payment of it). */
const firstDayPaid = (id: string, traineeId = "P1") => ({ id, claimId: id, traineeId, measure: "livingAllowance", provision: "jx2019.living-allowance", payee: self(traineeId), amount: "50.00", basisDate: "2021-06-01", basisKeys: [`livingAllowance|${traineeId}|day 2021-06-01`] });

/**
 * The ordinary claimants, one per part of a split into 4 (P1 → part 2, P2 → 3, P3 → 0, P4 → 1, P5 → 2, P6 → 3: FNV-1a of
 * the id, mod 4): P1 a local enterprise employee with an EX-ELEC 初级工 certificate (training subsidy, appraisal); P2 a
 * 就业困难人员 on a ten-day course (living allowance); P3 and P4 employee apprentices of E1 (apprenticeship subsidy, paid
 * to E1 for both: one payee across two parts); P5 and P6 named by two organisers' claims for one training package PK-1.
 */
const ORDINARY = {
  trainees: [jxWorker(), hard("P2"), { ...apprentice, id: "P3" }, { ...apprentice, id: "P4" }, jxWorker({ id: "P5" }), jxWorker({ id: "P6" })],
  enterprises: [JE1],
  courses: [jxCourse("K1"), june("K2", "P2")],
  certificates: [jxCert("C1")],
  apprenticeships: [period("AP3", "2020-03-01", "2021-02-28", { traineeId: "P3" }), period("AP4", "2020-03-01", "2021-02-28", { traineeId: "P4" })],
  claims: [
    { id: "T1", measure: "trainingSubsidy", traineeId: "P1", claimant: self("P1"), certificateId: "C1", submittedOn: "2020-07-01" },
    { id: "A1", measure: "appraisalSubsidy", traineeId: "P1", claimant: self("P1"), certificateId: "C1", submittedOn: "2020-07-01" },
    la("L2", "K2", "P2"),
    { id: "S3", measure: "apprenticeshipSubsidy", traineeId: "P3", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", apprenticeshipId: "AP3", submittedOn: "2021-03-15" },
    { id: "S4", measure: "apprenticeshipSubsidy", traineeId: "P4", claimant: { kind: "enterprise", id: "E1" }, enterpriseId: "E1", apprenticeshipId: "AP4", submittedOn: "2021-03-15" },
    packageClaim("PK-A", "P5", "SCHOOL-1", "2020-09-01"),
    // Changed 2026-12-08 (mendB111, reading package-grant-per-package): was SCHOOL-2 — two claimants of PK-1 are now both held
    // (package_claimed_by_others); the same organiser refiling under another trainee keeps «PK-1 once» across parts.
    packageClaim("PK-B", "P6", "SCHOOL-1", "2020-09-02"),
  ],
};
/**
 * What the ordinary claimants are owed, from the texts: T1 the catalogue's EX-ELEC 初级工 standard, 1000.00 (ILLUSTRATIVE
 * row); A1 「初级工、」 appraisal 120.00 (jx2019's own); L2 「按每人每天 50 元标准」 × 10 days = 500.00; S3 and S4 one year each
 * 「按每人每年 4000 元至 10000 元的标准」 at the record's 6000.00 (an example within the range), to E1; PK-1 once, 40,000.00
 * claimed within 「不超过 5」(万元): PK-A paid, PK-B refused.
 */
const OWED = { T1: "granted:1000.00", A1: "granted:120.00", L2: "granted:500.00", S3: "granted:6000.00", S4: "granted:6000.00", "PK-A": "granted:40000.00", "PK-B": "denied:0.00" };

describe("cold review 95: controls — the split path decides the ordinary claimants as one process does", () => {
  it("one process, 4 parts, 4 parts on 2 threads and 512 parts in NDJSON: the same seven decisions (1000.00 + 120.00 + 500.00 + 6000.00 + 6000.00 + 40,000.00 = 53,620.00), E1 paid for both its apprentices, PK-1 once", async () => {
    const memory = one(ORDINARY);
    expect(Object.fromEntries([...memory.decisions.keys()].map((id) => [id, at(memory, id)]))).toEqual(OWED);
    expect(total(memory)).toBe("53620.00");
    for (const mode of [{ parts: 4 }, { parts: 4, threads: 2 }, { parts: 512, ndjson: true }, { parts: 4, order: "trainee" as const }]) {
      const s = await split(JXP, ORDINARY, mode);
      expect(differences(memory, s), JSON.stringify(mode)).toEqual([]);
      expect(s.decisions.get("S3")?.payee).toBe("enterprise:E1");
      expect(s.decisions.get("S4")?.payee).toBe("enterprise:E1");
    }
  }, 60_000);

  it("chained runs on the split path: run 2 fed run 1's grants file as --ledger pays nothing again (every claim paid is duplicate_claim), and the same claims under new ids pay 0.00 on 2 threads, as in one process", async () => {
    const g1 = join(dir, "chain-1.ndjson");
    const r1 = await evaluateSpilled([...JX_ARGS, "--grants-out", g1], JSON.stringify(ORDINARY), 4);
    expect(r1.code).toBe(0);
    const r2 = await split(JXP, ORDINARY, { parts: 4, ledgerFile: g1 });
    // every paid claim refiled under its id: 「确保可追溯」 — the grant under the id says it was paid
    expect([...r2.decisions.entries()].filter(([, d]) => d.outcome === "granted")).toEqual([]);
    for (const id of ["T1", "A1", "L2", "S3", "S4", "PK-A"]) expect(r2.decisions.get(id)?.codes, id).toBe("duplicate_claim");
    // a new id on each basis paid is refused too (the bases' keys), on 2 threads
    const renamed = { ...ORDINARY, claims: ORDINARY.claims.map((c) => ({ ...c, id: `${c.id}-new` })) };
    const r3 = await split(JXP, renamed, { parts: 4, threads: 2, ledgerFile: g1 });
    expect(total(r3)).toBe("0.00");
    // the same as one process given those grants in its document (the NDJSON lines' "type" is no field of a grant)
    const ledger = readFileSync(g1, "utf8")
      .trim()
      .split("\n")
      .map((l) => Object.fromEntries(Object.entries(JSON.parse(l) as O).filter(([k]) => k !== "type")));
    expect(differences(one({ ...renamed, ledger }), r3)).toEqual([]);
  }, 60_000);

  it("a living allowance refiled under its id after another system paid its first day: 9 × 50.00 = 450.00 in one process and on the split path, and run 2 on its grants pays none of K1's days again (the refile duplicate_claim, a new id 0.00)", async () => {
    // 「就业补助资金按每人每天 50 元标准给予生活费补贴。」: ten days attended, one paid before, nine owed
    const doc = { trainees: [hard("P1"), hard("P2")], courses: [june("K1", "P1"), june("K2", "P2")], claims: [la("L1", "K1", "P1"), la("M2", "K2", "P2")], ledger: [firstDayPaid("L1")] };
    const memory = one(doc);
    expect([at(memory, "L1"), at(memory, "M2"), memory.decisions.get("L1")?.grants]).toEqual(["granted:450.00", "granted:500.00", "L1:2"]);
    const g1 = join(dir, "refile-1.json");
    const r1 = await evaluateSpilled([...JX_ARGS, "--grants-out", g1], JSON.stringify(doc), 4);
    expect(r1.code).toBe(0);
    const s1 = await split(JXP, doc, { parts: 4 });
    expect(differences(memory, s1)).toEqual([]);
    // run 2: the first-day grant and run 1's; L1 refiled once more, and under a new id
    const doc2 = { ...doc, claims: [la("L1", "K1", "P1", "2021-07-20"), la("L1-again", "K1", "P1", "2021-07-20")] };
    const r2 = await split(JXP, doc2, { parts: 4, ledgerFile: g1 });
    expect([r2.decisions.get("L1")?.codes, total(r2)]).toEqual(["duplicate_claim", "0.00"]);
  }, 60_000);

  it("a claim naming another trainee's certificate is set aside in one process (reference_mismatch) and on the split path (unknown_reference: docs/cli.md's «only the code differs»); nothing is paid on it", async () => {
    const doc = { ...ORDINARY, claims: [{ id: "T9", measure: "trainingSubsidy", traineeId: "P6", claimant: self("P6"), certificateId: "C1", submittedOn: "2020-07-01" }] };
    const p = parseClaimsDocument(doc);
    expect(p.ok && p.value.invalid.map((r) => r.issues.map((i) => i.code))).toEqual([["reference_mismatch"]]);
    const r = await evaluateSpilled(JX_ARGS, JSON.stringify(doc), 4);
    const out = JSON.parse(r.out) as { decisions: O[]; invalid: O[] };
    expect([r.code, out.decisions.length, out.invalid.map((x) => (x["issues"] as O[]).map((i) => i["code"]))]).toEqual([1, 0, [["unknown_reference"]]]);
  }, 60_000);
});

/** The grants file a split run writes (4 parts: P1 in part 2, P2 in part 3), and its decisions. */
async function splitWithGrants(doc: O, name: string) {
  const file = join(dir, `${name}.json`);
  const r = await evaluateSpilled([...JX_ARGS, "--grants-out", file], JSON.stringify(doc), 4);
  return { code: r.code, file, grants: JSON.parse(readFileSync(file, "utf8")) as O[] };
}
const idsOf = (grants: readonly O[]) => grants.map((g) => `${g["id"] as string}←${g["claimId"] as string}/${g["traineeId"] as string}`).sort();

describe("cold review 95: findings", () => {
  // Mended 2026-12-07 (the parts exchange the ids a grant may not take: ClaimsElsewhere.grantIds, claimIds)
  it("F1a (no money; grant ids): P1's living allowance refiled under L1 is granted L1:3 in one process, as P2's claim L1:2 takes L1:2 — on the split path both grants are L1:2 and report --grants refuses the run's own grants file", async () => {
    // P1: K1 ten days, the first paid before under L1: 9 × 50.00 = 450.00, judged again under its id (reading claim-id-reused),
    // its grant `L1:` and the first number no grant of the ledger holds and no claim of the batch is — P2's claim is L1:2,
    // so L1:3. P2: her own course K2, claim numbered L1:2 (another system's numbering), 10 × 50.00 = 500.00, grant L1:2.
    const doc = { trainees: [hard("P1"), hard("P2")], courses: [june("K1", "P1"), june("K2", "P2")], claims: [la("L1", "K1", "P1"), la("L1:2", "K2", "P2")], ledger: [firstDayPaid("L1")] };
    const memory = one(doc);
    expect([at(memory, "L1"), at(memory, "L1:2"), memory.decisions.get("L1")?.grants, memory.decisions.get("L1:2")?.grants]).toEqual(["granted:450.00", "granted:500.00", "L1:3", "L1:2"]);
    const s = await splitWithGrants(doc, "f1a");
    // the money is the same (450.00 + 500.00); the grant ids are not: 「建立培训全过程台账，确保可追溯」
    expect(idsOf(s.grants)).toEqual(["L1:2←L1:2/P2", "L1:3←L1/P1"]);
    // the run's own grants file, as docs/cli.md's chained runs hand it to the progress report
    expect((await cli(["report", "--period", "2021Q2", "--grants", s.file, "--format", "json"])).code).toBe(0);
  }, 60_000);

  // Mended 2026-12-07 (the parts exchange the ids a grant may not take: ClaimsElsewhere.grantIds, claimIds)
  it("F1b (no money; grant ids): with another trainee's prior grant numbered L1:2 (held by P2's part), P1's refile under L1 is granted L1:3 in one process and L1:2 on the split path — two contents under one id in ledger + run", async () => {
    // P1's nine unpaid days, 450.00, as in F1a; the prior ledger also holds P2's appraisal grant under the id L1:2
    const theirs = { id: "L1:2", claimId: "OLD-7", traineeId: "P2", measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", payee: self("P2"), amount: "120.00", basisDate: "2020-03-01", occupationCode: "EX-WELD", level: "junior" };
    const doc = { trainees: [hard("P1"), hard("P2")], courses: [june("K1", "P1")], claims: [la("L1", "K1", "P1")], ledger: [firstDayPaid("L1"), theirs] };
    const memory = one(doc);
    expect([at(memory, "L1"), memory.decisions.get("L1")?.grants]).toEqual(["granted:450.00", "L1:3"]);
    const s = await splitWithGrants(doc, "f1b");
    expect(idsOf(s.grants)).toEqual(["L1:3←L1/P1"]);
  }, 60_000);

  // Mended 2026-12-07 (the parts exchange the ids a grant may not take: ClaimsElsewhere.grantIds, claimIds)
  it("F1c (no money; grant ids): P2's claim numbered L1:2 after P1's refile grant L1:2 (cold review 91 F2's case, in a chained run) keeps the id L1:2 on the split path, where one process gives it L1:2:2", async () => {
    // run 2 of a chain: the ledger holds P1's grant L1:2 (claim L1, nine days, 450.00); P2 files her K2 allowance as L1:2:
    // 10 × 50.00 = 500.00, owed; her grant may not take an id the ledger holds
    const p1Refile = { id: "L1:2", claimId: "L1", traineeId: "P1", measure: "livingAllowance", provision: "jx2019.living-allowance", payee: self("P1"), amount: "450.00", basisDate: "2021-06-10", courseId: "K1", basisKeys: ["livingAllowance|P1|course K1", ...DATES.slice(1).map((d) => `livingAllowance|P1|day ${d}`)] };
    const doc = { trainees: [hard("P1"), hard("P2")], courses: [june("K1", "P1"), june("K2", "P2")], claims: [la("L1:2", "K2", "P2")], ledger: [firstDayPaid("L1"), p1Refile] };
    const memory = one(doc);
    expect([at(memory, "L1:2"), memory.decisions.get("L1:2")?.grants]).toEqual(["granted:500.00", "L1:2:2"]);
    const s = await splitWithGrants(doc, "f1c");
    expect(idsOf(s.grants)).toEqual(["L1:2:2←L1:2/P2"]);
  }, 60_000);
});
