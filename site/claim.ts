/**
 * The claim form: the records of one claim for the common measures (training subsidy,
 * living allowance, appraisal subsidy, apprenticeship subsidy), decided in the browser by
 * the library (`parseClaimsDocument`, `evaluateBatch`). It starts from the Jiaxing worked
 * example (fixtures/jiaxing/worked-example.json), so "decide" works at once; the records
 * decided are shown as JSON, which can be edited and decided whole.
 */
import data from "site-data:law";
import { amount, CERTIFICATE_KINDS, COURSE_KINDS, evaluateBatch, JIAXING_REGIONS, parseClaimsDocument, SKILL_LEVELS, toYuan, TRAINEE_STATUSES } from "../src/index.js";
import { colon, decisionView, invalidView, OUTCOME } from "./decision.js";
import { field, h, replace, select, uid } from "./dom.js";
import { lang, regionName, t, term } from "./i18n.js";
import { policyFor, policyOptions, takesCatalogue } from "./policy.js";

type Raw = Record<string, unknown>;
type RawDocument = Record<string, Raw[]>;

const MEASURES = ["trainingSubsidy", "livingAllowance", "appraisalSubsidy", "apprenticeshipSubsidy"] as const;
type FormMeasure = (typeof MEASURES)[number];

/** The examples the form can load: the worked example's four claims and an apprenticeship. */
const EXAMPLES: readonly { readonly id: string; readonly doc: () => RawDocument; readonly claimId: string; readonly zh: string; readonly en: string }[] = [
  { id: "WX-1", doc: () => data.workedExample as RawDocument, claimId: "WX-1", zh: "WX-1 职业培训补贴（电工初级工）", en: "WX-1 training subsidy (electrician, junior)" },
  { id: "WX-2", doc: () => data.workedExample as RawDocument, claimId: "WX-2", zh: "WX-2 生活费补贴（8 天）", en: "WX-2 living allowance (8 days)" },
  { id: "WX-3", doc: () => data.workedExample as RawDocument, claimId: "WX-3", zh: "WX-3 职业技能鉴定补贴", en: "WX-3 appraisal subsidy" },
  { id: "WX-4", doc: () => data.workedExample as RawDocument, claimId: "WX-4", zh: "WX-4 职业培训补贴（焊工初级工）", en: "WX-4 training subsidy (welder, junior)" },
  { id: "J-1", doc: () => data.apprenticeship as RawDocument, claimId: "J-1", zh: "J-1 企业新型学徒制培训补贴（职工学徒）", en: "J-1 apprenticeship subsidy (employee apprentice)" },
];

/** What the form shows; kept across language switches. */
export const claimState = {
  example: "WX-1",
  policy: "jiaxing-2019",
  catalogue: true,
  values: new Map<string, string | boolean | string[]>(),
  /** The example's other records and claims, decided with the form's claim as its history (the annual cap counts them). */
  context: {} as RawDocument,
  json: "",
  decided: false,
  /** The claim whose decision is shown in full (the form's); `null`: every claim's (the JSON decided whole). */
  show: null as string | null,
};

/** The example's document without the claim the form edits. */
function contextOf(doc: RawDocument, claimId: string): RawDocument {
  const out: RawDocument = {};
  for (const [k, list] of Object.entries(doc)) out[k] = k === "claims" ? list.filter((c) => c["id"] !== claimId) : list;
  return out;
}

/** The form's records with the context's added where the form has no record of that id (the form's win). */
export function withContext(form: RawDocument, context: RawDocument): RawDocument {
  const out: RawDocument = {};
  for (const k of new Set([...Object.keys(form), ...Object.keys(context)])) {
    const mine = form[k] ?? [];
    const ids = new Set(mine.map((r) => r["id"]));
    const list = [...mine, ...(context[k] ?? []).filter((r) => !ids.has(r["id"]))];
    if (list.length > 0) out[k] = list;
  }
  return out;
}

