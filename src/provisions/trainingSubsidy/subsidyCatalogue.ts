/**
 * 补贴目录清单 — the subsidy catalogue as a parameter, its look-ups, and how a caller
 * supplies one.
 *
 * - gbf2019.local-standards §(十二): 「市（地）以上人力资源社会保障部门、财政部门……确定
 *   职业培训补贴标准」. The national layer declares the slot {@link subsidyCatalogue} with
 *   no values: under the national texts alone no standard exists, and a claim is
 *   `undecidable` with `no_local_standard`, never paid zero.
 * - gf2018.catalogues §(十二): 「对职业技能培训公共服务项目实施目录清单管理，制定政府补贴培训
 *   目录、培训机构目录」. Training outside the catalogue, or by an institution outside the
 *   training-institution catalogue, is not subsidised ({@link catalogueEntryCheck},
 *   {@link institutionCheck}).
 * - gf2018.open-to-qualified §(十): 「政府补贴的职业技能培训项目全部向具备资质的职业院校和
 *   培训机构开放」. A catalogue row names no institution: any institution in the
 *   training-institution catalogue may deliver any row.
 *
 * Reading (gf2018.catalogues vs reading: undecidable-never-zero): a catalogue edition in force that does not
 * list the occupation and level *decides* the claim (denied, `not_in_catalogue`), since
 * the text says training outside the catalogue is not subsidised; only the absence of
 * any catalogue makes it undecidable. The reading is the parameter
 * {@link outsideCatalogue} (`"denied"` nationally); a layer that treats a missing row as
 * a gap in its data rather than an exclusion sets `"undecidable"`.
 */
import type { Citation } from "../../core/citation.js";
import { cite } from "../../core/citation.js";
import type { Check } from "../../core/decision.js";
import { defineParameter } from "../../core/parameter.js";
import type { CatalogueEntry, SubsidyCatalogue } from "../../records/catalogue.js";
import type { Certificate, Course } from "../../records/training.js";
import { Bool, enumOf, SubsidyCatalogueShape } from "../values.js";

export const LOCAL_STANDARDS = cite("gbf2019.local-standards", "§(十二)");
export const CATALOGUES = cite("gf2018.catalogues", "§(十二)");
/** gbf2019's own catalogue clause: 「对补贴性职业技能培训实施目录清单管理」. */
export const CATALOGUES_2019 = /* @__PURE__ */ cite("gbf2019.catalogues", "§(十七)");
export const OPEN_TO_QUALIFIED = cite("gf2018.open-to-qualified", "§(十)");

/**
 * The slot for the catalogue in force; declared empty by the national layer, filled by
 * {@link withCatalogue}. Encodes `gbf2019.local-standards` (§(十二)).
 * Parameter `trainingSubsidy.catalogue`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), subsidyCatalogue, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → "no_values"
 */
export const subsidyCatalogue = defineParameter<SubsidyCatalogue>({
  id: "trainingSubsidy.catalogue",
  label: { zh: "补贴目录清单（职业培训补贴标准）", en: "subsidy catalogue (training-subsidy standards)" },
  citation: LOCAL_STANDARDS,
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: SubsidyCatalogueShape,
});

/**
 * What a claim for an occupation and level the catalogue in force does not list comes to.
 * Encodes `gf2018.catalogues` (§(十二)).
 * Parameter `trainingSubsidy.outsideCatalogue`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example
 * const r = resolveParameter(nationalPolicy(), outsideCatalogue, civilDate("2020-06-01"));
 * isResolved(r) ? r.value : r.reason // → "denied"
 */
export const outsideCatalogue = defineParameter<"denied" | "undecidable">({
  id: "trainingSubsidy.outsideCatalogue",
  label: { zh: "目录外培训的处理", en: "outcome for training outside the catalogue" },
  citation: CATALOGUES,
  values: [],
  lastVerifiedOn: "2026-11-25",
  valueSchema: enumOf(["denied", "undecidable"]),
});

