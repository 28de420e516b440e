import { describe, expect, it } from "vitest";
import { cite } from "../../core/citation.js";
import type { Decision } from "../../core/decision.js";
import type { Layer, Policy } from "../../core/layer.js";
import { buildPolicy, replaceParameter } from "../../core/layer.js";
import { evaluateClaim } from "../../engine.js";
import { veteransCrossProvince } from "../../provisions/eligibility/veteransCrossProvince.js";
import { ageCeiling, olderMigrantProjects } from "../../provisions/groups/olderMigrants.js";
import type { TierPricing } from "../../provisions/trainingSubsidy/differentiatedStandard.js";
import { shortageTierPricing } from "../../provisions/trainingSubsidy/differentiatedStandard.js";
import { input, regionalPolicy, withExampleLayer } from "../../../test/support/national.js";
import { nationalFrameworksPolicy } from "../policies.js";

const frameworks = () => regionalPolicy(nationalFrameworksPolicy());
const issued = (date: string) => ({ issuedOn: date as never });
const framework = (decision: Decision) => decision.trace.flatMap((s) => s.parameters).find((u) => u.parameter === "national.framework");
const codes = (decision: Decision) => decision.reasons.map((r) => r.code);

/** A prefecture pack over the national frameworks, with its own parameter overrides. */
function pack(overrides: NonNullable<Layer["parameterOverrides"]>): Policy {
  return regionalPolicy(withExampleLayer(nationalFrameworksPolicy(), "prefecture", cite("gbf2019.local-standards", "§(十二)"), overrides, ["op2025"]));
}

describe("national frameworks in time: gbf2019 (2019–2021) → plan2021 (2021–2025) → op2025 (2025-06-20 – end 2027)", () => {
  it.each([
    ["2019-06-01", "gbf2019", "national.gbf2019"], // the illustrative catalogue starts 2019-06-01
    ["2020-12-31", "gbf2019", "national.gbf2019"],
    // reading plan2021-start: gbf2019 governs its 「2019—2021年」 to the end; plan2021 from 2022-01-01
    ["2021-12-31", "gbf2019", "national.gbf2019"],
    ["2022-01-01", "plan2021", "national.plan2021"],
    ["2025-06-19", "plan2021", "national.plan2021"],
    ["2025-06-20", "op2025", "national.op2025"],
    ["2027-12-31", "op2025", "national.op2025"],
  ])("a certificate issued %s is judged under %s, and the trace names the layer", (date, key, layer) => {
    const decision = evaluateClaim(frameworks(), input({ certificate: issued(date) }));
    expect(decision.outcome).toBe("granted");
    expect(framework(decision)).toMatchObject({ value: key, layer });
    expect(decision.reasons.find((r) => r.code === "training_subsidy_standard")?.facts["framework"]).toBe(key);
  });

  it("after the end of 2027 no national framework is in force: undecidable, not zero", () => {
    const decision = evaluateClaim(frameworks(), input({ certificate: issued("2028-01-01") }));
    expect(decision.outcome).toBe("undecidable");
    expect(decision.amount).toBeNull();
    expect(decision.reasons[0]).toMatchObject({ code: "provision_not_in_force", facts: { parameter: "national.framework" } });
  });

  it("gbf2019 alone ends with its three-year action: a 2022 certificate finds no framework in force", () => {
    const decision = evaluateClaim(regionalPolicy(buildPolicy({ id: "g", label: { zh: "g", en: "g" }, layers: [nationalFrameworksPolicy().layers[0]!] })), input({ certificate: issued("2022-01-01") }));
    expect(decision.outcome).toBe("undecidable");
  });
});