const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/** The form's values for one claim of a document. */
function valuesOf(doc: RawDocument, claimId: string): Map<string, string | boolean | string[]> {
  const v = new Map<string, string | boolean | string[]>();
  const claim = (doc["claims"] ?? []).find((c) => c["id"] === claimId) ?? {};
  const by = (coll: string, id: unknown) => (doc[coll] ?? []).find((r) => r["id"] === id) ?? {};
  const trainee = by("trainees", claim["traineeId"]);
  const course = by("courses", claim["courseId"]);
  const cert = by("certificates", claim["certificateId"]);
  const appr = by("apprenticeships", claim["apprenticeshipId"]);
  const ent = by("enterprises", claim["enterpriseId"] ?? appr["enterpriseId"]);
  const claimant = (claim["claimant"] ?? {}) as Raw;
  const occ = (r: Raw) => (r["occupation"] ?? {}) as Raw;
  const set = (k: string, x: unknown) => v.set(k, str(x));
  set("claim.id", claim["id"]);
  set("claim.measure", claim["measure"]);
  set("claim.submittedOn", claim["submittedOn"]);
  set("claim.claimant", claimant["kind"]);
  set("trainee.id", trainee["id"]);
  set("trainee.name", trainee["name"]);
  set("trainee.birthDate", trainee["birthDate"]);
  v.set("trainee.statuses", Array.isArray(trainee["statuses"]) ? (trainee["statuses"] as unknown[]).map(str) : []);
  set("trainee.hukouRegion", trainee["hukouRegion"]);
  // every residency basis a record can carry (gbf2019 §(十二): 户籍地、常住地、求职就业地; jx2019 五(十一): 当地户籍、当地常住并办有居住证、在当地就业创业、在当地办理失业登记)
  set("trainee.residenceRegion", trainee["residenceRegion"]);
  set("trainee.hasResidencePermit", typeof trainee["hasResidencePermit"] === "boolean" ? String(trainee["hasResidencePermit"]) : "");
  set("trainee.employmentRegion", trainee["employmentRegion"]);
  set("trainee.unemploymentRegisteredAt", trainee["unemploymentRegisteredAt"]);
  v.set("trainee.receivesMonthlyPension", trainee["receivesMonthlyPension"] === true);
  // 具有按月领取养老金资格: recorded yes or no, or not recorded (asked of an appraisal or training claim from 60)
  set("trainee.monthlyPensionEntitled", typeof trainee["monthlyPensionEntitled"] === "boolean" ? String(trainee["monthlyPensionEntitled"]) : "");
  set("course.id", course["id"]);
  set("course.kind", course["kind"]);
  set("course.occupation.code", occ(course)["code"]);
  set("course.occupation.name", occ(course)["name"]);
  set("course.level", course["level"]);
  set("course.classHours", course["classHours"]);
  set("course.startDate", course["startDate"]);
  set("course.endDate", course["endDate"]);
  set("course.attendedDays", course["attendedDays"]);
  set("course.region", course["region"]);
  set("certificate.id", cert["id"]);
  set("certificate.kind", cert["kind"]);
  set("certificate.kindName", cert["kindName"]);
  set("certificate.occupation.code", occ(cert)["code"]);
  set("certificate.occupation.name", occ(cert)["name"]);
  set("certificate.level", cert["level"]);
  set("certificate.issuedOn", cert["issuedOn"]);
  set("enterprise.id", ent["id"]);
  set("enterprise.name", ent["name"]);
  set("enterprise.unemploymentInsuranceRegion", ent["unemploymentInsuranceRegion"]);
  set("apprenticeship.id", appr["id"]);
  set("apprenticeship.kind", appr["kind"]);
  set("apprenticeship.occupation.code", occ(appr)["code"]);
  set("apprenticeship.occupation.name", occ(appr)["name"]);
  set("apprenticeship.startDate", appr["startDate"]);
  set("apprenticeship.endDate", appr["endDate"]);
  set("apprenticeship.annualStandard", appr["annualStandard"]);
  set("apprenticeship.monthlyInternshipAllowance", appr["monthlyInternshipAllowance"]);
  return v;
}