/**
 * Whether subsidised training is open to every qualified institution, and which text says
 * so: gf2018 §(十) nationally, or a local text that says it again in its own layer.
 * A listed institution's check cites it; a policy whose texts do not say so cites its
 * catalogue clause instead. Encodes `gf2018.open-to-qualified` (§(十)).
 * Parameter `trainingSubsidy.openMarket`: every layer's values, with their provisions and passages, are listed in docs/parameters.md (`skills-subsidy params`).
 * @example [openMarket.id, openMarket.citation.provision] // → ["trainingSubsidy.openMarket","gf2018.open-to-qualified"]
 */
export const openMarket = defineParameter<boolean>({
  id: "trainingSubsidy.openMarket",
  label: { zh: "政府补贴的培训项目向具备资质的培训机构开放", en: "subsidised training open to every qualified institution" },
  citation: OPEN_TO_QUALIFIED,
  values: [],
  lastVerifiedOn: "2026-12-03",
  valueSchema: Bool,
});

/**
 * The row for a certificate: same occupation (or project) code, same level; an
 * unleveled certificate matches an unleveled row only.
 * @example
 * import { readFileSync } from "node:fs";
 * const edition = parseSubsidyCatalogue(JSON.parse(readFileSync("fixtures/examples/catalogue-2020.json", "utf8")));
 * if (!edition.ok) throw new Error("unreadable catalogue");
 * catalogueEntryFor(edition.value, { occupation: { code: "EX-ELEC" }, level: "junior" })?.standard // → "1000.00"
 * catalogueEntryFor(edition.value, { occupation: { code: "EX-WELD" } })?.standard // → "300.00"
 */
export function catalogueEntryFor(catalogue: SubsidyCatalogue, key: { readonly occupation: { readonly code: string }; readonly level?: string | undefined }): CatalogueEntry | undefined {
  return rowsOf(catalogue).get(key.occupation.code)?.get(key.level ?? UNLEVELED);
}

/**
 * A catalogue's rows by occupation code, then level, built once per (immutable)
 * catalogue: two lookups on the record's own strings, not a scan, per claim.
 */
const rowIndexes = new WeakMap<SubsidyCatalogue, Map<string, Map<string, CatalogueEntry>>>();
/** The level key of an unleveled row (no level is the empty string). */
const UNLEVELED = "";

function rowsOf(catalogue: SubsidyCatalogue): Map<string, Map<string, CatalogueEntry>> {
  let rows = rowIndexes.get(catalogue);
  if (rows === undefined) {
    rows = new Map();
    for (const entry of catalogue.entries) {
      let levels = rows.get(entry.occupation.code);
      if (levels === undefined) rows.set(entry.occupation.code, (levels = new Map()));
      const level = entry.level ?? UNLEVELED;
      if (!levels.has(level)) levels.set(level, entry); // the first row of a key, as a scan would find
    }
    rowIndexes.set(catalogue, rows);
  }
  return rows;
}

/**
 * The certificate's occupation and level is a row of the catalogue, and the row accepts
 * the certificate's kind. Encodes `gf2018.catalogues` (§(十二)).
 * @example
 * import { readFileSync } from "node:fs";
 * const edition = parseSubsidyCatalogue(JSON.parse(readFileSync("fixtures/examples/catalogue-2020.json", "utf8")));
 * if (!edition.ok) throw new Error("unreadable catalogue");
 * catalogueEntryCheck(edition.value, certificate({ occupation: { code: "EX-ELEC", name: "电工" }, level: "junior" })).check.pass // → true
 * catalogueEntryCheck(edition.value, certificate({ occupation: { code: "EX-ELEC", name: "电工" }, level: "technician" })).check.reason.code // → "not_in_catalogue"
 */
