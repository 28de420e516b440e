/**
 * Cold review 112 (2026-12-08) of HEAD a5a5d71 — the lead's mends of this morning, probed to break:
 *   e9410fd free training paid to the organiser through every door (reading course-free-to-trainee: course_free_organised_by_other,
 *           the free course another claim ties to a certificate, src/engine.ts freeCoursesTied; course_pricing_contradicts_fee);
 *   18499c4 buildPolicy reads every layer's parameter values against their value shapes (src/provisions/shapeCheck.ts shapeIssue);
 *   bb40163 the mid-course living-allowance hold also names what its pricing will ask.
 *
 * Read FIRST (before any code): gbf2019.txt §(十一) (free training), §(十二) (certificate basis, 3 a year, one occupation-level once),
 * the 目录清单 passages of gbf2019 and jx2019 (十一); jx2019 三(一)三 「给予个人或」「组织单位补贴」, 四(三) free training;
 * op2025 (十七) market pricing. What the ordinary claimant is owed, written down then: the certificate-based training subsidy
 * once per occupation-level, at most three a year, at the catalogue's standard; training given free to her is the giver's to
 * be paid for, not hers (she bore no cost); a catalogue standard is a non-negative sum of yuan; the key groups' living
 * allowance 50 a day 「在培训期间」. Then: the three commits (`git show`), readings course-free-to-trainee, claim-order-by-issue-date,
 * certificate-names-its-course; review111.test.ts (house style; its helpers copied here); src/engine.ts:482-553,
 * src/provisions/trainingSubsidy/trainingSubsidy.ts:295-316, noRepeat.ts, shapeCheck.ts, valueSchema.ts, layer.ts:732-746.
 * Ran: npm run build; probes through parseClaimsDocument → evaluateBatch and the built command line (test/cli-helpers `cli`,
 * chained runs --grants-out / --ledger); buildPolicy / withCatalogue / reform on hand-built layers; npx vitest run
 * test/review112.test.ts; npx tsc --noEmit -p .
 *
 * Amounts of the catalogues are ILLUSTRATIVE: fixtures/jiaxing/catalogue-2020.json and fixtures/examples/catalogue-2020.json
 * (EX-ELEC 中级 1500, EX-WELD 初级 1200, EX-FORK 初级 900, EX-SEW 初级 800). The living allowance's 50 a day is the text's
 * (jx2019); the 60 a day of a hand-built layer is ILLUSTRATIVE.
 *
 * FINDINGS (money first)
 * F1 (paid to the wrong party: 1500.00 ILLUSTRATIVE; 45 %; argues that the reading's «another claim of the batch ties» is too
 *    narrow) — Jiaxing. Her certificate K1 names no course; the document holds ONE course of hers, C1, recorded free (ORG1),
 *    training K1's occupation and level. (a) No other claim names C1 with K1: her certificate-only claim is paid 1500.00, and
 *    ORG1, filing in the next run (--ledger), is refused occupation_level_already_subsidised. (b) Same batch, ORG1's claim ties
 *    K1 to C1, but a second claim (her appraisal subsidy) names another course C2 of the same occupation with K1: the tie is
 *    `null`, she is paid 1500.00 and ORG1 refused. gbf2019 §(十二) 「参加培训后取得证书」 and the library's own trainedOn
 *    (reading certificate-names-its-course: a certificate naming no course was earned by a course of hers of its occupation)
 *    already say C1 earned K1; a claim naming it is not needed to know it; with two candidate courses, one free, who is owed is
 *    unknown — the library holds such a claim under the national texts (missing_record) but pays it under Jiaxing.
 *    Cause: src/engine.ts:487-499 (freeCoursesTied: ties only from claims naming both; two courses → null) and :549-552.
 *    Mend: judge a course-less training-subsidy claim by the document's courses of her that trainedOn the certificate (and
 *    began before its issue): one, recorded free → as on it; several, one of them free → hold asking certificate.courseId.
 * F2 (wrongly refused for ever once corrected: 1500.00 Jiaxing / 800.00 national-frameworks, ILLUSTRATIVE; 45 %) — a course
 *    recorded free AND charging her 800.00: her claim, filed first, is held (course_pricing_contradicts_fee), but ORG1's claim
 *    filed LATER is paid 1500.00 at once. If the record is corrected to what the fee says (pricing market, 800.00 charged), the
 *    library's own answer for that record pays HER (the first filer: granted 1500.00 / 800.00, ORG1 refused) — but by then
 *    ORG1's grant makes her refused occupation_level_already_subsidised. 「同一职业同一等级不可重复享受」: one of the two is paid,
 *    and paying ORG1 decides the very contradiction her hold asks about; reading claim-order-by-issue-date: a held claim keeps
 *    its place while undecided. Cause: trainingSubsidy.ts:302-305 («The organiser's own claim reads neither») with
 *    noRepeat.ts:86 with annualCap.ts:177-182 (placesHeld passes over a held claim on the same certificate). Mend: hold any other claim on the
 *    certificate (earlier_claim_undecided, or the same missing course.pricing / course.feeCharged) while a claim on it is held
 *    course_pricing_contradicts_fee; same for an enterprise's claim held so (ent on another's contradictory course).
 * F3 (paid to the wrong party: 1500.00 ILLUSTRATIVE; 40 %; argues against the reading's «Left as it was … an enterprise on a
 *    free course whose record names no organiser (paid as before)») — her employer E1 files first on a free course recording
 *    no organiser: paid 1500.00; ORG1's claim (which, alone, the library HOLDS asking course.organizerId) is then refused
 *    occupation_level_already_subsidised. The unknown organiser is the very fact that decides whether E1 is owed (it is if it
 *    organised, not if another did: course_free_organised_by_other); gbf2019 §(十一) 「开展免费职业技能培训行动，对高校毕业生和企业职工」
 *    pays the free training's giver. Cause: trainingSubsidy.ts:305 (`course.organizerId !== undefined`). Mend: hold the
 *    enterprise's claim on a free course recording no organiser, asking course.organizerId (as the organiser's claim is held).
 * F4 (wrongly refused: every training-subsidy claim of a city, the catalogue's whole standard, 1500.00 ILLUSTRATIVE here; 65 %)
 *    — a city layer in code giving trainingSubsidy.catalogue a catalogue object whose standards are "-1500.00" is accepted by
 *    buildPolicy (18499c4 reads the shape subsidyCatalogue only as «an object»): every claim is denied 0.00 nothing_to_pay;
 *    reform() refuses the same value (changes.0.value.entries.0.standard invalid_amount); an empty object {} is accepted too
 *    and a claim then throws TypeError «catalogue.entries is not iterable» mid-batch. gbf2019 「对补贴性职业技能培训实施目录清单管理，公布培训项目」;
 *    jx2019 「按照同一工种、同一等级、同」: a standard is a sum paid, never below 0. Cause: src/provisions/shapeCheck.ts:37.
 *    Mend: read a subsidyCatalogue value in buildPolicy with parseSubsidyCatalogue (buildPolicy is not on the one-claim path's
 *    library policies, which use assemblePolicy), or at least entries as a list of rows with amount standards and levels.
 *
 * Controls that hold (plain `it`): the employer on a market course and on a course with no pricing paid 1500.00 as before; an
 *    enterprise organising its own free course paid (also with a contradictory fee: the organiser reads neither); an organiser
 *    not the course's refused payee_not_organiser; the tie made by a claim of another measure (appraisal naming K1 + C1)
 *    refuses her certificate-only claim, the appraisal paid 120.00; national and national-frameworks: the tie refuses her, no tie
 *    holds her (missing_record); a tying claim on a certificate dated before the course is rejected at the boundary (no false
 *    tie, she is paid); across runs, ORG1 paid in run 1 → her certificate-only claim refused in run 2; the annual cap: the
 *    organiser paid for her free training counts as one of her three (TS4 refused) and a held contradiction leaves TS4 refused
 *    in both corrections; bb40163: a mid-course living allowance stays held (course_not_ended) under jiaxing-2019 and national,
 *    never refused or paid, and after the course Jiaxing pays 15 × 50 = 750.00; buildPolicy: a number 60 (and "60.5") pays
 *    900.00 (907.50), "-60.00" refused naming layer, parameter and values[0].value in both languages; withCatalogue, reform and
 *    evaluateBatch refuse a hand-made policy object (no door around the reader); a valid raw catalogue accepted and paid.
 * MENDED (lead, 2026-12-08): F1a (her only course of the occupation, free, is the one her claim is judged with), F2 (every
 *   claim on a course both free and charged is held, the organiser's too), F3 (an enterprise on a free course naming no
 *   organiser is held asking course.organizerId), F4 and F4b (buildPolicy reads a catalogue value as parseSubsidyCatalogue
 *   does). Left: F1b (several courses of the occupation, one free, none tied), written into reading course-free-to-trainee.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Policy } from "../src/index.js";
import { buildPolicy, cite, defineLayer, evaluateBatch, jiaxingPolicy, livingAllowanceDailyRate, nationalPolicy, parseClaimsDocument, parseSubsidyCatalogue, replaceParameter, subsidyCatalogue, withCatalogue } from "../src/index.js";
import { reform } from "../src/reform/index.js";
import { cli } from "./cli-helpers.js";
import { both, freeDoc, person, POLICY_OF, cliArgs, EX_CAT, file, JX_CAT, NANHU, outOf, summary, tmp, viaLibrary } from "./support/bothDoors.js";
import type { Doc, O } from "./support/bothDoors.js";



const EMPLOYEE = { statuses: ["enterpriseEmployee"], employerId: "E1" };
const CERT_ONLY = { cert: { courseId: null } };

// ───────────────────────────── 1. e9410fd free training: controls ─────────────────────────────
// gbf2019 §(十一) 「开展免费职业技能培训行动，对高校毕业生和企业职工」; jx2019 四(三) 「持续实施就业技能培训、转岗转业培训、技能提升培」.
// The row EX-ELEC 中级 1500.00 is ILLUSTRATIVE.
describe("review 112 — e9410fd: free training paid to its organiser; controls", { timeout: 120_000 }, () => {
  it("the employer on a course with no pricing, or a market course, is paid the row 1500.00 as before the mend", async () => {
    // Jiaxing pays the row, whatever the fee (reading cost-sharing-market-priced-only applies from op2025): 1500.00.
    await both("jiaxing-2019", freeDoc("jx", [["TSE", "enterprise", "E1", "01"]], { trainee: EMPLOYEE, course: { pricing: null } }), { TSE: "granted 1500.00 enterprise:E1" });
    await both("jiaxing-2019", freeDoc("jx", [["TSE", "enterprise", "E1", "01"]], { trainee: EMPLOYEE, course: { pricing: "market", feeCharged: "800.00" } }), { TSE: "granted 1500.00 enterprise:E1" });
  });

  it("an enterprise that organised the free course itself is paid 1500.00; when the record adds a fee, held as every claim on that record is", async () => {
    await both("jiaxing-2019", freeDoc("jx", [["TSE", "enterprise", "E1", "01"]], { trainee: EMPLOYEE, course: { organizerId: "E1" } }), { TSE: "granted 1500.00 enterprise:E1" });
    // Changed 2026-12-08 (lead, cold review 112 F2): a course both free and charged holds every claim on it, the organiser's too (was paid 1500.00)
    await both("jiaxing-2019", freeDoc("jx", [["TSE", "enterprise", "E1", "01"]], { trainee: EMPLOYEE, course: { organizerId: "E1", feeCharged: "800.00" } }), { TSE: "undecidable course_pricing_contradicts_fee" });
  });

  it("an organiser that is not the course's is refused payee_not_organiser, and the course's organiser is paid 1500.00", async () => {
    await both("jiaxing-2019", freeDoc("jx", [["TSX", "organizer", "ORG2", "01"], ["TSO", "organizer", "ORG1", "05"]]), { TSX: "denied payee_not_organiser", TSO: "granted 1500.00 organizer:ORG1" });
  });

  it("a tie made by a claim of another measure (her appraisal subsidy naming K1 and C1) refuses her certificate-only claim; the appraisal is paid 120.00", async () => {
    // jx2019 五(十一): appraisal of 中级 120.00 (the library's Jiaxing rate); K1 was earned on free course C1.
    await both("jiaxing-2019", freeDoc("jx", [["TSP", "trainee", "P1", "01", { courseId: null }], ["AP", "trainee", "P1", "05", { measure: "appraisalSubsidy" }]], CERT_ONLY), { TSP: "denied course_free_to_trainee", AP: "granted 120.00 trainee:P1" });
  });

  it("national and national-frameworks: the organiser's tie refuses her certificate-only claim (organiser paid 1500.00); with no tie, her only course of the occupation being free, refused too", async () => {
    for (const w of ["nat", "op"] as const) {
      expect(viaLibrary(POLICY_OF[w], freeDoc(w, [["TSP", "trainee", "P1", "01", { courseId: null }], ["TSO", "organizer", "ORG1", "05"]], CERT_ONLY))).toEqual({ TSP: "denied course_free_to_trainee", TSO: "granted 1500.00 organizer:ORG1" });
      // Changed 2026-12-08 (lead, cold review 112 F1a): her only course of the occupation is the free C1, so she is refused as on it (was held, missing_record)
      expect(viaLibrary(POLICY_OF[w], freeDoc(w, [["TSP", "trainee", "P1", "01", { courseId: null }]], CERT_ONLY))).toEqual({ TSP: "denied course_free_to_trainee" });
    }
  });

  it("a claim tying a certificate dated before the free course began is rejected at the boundary (certificate_before_training): no false tie", () => {
    const parsed = parseClaimsDocument(freeDoc("jx", [["TSP", "trainee", "P1", "01", { courseId: null }], ["TSO", "organizer", "ORG1", "05"]], { cert: { courseId: null, issuedOn: "2020-03-15" } }));
    if (!parsed.ok) throw new Error("unparsed");
    expect(parsed.value.invalid.map((r) => [r.id, r.issues[0]?.code])).toEqual([["TSO", "certificate_before_training"]]);
  });

  it("across runs: ORG1 paid 1500.00 in run 1 (--grants-out), her certificate-only claim in run 2 (--ledger) is not paid", async () => {
    const dir = tmp();
    const g1 = join(dir, "g1.json");
    const r1 = await cli(["evaluate", file(dir, "r1.json", freeDoc("jx", [["TSO", "organizer", "ORG1", "01"]])), ...cliArgs("jiaxing-2019", ["--grants-out", g1])]);
    expect(outOf(r1.out)).toEqual({ TSO: "granted 1500.00 organizer:ORG1" });
    const r2 = await cli(["evaluate", file(dir, "r2.json", freeDoc("jx", [["TSP", "trainee", "P1", "20", { courseId: null }]], CERT_ONLY)), ...cliArgs("jiaxing-2019", ["--ledger", g1])]);
    expect(outOf(r2.out)["TSP"]).not.toMatch(/^granted/);
  });

  // Four 2020 certificates of hers; K1 (names no course) from free course C1 (ORG1), K2 EX-WELD 初级 1200, K3 EX-FORK 初级 900, K4 EX-SEW
  // 初级 800 (ILLUSTRATIVE). gbf2019 「原则上每人每年可享」「受不超过 3次，但同一职业同一等级不可重复享受」.
  const capDoc = (contradiction: boolean): Doc => {
    const occ: [string, string][] = [["EX-ELEC", "intermediate"], ["EX-WELD", "junior"], ["EX-FORK", "junior"], ["EX-SEW", "junior"]];
    return {
      trainees: [person("P1", { statuses: ["unemployed"], unemploymentRegisteredAt: NANHU })],
      courses: occ.map(([code, level], i) => ({ id: `C${i + 1}`, traineeId: "P1", kind: "employmentSkills", occupation: { code, name: code }, level, classHours: 100, startDate: `2020-0${i + 2}-01`, endDate: `2020-0${i + 2}-20`, attendedDays: 15, region: NANHU, ...(i === 0 ? { pricing: "free", feeCharged: contradiction ? "800.00" : "0.00", organizerId: "ORG1" } : {}) })),
      certificates: occ.map(([code, level], i) => ({ id: `K${i + 1}`, traineeId: "P1", kind: "skillLevelCertificate", occupation: { code, name: code }, level, issuedOn: `2020-0${i + 2}-25`, ...(i === 0 && !contradiction ? {} : { courseId: `C${i + 1}` }) })),
      claims: [
        { id: "TSO", measure: "trainingSubsidy", traineeId: "P1", claimant: { kind: "organizer", id: "ORG1" }, submittedOn: "2020-09-10", certificateId: "K1", courseId: "C1" },
        ...occ.map((_, i) => ({ id: `TS${i + 1}`, measure: "trainingSubsidy", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, submittedOn: `2020-0${i + 2}-28`, certificateId: `K${i + 1}`, ...(i === 0 ? {} : { courseId: `C${i + 1}` }) })),
      ],
    };
  };
  it("the annual cap: her tied claim refused takes no place, the organiser paid for her free training counts as one of her three — ORG1 1500, K2 1200, K3 900, K4 refused", async () => {
    // Three a person a year: the subsidy of her K1 training (paid to ORG1), K2 1200.00, K3 900.00; K4 is the fourth.
    await both("jiaxing-2019", capDoc(false), { TS1: "denied course_free_to_trainee", TSO: "granted 1500.00 organizer:ORG1", TS2: "granted 1200.00 trainee:P1", TS3: "granted 900.00 trainee:P1", TS4: "denied annual_cap_reached" });
  });
  it("the annual cap with K1's course contradictory (free, 800.00 charged): K4 is the fourth whichever way K1 is corrected, refused", async () => {
    // Changed 2026-12-08 (lead, cold review 112 F2): the organiser's claim on K1 is held with hers, so K1's place is held, not paid: TS4 waits for it
    // (earlier_claim_undecided; was refused annual_cap_reached) — held, never paid as a fourth
    expect(viaLibrary("jiaxing-2019", capDoc(true))).toMatchObject({ TS1: "undecidable course_pricing_contradicts_fee", TS2: "granted 1200.00 trainee:P1", TS3: "granted 900.00 trainee:P1", TS4: "undecidable earlier_claim_undecided" });
  });
});

// ───────────────────────────── 1. e9410fd free training: findings ─────────────────────────────
describe("review 112 — e9410fd: findings", { timeout: 120_000 }, () => {
  // Mended (lead, 2026-12-08: her only course of the certificate's occupation, recorded free, is the course her claim is judged with). Now it(...).
  it("F1a her certificate-only claim is not paid while the document holds one course of hers, recorded free, that trained the certificate's occupation (no claim ties it)", async () => {
    // Jiaxing. K1 (EX-ELEC 中级, issued 2020-07-15) names no course; C1 (EX-ELEC 中级, 2020-06-01..06-20, free, ORG1) is hers and the
    // only course of that occupation: by trainedOn (reading certificate-names-its-course) C1 earned K1 (「参加培训后取得证书」).
    // Right: TSP not paid (refused as on C1, or held); ORG1 owed the row 1500.00 (ILLUSTRATIVE). The library pays TSP 1500.00 and
    // then refuses ORG1 in the next run.
    const dir = tmp();
    const g1 = join(dir, "g1.json");
    const r1 = await cli(["evaluate", file(dir, "r1.json", freeDoc("jx", [["TSP", "trainee", "P1", "01", { courseId: null }]], CERT_ONLY)), ...cliArgs("jiaxing-2019", ["--grants-out", g1])]);
    const r2 = await cli(["evaluate", file(dir, "r2.json", freeDoc("jx", [["TSO", "organizer", "ORG1", "20"]], CERT_ONLY)), ...cliArgs("jiaxing-2019", ["--ledger", g1])]);
    expect([outOf(r1.out)["TSP"]?.startsWith("granted"), outOf(r2.out)["TSO"]]).toEqual([false, "granted 1500.00 organizer:ORG1"]);
  });

  it.fails("F1b two courses of her occupation, one free: a second claim naming the other course does not let her certificate-only claim be paid ahead of the free course's organiser", async () => {
    // C1 free (ORG1), C2 market (ORG2, 2000.00), both EX-ELEC 中级 and hers. ORG1's claim names C1 + K1; her appraisal claim names C2 + K1.
    // Which course earned K1 is unknown; if C1, ORG1 is owed 1500.00 (ILLUSTRATIVE) and she nothing. Right: TSP not paid ahead
    // (held asking certificate.courseId). The library: TSP granted 1500.00, TSO denied occupation_level_already_subsidised.
    const doc = freeDoc("jx", [["TSP", "trainee", "P1", "01", { courseId: null }], ["TSO", "organizer", "ORG1", "05"], ["AP", "trainee", "P1", "06", { measure: "appraisalSubsidy", courseId: "C2" }]], CERT_ONLY);
    doc["courses"]!.push({ ...doc["courses"]![0], id: "C2", pricing: "market", feeCharged: "2000.00", organizerId: "ORG2", startDate: "2020-05-01", endDate: "2020-05-20" });
    const c = viaLibrary("jiaxing-2019", doc);
    expect(c["TSP"]).not.toMatch(/^granted/);
  });

  // Mended (lead, 2026-12-08: every claim on a course both free and charged is held, the organiser's too). Now it(...).
  it("F2 a course recorded free and charging her 800.00: the organiser's LATER claim is not paid while her earlier claim is held on that contradiction", async () => {
    // Her claim TSP (08-01) held course_pricing_contradicts_fee; ORG1's TSO (08-05) on the same certificate. Corrected to the fee
    // (market, 800.00), the library pays TSP (first filer): Jiaxing 1500.00 (row), national-frameworks min(800, 1500) = 800.00
    // (op2025 「收费实行市场调节价的培训项目」 cost-sharing) — see the control lines below. 「同一职业同一等级不可重复享受」: paying TSO now
    // decides the contradiction against her. Right: TSO held (not granted) while TSP is held.
    for (const w of ["jx", "op"] as const) {
      expect(viaLibrary(POLICY_OF[w], freeDoc(w, [["TSP", "trainee", "P1", "01"], ["TSO", "organizer", "ORG1", "05"]], { course: { pricing: "market", feeCharged: "800.00" } }))).toEqual({ TSP: `granted ${w === "jx" ? "1500.00" : "800.00"} trainee:P1`, TSO: "denied occupation_level_already_subsidised" });
      const c = viaLibrary(POLICY_OF[w], freeDoc(w, [["TSP", "trainee", "P1", "01"], ["TSO", "organizer", "ORG1", "05"]], { course: { feeCharged: "800.00" } }));
      expect(c["TSP"]).toBe("undecidable course_pricing_contradicts_fee");
      expect(c["TSO"]).not.toMatch(/^granted/);
    }
  });

  // Mended (lead, 2026-12-08: an enterprise on a free course whose record names no organiser is held asking course.organizerId). Now it(...).
  it("F3 her employer E1 is not paid ahead of the organiser on a free course whose record names no organiser (the organiser's claim alone is held asking course.organizerId)", async () => {
    // Who organised C1 decides whether E1 is owed (course_free_organised_by_other when another did). Right: TSE held asking
    // course.organizerId, as TSO is. The library: TSE granted 1500.00 (ILLUSTRATIVE), TSO denied occupation_level_already_subsidised.
    expect(viaLibrary("jiaxing-2019", freeDoc("jx", [["TSO", "organizer", "ORG1", "05"]], { trainee: EMPLOYEE, course: { organizerId: null } }))).toEqual({ TSO: "undecidable missing_record" });
    const c = viaLibrary("jiaxing-2019", freeDoc("jx", [["TSE", "enterprise", "E1", "01"], ["TSO", "organizer", "ORG1", "05"]], { trainee: EMPLOYEE, course: { organizerId: null } }));
    expect(c["TSE"]).not.toMatch(/^granted/);
  });
});

// ───────────────────────────── 3. bb40163 the mid-course hold ─────────────────────────────
describe("review 112 — bb40163: the mid-course living-allowance hold names pricing's needs, and stays a hold", () => {
  // jx2019 四(三)四 「在培训期间」 50 a day; the key group 零就业家庭成员. C1 2020-06-01..06-20, 15 days attended.
  const la = (where: "jx" | "nat", on: string) => freeDoc(where, [["LA", "trainee", "P1", "10", { measure: "livingAllowance", certificateId: null, submittedOn: on }]], { trainee: { statuses: ["unemployed", "zeroEmploymentHousehold"], ...(where === "jx" ? { unemploymentRegisteredAt: NANHU } : {}) } });
  it("judged on 2020-06-10 (mid-course) the claim is held course_not_ended under jiaxing-2019 and national — never refused, never paid", () => {
    for (const w of ["jx", "nat"] as const) expect(viaLibrary(POLICY_OF[w], la(w, "2020-06-10"))).toEqual({ LA: "undecidable course_not_ended" });
  });
  it("after the course Jiaxing pays 15 × 50 = 750.00 and national holds it for the local rate (no_local_standard)", () => {
    expect(viaLibrary("jiaxing-2019", la("jx", "2020-08-10"))).toEqual({ LA: "granted 750.00 trainee:P1" });
    expect(viaLibrary("national", la("nat", "2020-08-10"))).toEqual({ LA: "undecidable no_local_standard" });
  });
});

// ───────────────────────────── 2. 18499c4 buildPolicy reads layer values ─────────────────────────────
describe("review 112 — 18499c4: a hand-built layer's values read against their shapes", () => {
  const any = (v: unknown) => v as never;
  const top = jiaxingPolicy().layers.at(-1)!;
  const citation = cite("jx2019.living-allowance", "四(三)四");
  const myLayer = (param: unknown, value: unknown) =>
    defineLayer(any({ id: "my.layer", level: "reform", region: null, scope: top.scope, label: { zh: "我的", en: "mine" }, documents: [], parameterOverrides: [replaceParameter(param as never, { label: { zh: "x", en: "x" }, citation, values: [{ from: "2020-01-01", value: any(value) }], lastVerifiedOn: "2020-01-01" })] }));
  const built = (base: Policy, param: unknown, value: unknown) => buildPolicy({ id: "x", label: { zh: "x", en: "x" }, layers: [...base.layers, myLayer(param, value)] });
  const first = (policy: Policy, doc: Doc) => {
    const parsed = parseClaimsDocument(doc);
    if (!parsed.ok) throw new Error("unparsed");
    return summary(evaluateBatch(policy, parsed.value.document).decisions[0] as unknown as O);
  };
  const LA = freeDoc("jx", [["LA", "trainee", "P1", "10", { measure: "livingAllowance", certificateId: null }]], { trainee: { statuses: ["unemployed", "zeroEmploymentHousehold"], unemploymentRegisteredAt: NANHU } });

  it("a rate given as the number 60 or as \"60.5\" is taken: 15 days pay 900.00 and 907.50 (ILLUSTRATIVE rates)", () => {
    expect(first(built(jiaxingPolicy(), livingAllowanceDailyRate, 60), LA)).toBe("granted 900.00 trainee:P1");
    expect(first(built(jiaxingPolicy(), livingAllowanceDailyRate, "60.5"), LA)).toBe("granted 907.50 trainee:P1");
  });

  it("a rate of \"-60.00\" is refused invalid_parameter naming the layer, the parameter and values[0].value, in Chinese and English", () => {
    let err: unknown;
    try { built(jiaxingPolicy(), livingAllowanceDailyRate, "-60.00"); } catch (e) { err = e; }
    const e = err as { code: string; messages: { zh: string; en: string } };
    expect(e.code).toBe("invalid_parameter");
    for (const m of [e.messages.zh, e.messages.en]) for (const part of ["my.layer", "livingAllowance.dailyRate", "values[0].value", "-60.00"]) expect(m).toContain(part);
  });

  it("withCatalogue, reform and evaluateBatch refuse a hand-made policy object carrying a bad layer (no door around the reader)", () => {
    const literal = any({ id: "x", label: { zh: "x", en: "x" }, layers: [...jiaxingPolicy().layers, myLayer(livingAllowanceDailyRate, "-60.00")] });
    const cat = parseSubsidyCatalogue(JSON.parse(readFileSync(JX_CAT, "utf8")));
    if (!cat.ok) throw new Error("catalogue");
    const parsed = parseClaimsDocument(LA);
    if (!parsed.ok) throw new Error("unparsed");
    expect(() => withCatalogue(literal, cat.value, { layer: "c", label: { zh: "c", en: "c" }, citation: cite("gbf2019.local-standards", "§(十二)"), lastVerifiedOn: "2026-12-08" })).toThrow(/must be a policy/);
    expect(() => reform(literal, any({ id: "r", label: { zh: "x", en: "x" }, changes: [] }))).toThrow(/must be a policy/);
    expect(() => evaluateBatch(literal, parsed.value.document)).toThrow(/must be a policy/);
  });

  const catDoc = () => freeDoc("nat", [["TSP", "trainee", "P1", "01"]], { course: { pricing: null } });
  const rawCat = () => JSON.parse(readFileSync(EX_CAT, "utf8")) as O & { entries: O[] };
  it("a valid catalogue given raw in a hand-built national layer is taken and pays the row 1500.00 (ILLUSTRATIVE)", () => {
    expect(first(built(nationalPolicy(), subsidyCatalogue, rawCat()), catDoc())).toBe("granted 1500.00 trainee:P1");
  });

  it("control: reform() refuses the catalogue whose standards are \"-1500.00\" (invalid_amount at entries.0.standard)", () => {
    const bad = { ...rawCat(), entries: rawCat().entries.map((e) => ({ ...e, standard: "-1500.00" })) };
    const r = reform(nationalPolicy(), any({ id: "r", label: { zh: "x", en: "x" }, changes: [{ parameter: "trainingSubsidy.catalogue", from: "2020-01-01", value: bad }] }));
    expect(r.ok ? null : r.issues[0]?.code).toBe("invalid_amount");
  });

  // Mended (lead, 2026-12-08: a catalogue value is read as parseSubsidyCatalogue reads it). Now it(...).
  it("F4 buildPolicy refuses a hand-built layer's catalogue whose standards are \"-1500.00\" (it takes it: every claim denied 0.00 nothing_to_pay)", () => {
    // gbf2019 「对补贴性职业技能培训实施目录清单管理，公布培训项目」; a standard is what is paid for a row, never below 0.00. The same value
    // through reform() is refused (control above). Right: invalid_parameter when the policy is built.
    const bad = { ...rawCat(), entries: rawCat().entries.map((e) => ({ ...e, standard: "-1500.00" })) };
    let code: string | undefined;
    try {
      const p = built(nationalPolicy(), subsidyCatalogue, bad);
      code = first(p, catDoc()); // today: denied, 0.00 (reasons end nothing_to_pay)
    } catch (e) { code = (e as { code?: string }).code; }
    expect(code).toBe("invalid_parameter");
  });

  // Mended (lead, 2026-12-08: a catalogue value is read as parseSubsidyCatalogue reads it). Now it(...).
  it("F4b buildPolicy refuses an empty object as the catalogue (it takes it; judging a claim then throws TypeError mid-batch)", () => {
    let code: string | undefined;
    try { built(nationalPolicy(), subsidyCatalogue, {}); code = "built"; } catch (e) { code = (e as { code?: string }).code; }
    expect(code).toBe("invalid_parameter");
  });
});