describe("plan2021 in time: graduation-year students, 特级技师 and 首席技师", () => {
  const student = { statuses: ["graduationYearStudent" as const] };
  it("plan2021.graduation-year-students: a graduation-year student is outside the scope on 2021-12-31 and inside on 2022-01-01", () => {
    const before = evaluateClaim(frameworks(), input({ trainee: student, certificate: issued("2021-12-31") }));
    expect(before.outcome).toBe("denied");
    expect(codes(before)).toContain("not_in_group");
    const after = evaluateClaim(frameworks(), input({ trainee: student, certificate: issued("2022-01-01") }));
    expect(after.outcome).toBe("granted");
  });

  it("plan2021.groups are training targets, not subsidy groups: a Yangtze fishing-ban fisher is not brought into the training subsidy by the plan (reading plan2021-subsidy-groups)", () => {
    const fisher = { statuses: ["yangtzeFishingBanFisher" as const] };
    expect(evaluateClaim(frameworks(), input({ trainee: fisher, certificate: issued("2021-12-31") })).outcome).toBe("denied");
    expect(codes(evaluateClaim(frameworks(), input({ trainee: fisher, certificate: issued("2022-01-01") })))).toContain("not_in_group");
  });

  it("gbf2019.chief-technician 「鼓励企业设立首席技师、特级技师等」 (§(十八)): a 首席技师 certificate is on the ladder under gbf2019 already, and under plan2021", () => {
    // EX-ELEC 首席技师 row: 3000 yuan (illustrative), on 2021-12-31 (gbf2019) and 2022-01-01 (plan2021)
    const before = evaluateClaim(frameworks(), input({ certificate: { level: "chiefTechnician", ...issued("2021-12-31") } }));
    expect(before.amount).toBe("3000.00");
    expect(before.reasons.find((r) => r.code === "level_on_ladder")?.citation.provision).toBe("gbf2019.chief-technician");
    const after = evaluateClaim(frameworks(), input({ certificate: { level: "chiefTechnician", ...issued("2022-01-01") } }));
    expect(after.amount).toBe("3000.00");
  });

  it("op2025.eight-level: a 学徒工 certificate is on the ladder from 2025-06-20, not the day before", () => {
    const before = evaluateClaim(frameworks(), input({ certificate: { level: "apprentice", ...issued("2025-06-19") } }));
    expect(codes(before)).toContain("level_not_on_ladder");
    const after = evaluateClaim(frameworks(), input({ certificate: { level: "apprentice", ...issued("2025-06-20") } }));
    // EX-ELEC 学徒工 row: 500 yuan (illustrative)
    expect(after.amount).toBe("500.00");
  });
});

describe("plan2021.veterans-cross-province: a flag a pack turns on", () => {
  const veteranElsewhere = { statuses: ["veteran" as const], hukouRegion: "sichuan.chengdu", residenceRegion: "sichuan.chengdu", employmentRegion: "sichuan.chengdu", unemploymentRegisteredAt: "sichuan.chengdu" };
  const flagOn = () =>
    pack([
      replaceParameter(veteransCrossProvince, {
        label: { zh: "示例：退役军人跨省培训", en: "example: veterans train across provinces" },
        citation: cite("plan2021.veterans-cross-province", "§(六)"),
        values: [{ from: "2022-01-01", value: true }],
        lastVerifiedOn: "2026-11-25",
      }),
    ]);
  it("with the flag off (the national default) a veteran from another province has no residency basis", () => {
    expect(codes(evaluateClaim(frameworks(), input({ trainee: veteranElsewhere, certificate: issued("2022-03-01") })))).toContain("no_residency_basis");
  });
  it("with the flag on, the veteran's residency basis is waived from the day it is on", () => {
    expect(evaluateClaim(flagOn(), input({ trainee: veteranElsewhere, certificate: issued("2021-12-31") })).outcome).toBe("denied");
    const decision = evaluateClaim(flagOn(), input({ trainee: veteranElsewhere, certificate: issued("2022-01-01") }));
    expect(decision.outcome).toBe("granted");
    expect(codes(decision)).toContain("residency_waived_veteran");
  });
  it("the flag waives residency for veterans only", () => {
    const other = { ...veteranElsewhere, statuses: ["unemployed" as const] };
    expect(evaluateClaim(flagOn(), input({ trainee: other, certificate: issued("2022-03-01") })).outcome).toBe("denied");
  });
});