export function catalogueEntryCheck(
  catalogue: SubsidyCatalogue,
  certificate: Certificate,
  citation: Citation = CATALOGUES,
  missingRow: "denied" | "undecidable" = "denied",
): { readonly check: Check; readonly entry?: CatalogueEntry } {
  const entry = catalogueEntryFor(catalogue, certificate);
  const id = catalogue.id;
  const occupation = certificate.occupation.code;
  const level = certificate.level ?? null;
  if (entry === undefined) {
    const reason = { code: "not_in_catalogue" as const, citation, facts: { catalogue: id, occupation, level, date: certificate.issuedOn } };
    return { check: missingRow === "denied" ? { pass: false, reason } : { pass: "unknown", reason, missing: [`catalogue ${id}: ${occupation}${level === null ? "" : `@${level}`}`] } };
  }
  if (!entry.certificateKinds.includes(certificate.kind)) {
    return { check: { pass: false, reason: { code: "certificate_kind_not_accepted", citation, facts: { catalogue: id, occupation, level, kind: certificate.kind, accepted: [...entry.certificateKinds] } } } };
  }
  return { check: { pass: true, reason: { code: "catalogue_entry", citation, facts: { catalogue: id, occupation, level, standard: entry.standard, illustrative: catalogue.illustrative } } }, entry };
}

/**
 * When the edition lists training institutions, the course's organiser must be one of
 * them (any listed institution may deliver any row). Unknown when the course or its
 * organiser is not given; `null` when the edition lists none. Encodes `gf2018.catalogues`
 * (§(十二)) and `gf2018.open-to-qualified` (§(十)).
 * @example
 * const edition = { id: "ex", title: "示例", publishedBy: "示例", effectiveFrom: civilDate("2020-01-01"), illustrative: true, entries: [], institutions: ["SCHOOL-1"] };
 * institutionCheck(edition, course({ organizerId: "SCHOOL-1" }))?.pass // → true
 * institutionCheck(edition, course({ organizerId: "SCHOOL-9" }))?.pass // → false
 * institutionCheck({ ...edition, institutions: undefined }, course()) // → null
 */
export function institutionCheck(catalogue: SubsidyCatalogue, course: Course | undefined, citations: { readonly catalogue: Citation; readonly open: Citation } = { catalogue: CATALOGUES, open: OPEN_TO_QUALIFIED }): Check | null {
  const listed = catalogue.institutions;
  if (listed === undefined) return null;
  const organizer = course?.organizerId;
  if (organizer === undefined) {
    return { pass: "unknown", reason: { code: "institution_unknown", citation: citations.catalogue, facts: { catalogue: catalogue.id } }, missing: [course === undefined ? "claim.courseId" : "course.organizerId"] };
  }
  if (listed.includes(organizer)) return { pass: true, reason: { code: "institution_in_catalogue", citation: citations.open, facts: { institution: organizer, catalogue: catalogue.id } } };
  return { pass: false, reason: { code: "institution_not_in_catalogue", citation: citations.catalogue, facts: { institution: organizer, catalogue: catalogue.id } } };
}

export type { CatalogueSource } from "../../core/layer.js";

/**
 * The editions a catalogue source can carry, and those it sets aside: an edition taking effect on or after the day the
 * source's catalogue ends (`endsOn`: a city plan's catalogue may end with the plan) belongs to a later text, so it
 * is set aside, not read (cold audit 11a: a city's yearly series given whole stopped the run).
 * @example
 * const ed = (effectiveFrom: string) => ({ id: `ed-${effectiveFrom}`, effectiveFrom }) as SubsidyCatalogue;
 * catalogueEditionsFor([ed("2021-01-01"), ed("2022-03-01")], "2022-01-01").setAside.map((e) => e.id) // → ["ed-2022-03-01"]
 * catalogueEditionsFor([ed("2021-01-01"), ed("2022-03-01")], undefined).setAside // → []
 */
export function catalogueEditionsFor(editions: readonly SubsidyCatalogue[], endsOn: string | undefined): { readonly kept: readonly SubsidyCatalogue[]; readonly setAside: readonly SubsidyCatalogue[] } {
  if (endsOn === undefined) return { kept: editions, setAside: [] };
  return { kept: editions.filter((e) => e.effectiveFrom < endsOn), setAside: editions.filter((e) => e.effectiveFrom >= endsOn) };
}

