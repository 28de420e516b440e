/**
 * 补贴目录清单 — the subsidy catalogue (`SubsidyCatalogue`): the occupations (or
 * projects) whose training a prefecture subsidises, with the standard per occupation
 * and level, the shortage tier, and the certificates that earn it; and the training
 * institutions whose training counts (gf2018.catalogues §(十二): 「政府补贴培训目录、
 * 培训机构目录」). The standards are set by prefecture-level or higher HR and finance
 * departments (gbf2019.local-standards §(十二)) and updated every year (jx2019.catalogue),
 * so a catalogue is an *edition* in force from a date; the library holds no catalogue
 * of its own. A catalogue whose figures are examples says so in `illustrative`.
 */
import * as z from "zod";
import { catalogueChecks } from "./checks.js";
import { refined } from "./refined.js";
import { AmountSchema, CivilDateSchema, Id, Occupation, SkillLevel, Text } from "./common.js";
import { CertificateKind } from "./training.js";

/**
 * One row: an occupation (or project) at a level, or unleveled, and its standard (zod schema).
 * @example CatalogueEntry.parse({ occupation: { code: "EX-ELEC", name: "电工" }, level: "junior", standard: 1000, certificateKinds: ["skillLevelCertificate"] }).standard // → "1000"
 */
export const CatalogueEntry = /* @__PURE__ */ (() =>
  z.strictObject({
  /** 职业（工种）, or a project of project-based training (项目制培训). */
  occupation: Occupation,
  /** Whether the row is an occupation or a project; occupations by default. */
  kind: z.enum(["occupation", "project"]).optional(),
  /** The level for leveled certificates; absent for special-ability, special-operations, training-completion and other certificates. */
  level: SkillLevel.optional(),
  /** The standard amount per person in yuan, e.g. `"1500.00"`. */
  standard: AmountSchema,
  /** 急需紧缺程度 (op2025.differentiated-subsidy): a tier id the layer prices (`"A"`, `"urgent"`, …). */
  shortageTier: z.string().min(1).max(32).optional(),
  /** The certificate kinds that earn this row's subsidy. */
  certificateKinds: z.array(CertificateKind).min(1).max(6),
}))();
/** One row of a subsidy catalogue. */
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;

/**
 * One edition of a prefecture's subsidy catalogue. `institutions`, when given, is the
 * training-institution catalogue (培训机构目录): training by an institution not listed is
 * not subsidised. When absent, the edition does not restrict institutions (zod schema;
 * parse with {@link parseSubsidyCatalogue}). Encodes `gf2018.catalogues` (§(十二)) and
 * `gbf2019.local-standards` (§(十二)).
 * @example SubsidyCatalogue.safeParse({ id: "x", title: "示例", publishedBy: "示例", effectiveFrom: "2020-01-01", illustrative: true, entries: [] }).success // → true
 */
export const SubsidyCatalogue = /* @__PURE__ */ (() =>
  z
  .strictObject({
    /** The address of this document's JSON Schema, for editors ("$schema"): allowed, read by nothing. */
    $schema: z.string().max(2048).optional(),

    /** The edition's id. */
    id: Id,
    /** Its title. */
    title: Text,
    /** Who published it (the prefecture-level HR and finance departments). */
    publishedBy: Text,
    /** First day the edition is in force. */
    effectiveFrom: CivilDateSchema,
    /** True when the figures are examples, not an official catalogue. */
    illustrative: z.boolean(),
    /** The rows. */
    entries: z.array(CatalogueEntry).max(100_000),
    /** The training-institution catalogue (培训机构目录), when the edition has one. */
    institutions: z.array(Id).max(100_000).optional(),
  })
  .check(refined(catalogueChecks)))();
/** One edition of a subsidy catalogue, as parsed by {@link parseSubsidyCatalogue}. */
export type SubsidyCatalogue = z.infer<typeof SubsidyCatalogue>;