describe("op2025.cost-sharing: the subsidy for market-priced training never exceeds the fee actually charged", () => {
  it("from 2025-06-20 a 1000 yuan standard is capped at an 800 yuan fee; the day before it is not", () => {
    // 1000 yuan standard (EX-ELEC 初级工, illustrative), fee charged 800: before op2025 the standard, 1000
    expect(evaluateClaim(frameworks(), input({ course: { feeCharged: "800.00", pricing: "market" }, certificate: issued("2025-06-19") })).amount).toBe("1000.00");
    // 1000 yuan standard capped at the 800 yuan fee charged, op2025.cost-sharing
    const capped = evaluateClaim(frameworks(), input({ course: { feeCharged: "800.00", pricing: "market" }, certificate: issued("2025-06-20") }));
    expect(capped.amount).toBe("800.00");
    expect(capped.reasons.find((r) => r.code === "training_subsidy_standard")?.citation.provision).toBe("op2025.cost-sharing");
  });
  it.each([
    ["999.99", "999.99"], // 1000 standard > 999.99 fee: the fee
    ["1000.00", "1000.00"], // equal: either
    ["1000.01", "1000.00"], // fee above the standard: the standard
  ])("with a fee of %s yuan the subsidy is %s yuan", (fee, expected) => {
    expect(evaluateClaim(frameworks(), input({ course: { feeCharged: fee, pricing: "market" }, certificate: issued("2025-07-01") })).amount).toBe(expected);
  });
  it("the amount reason shows the standard, its tier, the tiered standard, the fee, the amount and the framework and catalogue", () => {
    // 1000 yuan standard (EX-ELEC 初级工, no tier, illustrative) capped at the 800 yuan fee, under op2025
    const capped = evaluateClaim(frameworks(), input({ course: { feeCharged: "800.00", pricing: "market" }, certificate: issued("2025-07-01") }));
    expect(capped.reasons.find((r) => r.code === "training_subsidy_standard")?.facts).toEqual({ standard: "1000.00", tier: null, tiered: "1000", feeCharged: "800.00", amount: "800.00", framework: "op2025", catalogue: "example-2019" });
    // a fee above the standard does not cap it, so the reason cites the catalogue, not op2025.cost-sharing
    const uncapped = evaluateClaim(frameworks(), input({ course: { feeCharged: "1200.00", pricing: "market" }, certificate: issued("2025-07-01") }));
    expect(uncapped.reasons.find((r) => r.code === "training_subsidy_standard")).toMatchObject({ citation: { provision: "gbf2019.local-standards" }, facts: { feeCharged: "1200.00", amount: "1000.00" } });
  });
  it("when the fee charged is not known, the standard is paid", () => {
    // EX-ELEC 初级工 standard 1000 (illustrative); no fee to cap at
    expect(evaluateClaim(frameworks(), input({ course: {}, certificate: issued("2025-07-01") })).amount).toBe("1000.00");
  });
});

describe("op2025.cost-sharing reaches only 「收费实行市场调节价的培训项目」 (reading: cost-sharing-market-priced-only)", () => {
  // Changed (reading course-free-to-trainee, cold review 109 F2): the standard is paid to the free course's organiser; the
  // trainee, to whom it was free, is refused (until 2026-12-07 she was paid it).
  it("a free course (no fee charged, not market-priced) is paid the standard from 2025-06-20, not 0.00, to its organiser", () => {
    // 「收费实行市场调节价的培训项目」 (cost sharing): a free course charges nothing, so there is nothing to share; the standard, 1000 (EX-ELEC 初级工, illustrative)
    const free = { feeCharged: "0.00", pricing: "free", organizerId: "ORG1" } as const;
    const decision = evaluateClaim(frameworks(), input({ claim: { claimant: { kind: "organizer", id: "ORG1" } }, course: free, certificate: issued("2025-07-01") }));
    expect([decision.outcome, decision.amount, decision.payee]).toEqual(["granted", "1000.00", { kind: "organizer", id: "ORG1" }]);
    // the trainee's own claim on it: the training cost her nothing
    const own = evaluateClaim(frameworks(), input({ course: free, certificate: issued("2025-07-01") }));
    expect([own.outcome, own.amount, own.reasons.map((r) => r.code)]).toEqual(["denied", "0.00", ["course_free_to_trainee"]]);
  });
  it("a course with a fee below the standard but not marked market-priced is paid the standard", () => {
    // not 「收费实行市场调节价」: no cap; the standard 1000
    expect(evaluateClaim(frameworks(), input({ course: { feeCharged: "800.00" }, certificate: issued("2025-07-01") })).amount).toBe("1000.00");
    expect(evaluateClaim(frameworks(), input({ course: { feeCharged: "800.00", pricing: "governmentGuided" }, certificate: issued("2025-07-01") })).amount).toBe("1000.00");
  });
  it("a market-priced course charging 800 is capped at 800; one fen either side of the standard", () => {
    // market-priced: min(1000 standard, fee)
    const market = (fee: string) => evaluateClaim(frameworks(), input({ course: { feeCharged: fee, pricing: "market" }, certificate: issued("2025-07-01") })).amount;
    expect(market("800.00")).toBe("800.00"); // min(1000, 800)
    expect(market("999.99")).toBe("999.99"); // min(1000, 999.99)
    expect(market("1000.01")).toBe("1000.00"); // min(1000, 1000.01)
  });
  it("a market-priced course that charged nothing leaves nothing to pay: denied, never granted 0.00", () => {
    // min(1000, 0.00) = 0.00: a zero amount is not a grant
    const decision = evaluateClaim(frameworks(), input({ course: { feeCharged: "0.00", pricing: "market" }, certificate: issued("2025-07-01") }));
    expect(decision.outcome).toBe("denied");
    expect(decision.amount).toBe("0.00");
    expect(decision.lines).toEqual([]);
    expect(codes(decision)).toContain("nothing_to_pay");
  });
});