/** The records the form describes, as a claims document (raw: the library parses it). */
export function documentOf(v: ReadonlyMap<string, string | boolean | string[]>): RawDocument {
  const get = (k: string) => {
    const x = v.get(k);
    return typeof x === "string" ? x.trim() : "";
  };
  const put = (r: Raw, key: string, k: string, as: "text" | "int" = "text") => {
    const x = get(k);
    if (x === "") return;
    r[key] = as === "int" && /^-?\d{1,9}$/.test(x) ? Number(x) : x;
  };
  const occupation = (prefix: string): Raw | undefined => {
    const code = get(`${prefix}.occupation.code`);
    const name = get(`${prefix}.occupation.name`);
    return code === "" && name === "" ? undefined : { code, name };
  };
  const measure = get("claim.measure") as FormMeasure;
  const doc: RawDocument = { trainees: [], courses: [], certificates: [], enterprises: [], apprenticeships: [], claims: [] };
  const trainee: Raw = {};
  put(trainee, "id", "trainee.id");
  put(trainee, "name", "trainee.name");
  put(trainee, "birthDate", "trainee.birthDate");
  const statuses = v.get("trainee.statuses");
  trainee["statuses"] = Array.isArray(statuses) ? statuses : [];
  put(trainee, "hukouRegion", "trainee.hukouRegion");
  put(trainee, "residenceRegion", "trainee.residenceRegion");
  const permit = get("trainee.hasResidencePermit");
  if (permit === "true" || permit === "false") trainee["hasResidencePermit"] = permit === "true";
  put(trainee, "employmentRegion", "trainee.employmentRegion");
  put(trainee, "unemploymentRegisteredAt", "trainee.unemploymentRegisteredAt");
  if (v.get("trainee.receivesMonthlyPension") === true) trainee["receivesMonthlyPension"] = true;
  else trainee["receivesMonthlyPension"] = false;
  const entitled = get("trainee.monthlyPensionEntitled");
  if (entitled === "true" || entitled === "false") trainee["monthlyPensionEntitled"] = entitled === "true";
  doc["trainees"]?.push(trainee);
  const claim: Raw = {};
  put(claim, "id", "claim.id");
  claim["measure"] = measure;
  claim["traineeId"] = trainee["id"];
  const claimantKind = get("claim.claimant") || "trainee";
  const usesCourse = measure === "trainingSubsidy" || measure === "livingAllowance";
  const usesCertificate = measure === "trainingSubsidy" || measure === "appraisalSubsidy";
  const usesApprenticeship = measure === "apprenticeshipSubsidy";
  if (usesCourse && get("course.id") !== "") {
    const c: Raw = { id: get("course.id"), traineeId: trainee["id"] };
    put(c, "kind", "course.kind");
    const o = occupation("course");
    if (o !== undefined) c["occupation"] = o;
    put(c, "level", "course.level");
    put(c, "classHours", "course.classHours", "int");
    put(c, "startDate", "course.startDate");
    put(c, "endDate", "course.endDate");
    put(c, "attendedDays", "course.attendedDays", "int");
    put(c, "region", "course.region");
    doc["courses"]?.push(c);
    claim["courseId"] = c["id"];
  }
  if (usesCertificate && get("certificate.id") !== "") {
    const c: Raw = { id: get("certificate.id"), traineeId: trainee["id"] };
    put(c, "kind", "certificate.kind");
    put(c, "kindName", "certificate.kindName");
    const o = occupation("certificate");
    if (o !== undefined) c["occupation"] = o;
    put(c, "level", "certificate.level");
    put(c, "issuedOn", "certificate.issuedOn");
    if (usesCourse && claim["courseId"] !== undefined) c["courseId"] = claim["courseId"];
    doc["certificates"]?.push(c);
    claim["certificateId"] = c["id"];
  }
  if (usesApprenticeship) {
    const e: Raw = {};
    put(e, "id", "enterprise.id");
    put(e, "name", "enterprise.name");
    put(e, "unemploymentInsuranceRegion", "enterprise.unemploymentInsuranceRegion");
    doc["enterprises"]?.push(e);
    const a: Raw = { traineeId: trainee["id"], enterpriseId: e["id"] };
    put(a, "id", "apprenticeship.id");
    put(a, "kind", "apprenticeship.kind");
    const o = occupation("apprenticeship");
    if (o !== undefined) a["occupation"] = o;
    put(a, "startDate", "apprenticeship.startDate");
    put(a, "endDate", "apprenticeship.endDate");
    put(a, "annualStandard", "apprenticeship.annualStandard");
    put(a, "monthlyInternshipAllowance", "apprenticeship.monthlyInternshipAllowance");
    doc["apprenticeships"]?.push(a);
    claim["apprenticeshipId"] = a["id"];
    claim["enterpriseId"] = e["id"];
  }
  claim["claimant"] = { kind: claimantKind, id: claimantKind === "enterprise" ? get("enterprise.id") : trainee["id"] };
  put(claim, "submittedOn", "claim.submittedOn");
  doc["claims"]?.push(claim);
  for (const k of Object.keys(doc)) if (doc[k]?.length === 0) delete doc[k];
  return doc;
}

