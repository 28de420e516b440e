/**
 * Builders for tests of the national layers. The catalogue here is ILLUSTRATIVE: its
 * codes start with `EX-` and its figures are examples chosen for easy arithmetic,
 * not any city's official standards.
 */
import { cite } from "../../src/core/citation.js";
import type { CivilDate } from "../../src/core/date.js";
import type { Citation } from "../../src/core/citation.js";
import type { Layer, Policy } from "../../src/core/layer.js";
import { bindMeasure, buildPolicy, defineLayer, replaceParameter } from "../../src/core/layer.js";
import type { Parameter } from "../../src/core/parameter.js";
import { jieyang2018Policy, nationalFrameworksPolicy, nationalPolicy } from "../../src/jurisdictions/policies.js";
import { livingAllowanceDailyRate } from "../../src/provisions/livingAllowance/livingAllowance.js";
import { Ledger } from "../../src/core/ledger.js";
import type { ClaimInput } from "../../src/engine.js";
import type { SubsidyCatalogue } from "../../src/records/catalogue.js";
import { SubsidyCatalogue as SubsidyCatalogueSchema } from "../../src/records/catalogue.js";
import type { Claim, Grant } from "../../src/records/claim.js";
import type { ClaimsDocument } from "../../src/records/document.js";
import type { Trainee } from "../../src/records/trainee.js";
import type { Certificate, Course } from "../../src/records/training.js";
import { withCatalogue } from "../../src/provisions/trainingSubsidy/withCatalogue.js";
import { trainingSubsidy } from "../../src/provisions/trainingSubsidy/trainingSubsidy.js";
import type { ScopeAdjustment } from "../../src/provisions/trainingSubsidy/trainingSubsidyGroups.js";
import { scopeAdjustment } from "../../src/provisions/trainingSubsidy/trainingSubsidyGroups.js";
import { livingAllowanceScopeAdjustment } from "../../src/provisions/livingAllowance/livingAllowanceGroups.js";

export const d = (s: string) => s as CivilDate;