describe("op2025.direct-recognition: 「直接认定相应职业技能等级」 is a level without training (reading: direct-recognition-no-training-subsidy)", () => {
  it("a level recognised directly earns no training subsidy; the same certificate earned by training is paid", () => {
    // 「参加培训后取得证书」: no training, nothing to subsidise
    const direct = evaluateClaim(frameworks(), input({ certificate: { directlyRecognised: true, ...issued("2025-07-01") } }));
    expect(direct.outcome).toBe("denied");
    expect(direct.reasons).toEqual([expect.objectContaining({ code: "directly_recognised", citation: expect.objectContaining({ provision: "op2025.direct-recognition" }) })]);
    // EX-ELEC 初级工 standard 1000 (illustrative)
    expect(evaluateClaim(frameworks(), input({ certificate: { directlyRecognised: false, ...issued("2025-07-01") } })).amount).toBe("1000.00");
  });
});

describe("op2025.differentiated-subsidy: the catalogue carries a shortage tier, the pack prices it", () => {
  const tiers = (value: Readonly<Record<string, TierPricing>>) =>
    pack([
      replaceParameter(shortageTierPricing, {
        label: { zh: "示例：按急需紧缺程度（示意）", en: "example: by shortage tier (illustrative)" },
        citation: cite("op2025.differentiated-subsidy", "(十七)"),
        values: [{ from: "2025-06-20", value }],
        lastVerifiedOn: "2026-11-25",
      }),
    ]);
  const weld = (date: string) => input({ certificate: { occupation: { code: "EX-WELD", name: "x" }, ...issued(date) } });
  it("a factor multiplies the row's standard from the day the pricing is in force", () => {
    const policy = tiers({ A: { factor: "1.2" } });
    // EX-WELD 初级工 row 1200, tier A, before the pricing: 1200
    expect(evaluateClaim(policy, weld("2025-06-19")).amount).toBe("1200.00");
    // 1200 × 1.2 = 1440, tier A factor (illustrative), op2025.differentiated-subsidy
    expect(evaluateClaim(policy, weld("2025-06-20")).amount).toBe("1440.00");
  });
  it("an amount replaces the row's standard", () => {
    // EX-DRON 初级工 row 1200, tier B priced at 2000 yuan (illustrative)
    const decision = evaluateClaim(tiers({ B: { amount: "2000.00" } }), input({ certificate: { occupation: { code: "EX-DRON", name: "x" }, ...issued("2025-07-01") } }));
    expect(decision.amount).toBe("2000.00");
  });
  it("a row without a tier, or with a tier the pack does not price, keeps its standard", () => {
    const policy = tiers({ A: { factor: "1.2" } });
    // EX-ELEC 初级工 has no tier: 1000
    expect(evaluateClaim(policy, input({ certificate: issued("2025-07-01") })).amount).toBe("1000.00");
    // EX-DRON is tier B, unpriced: 1200
    expect(evaluateClaim(policy, input({ certificate: { occupation: { code: "EX-DRON", name: "x" }, ...issued("2025-07-01") } })).amount).toBe("1200.00");
  });
  it("the paid line is rounded once, half-up to the fen, after the factor (reading: round-once-half-up)", () => {
    // EX-TILE row 333.33, tier C factor 1.5: 333.33 × 1.5 = 499.995 → 500.00
    const decision = evaluateClaim(tiers({ C: { factor: "1.5" } }), input({ certificate: { occupation: { code: "EX-TILE", name: "x" }, ...issued("2025-07-01") } }));
    expect(decision.amount).toBe("500.00");
  });
  it("the tier's amount is then capped at the fee charged (op2025.cost-sharing)", () => {
    // 1200 × 1.2 = 1440, capped at the 1300 yuan fee charged
    const decision = evaluateClaim(tiers({ A: { factor: "1.2" } }), input({ course: { feeCharged: "1300.00", pricing: "market" }, certificate: { occupation: { code: "EX-WELD", name: "x" }, ...issued("2025-07-01") } }));
    expect(decision.amount).toBe("1300.00");
  });
});