function regionList(): HTMLDataListElement {
  const ids = ["zhejiang.jiaxing", ...Object.values(JIAXING_REGIONS), "zhejiang", "zhejiang.hangzhou", "guangdong.jieyang"];
  return h("datalist", { id: "regions" }, ids.map((id) => h("option", { value: id }, regionName(id))));
}

/**
 * Decides a raw claims document with the chosen policy and draws the decisions into `out`:
 * every one in full, or only `show`'s in full and the others (its history) in a line each.
 */
export function decideInto(out: HTMLElement, raw: unknown, policyId: string, catalogue: boolean, show: string | null = null): void {
  const w = t();
  const parsed = parseClaimsDocument(raw);
  if (!parsed.ok) {
    replace(out, h("div", { class: "error", role: "alert" }, h("p", {}, w.invalid), h("ul", {}, parsed.issues.map((i) => h("li", {}, h("code", {}, i.path.join(".") || "(document)"), `${colon()}${i.message[lang()]}`)))));
    return;
  }
  const result = evaluateBatch(policyFor(policyId, catalogue), parsed.value.document);
  const shown = show === null ? result.decisions : result.decisions.filter((d) => d.claimId === show);
  const others = show === null ? [] : result.decisions.filter((d) => d.claimId !== show);
  // exact, as the library sums: decimal yuan
  const total = toYuan(shown.reduce((sum, d) => (d.outcome === "granted" && d.amount !== null ? sum.plus(amount(d.amount)) : sum), amount("0")));
  replace(
    out,
    h("h3", { class: "visually-hidden", id: "decision-head", tabindex: "-1" }, w.decision),
    parsed.value.invalid.length === 0 ? null : invalidView(parsed.value.invalid, w.invalid),
    shown.length > 1 ? h("p", { class: "summary" }, `${shown.length} · ${w.amount} ${total} ${w.yuan}`) : null,
    shown.map(decisionView),
    others.length === 0
      ? null
      : h(
          "div",
          { class: "history" },
          h("p", {}, w.history),
          h("ul", {}, others.map((d) => h("li", { "data-claim": d.claimId }, `${d.claimId} · ${term(d.measure)} · ${OUTCOME[lang()][d.outcome]}${d.amount === null ? "" : ` · ${d.amount} ${w.yuan}`}`))),
        ),
  );
}