/** An illustrative catalogue (not official figures), in force from 2019-06-01. */
export const illustrativeCatalogue: SubsidyCatalogue = SubsidyCatalogueSchema.parse({
  id: "example-2019",
  title: "示例补贴目录（数字仅为示意） / example catalogue (figures are illustrative)",
  publishedBy: "example prefecture HR and finance departments (illustrative)",
  effectiveFrom: "2019-06-01",
  illustrative: true,
  entries: [
    { occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", standard: "1000.00", certificateKinds: ["skillLevelCertificate", "qualificationCertificate"] },
    { occupation: { code: "EX-ELEC", name: "示例电工" }, level: "intermediate", standard: "1500.00", certificateKinds: ["skillLevelCertificate", "qualificationCertificate"] },
    { occupation: { code: "EX-ELEC", name: "示例电工" }, level: "chiefTechnician", standard: "3000.00", certificateKinds: ["skillLevelCertificate"] },
    { occupation: { code: "EX-ELEC", name: "示例电工" }, level: "apprentice", standard: "500.00", certificateKinds: ["skillLevelCertificate"] },
    { occupation: { code: "EX-TILE", name: "示例瓦工" }, level: "junior", standard: "333.33", shortageTier: "C", certificateKinds: ["skillLevelCertificate"] },
    { occupation: { code: "EX-DRON", name: "示例无人机驾驶" }, level: "junior", standard: "1200.00", shortageTier: "B", certificateKinds: ["skillLevelCertificate"] },
    { occupation: { code: "EX-WELD", name: "示例焊工" }, level: "junior", standard: "1200.00", shortageTier: "A", certificateKinds: ["skillLevelCertificate"] },
    { occupation: { code: "EX-COOK", name: "示例中式烹调" }, level: "junior", standard: "900.00", certificateKinds: ["skillLevelCertificate"] },
    { occupation: { code: "EX-CARE", name: "示例养老护理专项能力" }, standard: "600.00", certificateKinds: ["specialAbilityCertificate"] },
    { occupation: { code: "EX-SAFE", name: "示例特种作业" }, standard: "300.00", certificateKinds: ["specialOperationsCertificate"] },
  ],
});

export const CATALOGUE_SOURCE = {
  layer: "example.catalogue",
  label: { zh: "示例补贴目录（示意）", en: "example catalogue (illustrative)" },
  citation: cite("gbf2019.local-standards", "§(十二)"),
  lastVerifiedOn: "2026-11-25",
} as const;

export function withExampleCatalogue(policy: Policy, catalogue: SubsidyCatalogue | readonly SubsidyCatalogue[] = illustrativeCatalogue): Policy {
  return withCatalogue(policy, catalogue, CATALOGUE_SOURCE);
}

export const HERE = "example.city";

export function trainee(over: Partial<Trainee> = {}): Trainee {
  return { id: "p1", birthDate: d("1990-01-01"), statuses: ["unemployed"], hukouRegion: HERE, ...over };
}

export function certificate(over: Partial<Certificate> = {}): Certificate {
  return { id: "c1", traineeId: "p1", kind: "skillLevelCertificate", occupation: { code: "EX-ELEC", name: "示例电工" }, level: "junior", issuedOn: d("2020-03-01"), ...over };
}

export function course(over: Partial<Course> = {}): Course {
  return {
    id: "k1",
    traineeId: "p1",
    kind: "employmentSkills",
    occupation: { code: "EX-ELEC", name: "示例电工" },
    level: "junior",
    classHours: 80,
    startDate: d("2020-02-01"),
    endDate: d("2020-02-20"),
    attendedDays: 20,
    region: HERE,
    ...over,
  };
}

export function claim(over: Partial<Claim> = {}): Claim {
  return { id: "cl1", measure: "trainingSubsidy", traineeId: "p1", claimant: { kind: "trainee", id: "p1" }, certificateId: "c1", submittedOn: d("2020-04-01"), ...over };
}

/** A claim input; its course, when given, trains the certificate's occupation unless it says otherwise (the course that earned it). */
export function input(over: { claim?: Partial<Claim>; trainee?: Partial<Trainee>; certificate?: Partial<Certificate> | null; course?: Partial<Course>; ledger?: readonly Grant[] } = {}): ClaimInput {
  const cert = over.certificate === null ? undefined : certificate(over.certificate ?? {});
  return {
    claim: claim(over.claim),
    trainee: trainee(over.trainee),
    ...(cert === undefined ? {} : { certificate: cert }),
    ...(over.course === undefined ? {} : { course: course(cert === undefined ? over.course : { occupation: cert.occupation, ...over.course }) }),
    ledger: Ledger.from(over.ledger ?? []),
  };
}

/** A past training-subsidy grant. */
export function grant(over: Partial<Grant> & { id: string }): Grant {
  return {
    claimId: over.id,
    traineeId: "p1",
    measure: "trainingSubsidy",
    provision: "gbf2019.local-standards",
    payee: { kind: "trainee", id: "p1" },
    amount: "1000.00",
    basisDate: d("2020-01-15"),
    occupationCode: "EX-OTHER",
    level: "junior",
    ...over,
  };
}

/** A claims document of certificates (one claim per certificate) for the batch engine. */
export function documentOf(spec: { trainees: readonly Trainee[]; certificates: readonly Certificate[]; claims: readonly Claim[]; ledger?: readonly Grant[] }): ClaimsDocument {
  return {
    claims: spec.claims,
    trainees: new Map(spec.trainees.map((t) => [t.id, t])),
    courses: new Map(),
    certificates: new Map(spec.certificates.map((c) => [c.id, c])),
    enterprises: new Map(),
    apprenticeships: new Map(),
    ledger: spec.ledger ?? [],
  };
}

/** The national policy with the illustrative catalogue as a prefecture layer governing {@link HERE}. */
export function regionalPolicy(base: Policy, catalogue: SubsidyCatalogue | readonly SubsidyCatalogue[] = illustrativeCatalogue): Policy {
  return withCatalogue(base, catalogue, { ...CATALOGUE_SOURCE, level: "prefecture", region: HERE });
}

/** Certificates (one claim each) for trainee p1: `[id, occupation code, level | null, issued on]`. */
export function certificateClaims(rows: readonly (readonly [string, string, string | null, string])[]): { certificates: Certificate[]; claims: Claim[] } {
  const certificates = rows.map(([id, code, level, issuedOn]) =>
    certificate({
      id: `c-${id}`,
      occupation: { code, name: code },
      ...(level === null ? { kind: code === "EX-SAFE" ? "specialOperationsCertificate" : "specialAbilityCertificate", level: undefined } : { level: level as Certificate["level"] & string }),
      issuedOn: d(issuedOn),
    }),
  ) as Certificate[];
  const claims = rows.map(([id, , , issuedOn]) => claim({ id, certificateId: `c-${id}`, submittedOn: d(issuedOn) }));
  return { certificates, claims };
}

/**
 * The national policy with an example province (zhejiang) that ends `parameter` from
 * `from`: how a lower level can switch a national rule off, for tests of what a rule
 * does once its parameter is no longer in force.
 */
export function nationalWithEnded<T>(parameter: Parameter<T>, citation: Citation, from = "2020-01-01"): Policy {
  return buildPolicy({
    id: "p",
    label: { zh: "p", en: "p" },
    layers: [
      ...nationalPolicy().layers,
      defineLayer({
        id: "example.province",
        level: "province",
        region: "example",
        label: { zh: "示例省", en: "example province" },
        documents: ["gbf2019"],
        scope: citation,
        parameterOverrides: [replaceParameter(parameter, { label: { zh: "停止", en: "ended" }, citation, values: [{ from, value: null }], lastVerifiedOn: "2026-11-25" })],
      }),
    ],
  });
}

/** The illustrative rows as an edition in force from gf2018's first day (2018-05-03), so the 2018 chain has a standard (the example edition itself starts 2019-06-01). */
export const exampleEdition2018: SubsidyCatalogue = SubsidyCatalogueSchema.parse({ ...illustrativeCatalogue, id: "example-2018", effectiveFrom: "2018-05-03" });

/**
 * A Jieyang pack over the 2018 chain (a test fixture, not law): a minimal layer binding the national
 * training-subsidy rule for Jieyang under gbf2019.certificate-basis, setting no amount of its own.
 */
export const jieyangExamplePack = defineLayer({
  id: "guangdong.jieyang.pack-example",
  level: "prefecture",
  region: "guangdong.jieyang",
  label: { zh: "揭阳示例补贴包（测试用）", en: "Jieyang example pack (test fixture)" },
  documents: ["gbf2019"],
  scope: cite("gbf2019.certificate-basis", "§(十二)"),
  measures: [bindMeasure("trainingSubsidy", trainingSubsidy)],
});

/** `policy` with {@link exampleEdition2018} as the Jieyang pack's catalogue (layer `guangdong.jieyang.example-catalogue`). */
export function withJieyangEdition(policy: Policy): Policy {
  return withCatalogue(policy, exampleEdition2018, { ...CATALOGUE_SOURCE, layer: "guangdong.jieyang.example-catalogue" });
}

/** The 2018 chain with {@link jieyangExamplePack} over it, priced by {@link exampleEdition2018} unless `catalogue` is false. */
export function jieyangPackPolicy(catalogue = true): Policy {
  const policy = buildPolicy({ id: "jieyang-pack", label: { zh: "揭阳", en: "Jieyang" }, layers: [...jieyang2018Policy().layers, jieyangExamplePack] });
  return catalogue ? withJieyangEdition(policy) : policy;
}

/**
 * `base` with a reform-level layer `id` setting one local standard the national texts leave open (`parameter`: ILLUSTRATIVE
 * values, not any city's), cited to gbf2019 §(十二); the policy named `<base>+<suffix>`.
 * @example withExampleStandard(nationalFrameworksPolicy(), "work-for-training", workForTrainingMonthlyRate, { zh: "以工代训补贴标准（示意）", en: "work-for-training standard (illustrative)" }, [{ from: "2019-05-18", value: "500.00" }])
 */
export function withExampleStandard(base: Policy, suffix: string, parameter: Parameter<string>, label: { zh: string; en: string }, values: { from: string; value: string }[]): Policy {
  const citation = cite("gbf2019.local-standards", "§(十二)");
  const layer = defineLayer({ id: `example.${suffix}`, level: "reform", region: null, label, documents: ["gbf2019"], scope: citation, parameterOverrides: [replaceParameter(parameter, { label, citation, values, lastVerifiedOn: "2026-12-05" })] });
  return buildPolicy({ id: `${base.id}+${suffix}`, label: { zh: "示例", en: "example" }, layers: [...base.layers, layer] });
}

/**
 * `base` with one illustrative layer over it: a province (`example.province`, region `example`) or a prefecture
 * (`example.city`, region `example.city`) overriding `parameterOverrides` under `scope`, its documents `documents`.
 */
export function withExampleLayer(base: Policy, level: "province" | "prefecture", scope: Citation, parameterOverrides: NonNullable<Layer["parameterOverrides"]>, documents: Layer["documents"] = ["gbf2019"]): Policy {
  const province = level === "province";
  const layer = defineLayer({
    id: province ? "example.province" : "example.city",
    level,
    region: province ? "example" : "example.city",
    label: province ? { zh: "示例省（示意）", en: "example province (illustrative)" } : { zh: "示例市（示意）", en: "example city (illustrative)" },
    documents,
    scope,
    parameterOverrides,
  });
  return buildPolicy({ id: `${base.id}+example`, label: { zh: "示例", en: "example" }, layers: [...base.layers, layer] });
}

/**
 * The national chain with an illustrative province widening the training subsidy's scope to `value` from `from` — gbf2019
 * §(十二) 「省级人力资源社会保障部门、财政部门可在规定的原则下结合实际调整享受职业培训补贴、生活费补贴人员范围和条件要求」
 * (`scopeAdjustment`) — and, when `livingAllowance` is given, the living allowance's to those statuses
 * (`livingAllowanceScopeAdjustment`).
 */
export function withProvinceWidening(value: ScopeAdjustment, from = "2020-01-01", livingAllowance?: readonly string[]): Policy {
  const citation = cite("gbf2019.scope-adjustment", "§(十二)");
  const label = { zh: "示例：扩大范围", en: "example: wider scope" };
  return withExampleLayer(nationalPolicy(), "province", citation, [
    replaceParameter(scopeAdjustment, { label, citation, values: [{ from, value }], lastVerifiedOn: "2026-12-05" }),
    ...(livingAllowance === undefined ? [] : [replaceParameter(livingAllowanceScopeAdjustment, { label, citation, values: [{ from, value: livingAllowance as never }], lastVerifiedOn: "2026-12-05" })]),
  ]);
}

/**
 * A claims document of certificates, one training-subsidy claim per row (as {@link certificateClaims}), in which the
 * claims named in `held` are held undecidable: each certificate names its own course `k-<row id>`, and a held claim names
 * another course of the trainee, `k-other` — which training earned the certificate is asked
 * (`course_not_certificate_course`). Every course is the trainee's, in {@link HERE}, 2019-06-01 … 06-20 (before any
 * certificate). `extra` adds claims (a living allowance, say); `ledger` is the prior ledger.
 */
export function heldDocument(rows: readonly (readonly [string, string, string | null, string])[], held: readonly string[], more: { ledger?: readonly Grant[]; extra?: readonly Claim[]; trainee?: Partial<Trainee> } = {}): ClaimsDocument {
  const { certificates, claims } = certificateClaims(rows);
  const days = { startDate: d("2019-06-01"), endDate: d("2019-06-20") };
  const courses = [...rows.map(([id]) => course({ id: `k-${id}`, ...days })), course({ id: "k-other", ...days })];
  return {
    claims: [...claims.map((c) => (held.includes(c.id) ? { ...c, courseId: "k-other" } : c)), ...(more.extra ?? [])],
    trainees: new Map([["p1", trainee(more.trainee)]]),
    courses: new Map(courses.map((c) => [c.id, c])),
    certificates: new Map(certificates.map((c) => [c.id, { ...c, courseId: `k-${c.id.slice(2)}` }])),
    enterprises: new Map(),
    apprenticeships: new Map(),
    ledger: more.ledger ?? [],
  };
}

/**
 * A decision's outcome and amount, and whether a monthly pension refused it (`monthly_pension_entitled` among its reasons):
 * the three tests of reading national-pension-scope (the training subsidy, the living allowance, Jiaxing's allowance).
 */
export const pensionBrief = (x: { readonly outcome: string; readonly amount: string | null; readonly reasons: readonly { readonly code: string }[] }) => [x.outcome, x.amount, x.reasons.map((r) => r.code).filter((c) => c === "monthly_pension_entitled")];

/**
 * The national frameworks for Jiaxing after its plan (cold audit 12d, review 24): the example rows as a Jiaxing
 * prefecture catalogue and a living allowance of 50.00 a day — ILLUSTRATIVE, not Jiaxing's figures after 2021.
 */
export const frameworksForJiaxing = (): Policy =>
  withExampleStandard(
    withCatalogue(nationalFrameworksPolicy(), illustrativeCatalogue, { ...CATALOGUE_SOURCE, level: "prefecture", region: "zhejiang.jiaxing" }),
    "living-allowance",
    livingAllowanceDailyRate,
    { zh: "生活费补贴标准（示意）", en: "living-allowance standard (illustrative)" },
    [{ from: "2019-05-18", value: "50.00" }],
  );