describe("op2025.older-migrants: a pack's age ceiling never excludes a migrant worker from a project for older migrant workers", () => {
  // An illustrative pack: age ceiling 59 from 2020; EX-ELEC listed as a project for older migrants.
  const policy = () =>
    pack([
      replaceParameter(ageCeiling, {
        label: { zh: "示例：59 周岁以下（示意）", en: "example: up to 59 (illustrative)" },
        citation: cite("gbf2019.scope-adjustment", "§(十二)"),
        values: [{ from: "2020-01-01", value: 59 }],
        lastVerifiedOn: "2026-11-25",
      }),
      replaceParameter(olderMigrantProjects, {
        label: { zh: "示例：大龄农民工项目（示意）", en: "example: older-migrant project (illustrative)" },
        citation: cite("op2025.older-migrants", "(九)"),
        values: [{ from: "2025-06-20", value: ["EX-ELEC"] }],
        lastVerifiedOn: "2026-11-25",
      }),
    ]);
  // born 1965-06-01: 60 throughout June and July 2025, over the ceiling of 59
  const migrant = { statuses: ["migrantWorker" as const, "unemployed" as const], birthDate: "1965-06-01" as never };
  it("a 60-year-old is over a 59 ceiling: denied, citing the pack's ceiling", () => {
    const decision = evaluateClaim(policy(), input({ trainee: { statuses: ["unemployed"], birthDate: "1965-06-01" as never }, certificate: issued("2025-07-01") }));
    expect(decision.outcome).toBe("denied");
    expect(decision.reasons.find((r) => r.code === "over_age_ceiling")?.citation.provision).toBe("gbf2019.scope-adjustment");
  });
  it("at 59, the ceiling itself, a person is within it", () => {
    // born 1966-07-01: turns 59 on 2025-07-01
    expect(evaluateClaim(policy(), input({ trainee: { statuses: ["unemployed"], birthDate: "1966-07-01" as never }, certificate: issued("2025-07-01") })).outcome).toBe("granted");
  });
  it("a 60-year-old migrant worker in the listed project is not excluded from 2025-06-20; the day before, the exception is not in force", () => {
    expect(evaluateClaim(policy(), input({ trainee: migrant, certificate: issued("2025-06-19") })).outcome).toBe("denied");
    const decision = evaluateClaim(policy(), input({ trainee: migrant, certificate: issued("2025-06-20") }));
    expect(decision.outcome).toBe("granted");
    expect(decision.reasons.find((r) => r.code === "older_migrant_project")?.citation.provision).toBe("op2025.older-migrants");
  });
  it("the exception is for the listed projects only: the same migrant worker in another occupation is over the ceiling", () => {
    expect(evaluateClaim(policy(), input({ trainee: migrant, certificate: { occupation: { code: "EX-COOK", name: "x" }, ...issued("2025-07-01") } })).outcome).toBe("denied");
  });
});