/** Renders the claim page into `root`. */
export function renderClaim(root: HTMLElement): void {
  const w = t();
  const st = claimState;
  if (st.values.size === 0) {
    const ex = EXAMPLES.find((e) => e.id === st.example) ?? EXAMPLES[0];
    if (ex !== undefined) {
      st.values = valuesOf(ex.doc(), ex.claimId);
      st.context = contextOf(ex.doc(), ex.claimId);
    }
  }
  const out = h("section", { class: "decisions", "aria-live": "polite", "aria-label": w.decision });
  const controls = new Map<string, HTMLInputElement | HTMLSelectElement>();
  const text = (key: string, labelText: string, type = "text", attrs: Record<string, string> = {}) => {
    const el = h("input", { type, name: key, value: str(st.values.get(key)), ...attrs });
    controls.set(key, el);
    return field(labelText, el);
  };
  const choice = (key: string, labelText: string, options: readonly string[], optional = false) => {
    const opts: [string, string][] = [...(optional ? [["", w.none] as [string, string]] : []), ...options.map((o) => [o, `${term(o)}`] as [string, string])];
    const el = select(opts, str(st.values.get(key)), { name: key });
    controls.set(key, el);
    return field(labelText, el);
  };
  const region = (key: string, labelText: string) => text(key, labelText, "text", { list: "regions", autocomplete: "off" });
  const yesNo = (key: string, labelText: string) => {
    const el = select([["", w.notRecorded], ["true", w.yes], ["false", w.no]], str(st.values.get(key)), { name: key });
    controls.set(key, el);
    return field(labelText, el);
  };

  const statusBoxes = TRAINEE_STATUSES.map((code) => {
    const id = uid("status");
    const box = h("input", { type: "checkbox", id, name: "trainee.statuses", value: code });
    const chosen = st.values.get("trainee.statuses");
    box.checked = Array.isArray(chosen) && chosen.includes(code);
    return h("div", { class: "check" }, box, h("label", { for: id }, term(code)));
  });
  const pension = h("input", { type: "checkbox", id: uid("pension"), name: "trainee.receivesMonthlyPension" });
  pension.checked = st.values.get("trainee.receivesMonthlyPension") === true;

  const read = (): Map<string, string | boolean | string[]> => {
    const v = new Map<string, string | boolean | string[]>();
    for (const [k, el] of controls) v.set(k, el.value);
    v.set("trainee.statuses", statusBoxes.map((d) => d.querySelector("input") as HTMLInputElement).filter((b) => b.checked).map((b) => b.value));
    v.set("trainee.receivesMonthlyPension", pension.checked);
    return v;
  };

  const exampleSel = select(
    EXAMPLES.map((e) => [e.id, lang() === "zh" ? e.zh : e.en]),
    st.example,
    { name: "example" },
  );
  const policySel = select(policyOptions(), st.policy, { name: "policy" });
  const catalogueBox = h("input", { type: "checkbox", id: "claim-catalogue" });
  catalogueBox.checked = st.catalogue;
  catalogueBox.disabled = !takesCatalogue(st.policy);
  const json = h("textarea", { id: "claim-json", name: "json", rows: "14", spellcheck: "false" });
  json.value = st.json;

  const fieldsets = {
    course: h("fieldset", { "data-for": "trainingSubsidy livingAllowance" }, h("legend", {}, w.course), text("course.id", w.id), choice("course.kind", w.kind, COURSE_KINDS), text("course.occupation.code", w.occupationCode), text("course.occupation.name", w.occupationName), choice("course.level", w.level, SKILL_LEVELS, true), text("course.classHours", w.classHours, "number", { min: "0", step: "1" }), text("course.startDate", w.startDate, "date"), text("course.endDate", w.endDate, "date"), text("course.attendedDays", w.attendedDays, "number", { min: "0", step: "1" }), region("course.region", w.region)),
    certificate: h("fieldset", { "data-for": "trainingSubsidy appraisalSubsidy" }, h("legend", {}, w.certificate), text("certificate.id", w.id), choice("certificate.kind", w.kind, CERTIFICATE_KINDS), text("certificate.kindName", w.kindName), text("certificate.occupation.code", w.occupationCode), text("certificate.occupation.name", w.occupationName), choice("certificate.level", w.level, SKILL_LEVELS, true), text("certificate.issuedOn", w.issuedOn, "date")),
    apprenticeship: h("fieldset", { "data-for": "apprenticeshipSubsidy" }, h("legend", {}, `${w.apprenticeship} · ${w.enterprise}`), text("enterprise.id", `${w.enterprise} ${w.id}`), text("enterprise.name", w.enterpriseName), region("enterprise.unemploymentInsuranceRegion", w.uiRegion), text("apprenticeship.id", `${w.apprenticeship} ${w.id}`), choice("apprenticeship.kind", w.kind, ["employee", "student"]), text("apprenticeship.occupation.code", w.occupationCode), text("apprenticeship.occupation.name", w.occupationName), text("apprenticeship.startDate", w.startDate, "date"), text("apprenticeship.endDate", w.endDate, "date"), text("apprenticeship.annualStandard", w.annualStandard), text("apprenticeship.monthlyInternshipAllowance", w.monthlyInternshipAllowance)),
  };
  const claimSet = h("fieldset", {}, h("legend", {}, w.claim), text("claim.id", w.id), choice("claim.measure", w.measure, MEASURES), choice("claim.claimant", w.claimant, ["trainee", "enterprise"]), text("claim.submittedOn", w.submittedOn, "date"));
  const traineeSet = h(
    "fieldset",
    {},
    h("legend", {}, w.trainee),
    text("trainee.id", w.id),
    text("trainee.name", w.name),
    text("trainee.birthDate", w.birthDate, "date"),
    region("trainee.hukouRegion", w.hukouRegion),
    region("trainee.residenceRegion", w.residenceRegion),
    yesNo("trainee.hasResidencePermit", w.hasResidencePermit),
    region("trainee.employmentRegion", w.employmentRegion),
    region("trainee.unemploymentRegisteredAt", w.unemploymentRegisteredAt),
    h("div", { class: "check" }, pension, h("label", { for: pension.id }, w.receivesMonthlyPension)),
    yesNo("trainee.monthlyPensionEntitled", w.monthlyPensionEntitled),
    h("fieldset", { class: "statuses" }, h("legend", {}, w.statuses), statusBoxes),
  );

  const showFor = () => {
    const measure = controls.get("claim.measure")?.value ?? "";
    for (const fs of Object.values(fieldsets)) fs.hidden = !(fs.getAttribute("data-for") ?? "").split(" ").includes(measure);
  };
  controls.get("claim.measure")?.addEventListener("change", showFor);

  const decideForm = () => {
    st.values = read();
    const doc = withContext(documentOf(st.values), st.context);
    st.json = JSON.stringify(doc, null, 2);
    json.value = st.json;
    st.decided = true;
    st.show = str(st.values.get("claim.id")).trim();
    decideInto(out, doc, st.policy, st.catalogue, st.show);
    out.querySelector<HTMLElement>("#decision-head")?.focus();
  };
  const decideJson = (focus = true, show: string | null = null) => {
    st.json = json.value;
    st.decided = true;
    st.show = show;
    let raw: unknown;
    try {
      raw = JSON.parse(json.value);
    } catch (e) {
      replace(out, h("div", { class: "error", role: "alert" }, `${w.jsonError} ${e instanceof Error ? e.message : String(e)}`));
      return;
    }
    decideInto(out, raw, st.policy, st.catalogue, show);
    if (focus) out.querySelector<HTMLElement>("#decision-head")?.focus();
  };

  exampleSel.addEventListener("change", () => {
    const ex = EXAMPLES.find((e) => e.id === exampleSel.value);
    if (ex === undefined) return;
    st.example = ex.id;
    st.values = valuesOf(ex.doc(), ex.claimId);
    st.context = contextOf(ex.doc(), ex.claimId);
    st.json = "";
    st.decided = false;
    renderClaim(root);
    root.querySelector<HTMLSelectElement>("select[name=example]")?.focus();
  });
  policySel.addEventListener("change", () => {
    st.policy = policySel.value;
    catalogueBox.disabled = !takesCatalogue(st.policy);
  });
  catalogueBox.addEventListener("change", () => (st.catalogue = catalogueBox.checked));

  replace(
    root,
    h("h2", {}, w.tabClaim),
    regionList(),
    h(
      "form",
      { class: "claim-form", onsubmit: (e: Event) => (e.preventDefault(), decideForm()) },
      h("div", { class: "controls" }, field(w.example, exampleSel, w.exampleHint), field(w.policy, policySel), h("div", { class: "field check" }, catalogueBox, h("label", { for: catalogueBox.id }, w.catalogue))),
      h("div", { class: "fieldsets" }, claimSet, traineeSet, fieldsets.course, fieldsets.certificate, fieldsets.apprenticeship),
      h("p", {}, h("button", { type: "submit", class: "primary", id: "decide" }, w.decide)),
      h("details", { class: "json" }, h("summary", {}, w.asJson), field("JSON", json), h("p", { class: "buttons" }, h("button", { type: "button", class: "secondary", id: "decide-json", onclick: () => decideJson() }, w.decideJson), " ", h("button", { type: "button", class: "secondary", id: "whole-example", onclick: () => ((json.value = JSON.stringify(data.workedExample, null, 2)), decideJson()) }, w.wholeExample))),
    ),
    out,
  );
  showFor();
  // after a switch of language: the same records decided again, the reasons in the new language
  if (st.decided) decideJson(false, st.show);
}
