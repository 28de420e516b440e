/**
 * Issue 14 item 16, "Messages an official would stop at": every message of every decision
 * of every shipped fixture (fixtures/**) and scenario (fixtures/scenarios/**), in Chinese
 * and English, is scanned for what an official reading it would stop at: provision ids
 * (`jx2019.free-training`), snake_case codes, region ids (`zhejiang.jiaxing.nanhu`),
 * `null`, `undefined`, `NaN`, a fraction where a percentage is meant (`0.30`), and, in the
 * Chinese text, any Latin word. Allowed: what the records themselves carry and an official
 * recognises (occupation codes such as `EX-ELEC`, claim, person and record ids), units such
 * as `%`, and numbers.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { lawPath } from "./support/law.js";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type * as z from "zod";
import { REASON_FACTS } from "../src/server/reasonFacts.js";
import type { Decision, Policy } from "../src/index.js";
import { catalogueSourceFor, CERTIFICATE_KINDS, COURSE_KINDS, evaluateBatch, JIAXING_REGIONS, jx2019PlanByRegion, parseClaimsDocument, parseSubsidyCatalogue, POLICIES, TRAINEE_STATUSES, withCatalogue } from "../src/index.js";
import { terms as enTerms } from "../src/locales/en.js";
import { REGION_NAMES } from "../src/locales/regions.js";
import { parameterLabel } from "../src/core/parameter.js";
import { reasons as zhReasons, terms as zhTerms } from "../src/locales/zh-CN.js";
import { employmentSkillsGroups } from "../src/provisions/groups/employmentSkillsGroups.js";
import { freeTrainingGroups } from "../src/provisions/groups/freeTrainingGroups.js";
import { graduationYearStudents } from "../src/provisions/groups/graduationYearStudents.js";
import { keyGroups2021 } from "../src/provisions/groups/keyGroups2021.js";
import { livingAllowanceTrainees } from "../src/provisions/groups/livingAllowanceTrainees.js";
import { migrantWorkers } from "../src/provisions/groups/olderMigrants.js";
import { povertySupport } from "../src/provisions/groups/povertySupport.js";
import { projectTrainingGroups } from "../src/provisions/groups/projectTrainingGroups.js";
import { subsidyGroups } from "../src/provisions/groups/subsidyGroups.js";
import { unemployedPriority } from "../src/provisions/groups/unemployedPriority.js";
import { jxFreeTrainingGroups, jxTargetGroups } from "../src/jurisdictions/jiaxing/groups.js";
import { MEASURES, PAYEE_KINDS, SKILL_LEVELS } from "../src/records/common.js";
import { explainText } from "../src/cli/format.js";
import { tableHeader } from "../src/cli/output.js";
import { readDataFile, runScenarioFiles } from "../src/node/index.js";

/** Every file under a directory. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The ids, codes and names the records carry (an official recognises them): every string under a key named id, …Id, code, name or title. */
function recordTokens(data: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(data)) for (const item of data) recordTokens(item, out);
  else if (data !== null && typeof data === "object") {
    for (const [key, value] of Object.entries(data)) {
      if (typeof value === "string" && /^(id|.*Id|code|name|title|shortageTier)$/.test(key)) out.add(value);
      else if (Array.isArray(value) && /Ids$/.test(key)) for (const v of value) if (typeof v === "string") out.add(v);
      recordTokens(value, out);
    }
  }
  return out;
}

interface Rendered {
  readonly where: string;
  readonly lang: "zh" | "en";
  readonly text: string;
  readonly allowed: ReadonlySet<string>;
}

/** Reasons whose facts are not exactly what ReasonFacts declares for their code (the server's per-code schemas, REASON_FACTS, are checked against ReasonFacts by the compiler). */
const factsFaults = new Map<string, string>();
/** The reason codes the fixtures and scenarios give. */
const codesSeen = new Set<string>();

function messagesOf(where: string, decisions: readonly Decision[], allowed: ReadonlySet<string>): Rendered[] {
  const out: Rendered[] = [];
  for (const d of decisions) {
    for (const r of d.reasons) {
      codesSeen.add(r.code);
      const checked = (REASON_FACTS[r.code] as z.ZodType).safeParse(r.facts);
      if (!checked.success && !factsFaults.has(r.code)) factsFaults.set(r.code, `${where} ${d.claimId}: ${JSON.stringify(r.facts)} — ${checked.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
      out.push({ where: `${where} ${d.claimId} ${r.code}`, lang: "zh", text: r.message.zh, allowed });
      out.push({ where: `${where} ${d.claimId} ${r.code}`, lang: "en", text: r.message.en, allowed });
    }
    for (const l of d.lines) {
      out.push({ where: `${where} ${d.claimId} line`, lang: "zh", text: l.label.zh, allowed });
      out.push({ where: `${where} ${d.claimId} line`, lang: "en", text: l.label.en, allowed });
    }
  }
  return out;
}

/** What an official would stop at in one message; empty when the message reads cleanly. */
export function stoppers(m: Pick<Rendered, "lang" | "text" | "allowed">): string[] {
  let text = m.text;
  // the records' own ids and codes, longest first, are what an official expects to see
  for (const token of [...m.allowed].sort((a, b) => b.length - a.length)) {
    if (token.length > 0) text = text.replace(new RegExp(`(?<![A-Za-z0-9_.-])${token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9_-])`, "g"), " ");
  }
  const found: string[] = [];
  const take = (pattern: RegExp): void => {
    text = text.replace(pattern, (match) => {
      found.push(match);
      return " ";
    });
  };
  take(/\b(null|undefined|NaN)\b|\[object Object\]/g);
  // dotted ids: provision ids (jx2019.free-training), region ids (zhejiang.jiaxing.nanhu), parameter ids
  take(/[A-Za-z][A-Za-z0-9-]*(\.[A-Za-z0-9][A-Za-z0-9-]*)+/g);
  take(/[A-Za-z0-9]+_[A-Za-z0-9_]+/g);
  // a fraction where a percentage is meant (0.30 for 30 %); amounts in yuan are fine
  take(/(?<![\d.])0\.\d+(?!\d|\s*(元|yuan))/g);
  // a camelCase code (enterpriseEmployee) in either language
  take(/\b[a-z]+[A-Z][A-Za-z]*\b/g);
  if (m.lang === "zh") take(/[A-Za-z]+/g);
  return [...new Set(found)];
}

function illustrativeCatalogue(policy: Policy): Policy {
  const parsed = parseSubsidyCatalogue(readDataFile("fixtures/jiaxing/catalogue-2020.json"));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return withCatalogue(policy, [parsed.value], catalogueSourceFor(policy));
}

/** Every claims document among the fixtures (outside fixtures/scenarios), under every shipped policy, with and without the illustrative catalogue. */
function fixtureMessages(): Rendered[] {
  const out: Rendered[] = [];
  const catalogueTokens = recordTokens(readDataFile("fixtures/jiaxing/catalogue-2020.json"));
  for (const path of filesUnder("fixtures").filter((p) => !p.startsWith(join("fixtures", "scenarios")) && /\.(json|ya?ml)$/.test(p))) {
    const data = readDataFile(path);
    const parsed = parseClaimsDocument(data);
    if (!parsed.ok) continue; // a catalogue, a reform, a ledger of training records, a scenario
    const allowed = new Set([...recordTokens(data), ...catalogueTokens]);
    for (const [id, make] of Object.entries(POLICIES)) {
      for (const [variant, policy] of [
        ["", make()],
        [" +catalogue", illustrativeCatalogue(make())],
      ] as const) {
        out.push(...messagesOf(`${path} [${id}${variant}]`, evaluateBatch(policy, parsed.value.document).decisions, allowed));
      }
    }
  }
  return out;
}

function scenarioMessages(): Rendered[] {
  const out: Rendered[] = [];
  for (const dir of ["fixtures/scenarios", "fixtures/examples"]) {
    for (const path of filesUnder(dir).filter((p) => /\.(json|ya?ml)$/.test(p))) {
      const data = readDataFile(path);
      const allowed = recordTokens(data, recordTokens(readDataFile("fixtures/jiaxing/catalogue-2020.json")));
      for (const r of runScenarioFiles([path], { pathsWithin: "fixtures" })) out.push(...messagesOf(r.source ?? path, r.decisions, allowed));
    }
  }
  return out;
}

describe("messages an official would stop at (issue 14 item 16)", () => {
  test("the scan finds ids, codes, null, fractions and Latin words, and passes the records' own ids", () => {
    const allowed = new Set(["EX-ELEC", "P-001"]);
    expect(stoppers({ lang: "zh", text: "属于jx2019.free-training：unemployed", allowed })).toEqual(["jx2019.free-training", "unemployed"]);
    expect(stoppers({ lang: "zh", text: "等级 null 没有标准", allowed })).toEqual(["null"]);
    expect(stoppers({ lang: "zh", text: "培训地 zhejiang.jiaxing.nanhu", allowed })).toContain("zhejiang.jiaxing.nanhu");
    expect(stoppers({ lang: "en", text: "status not_in_group", allowed })).toEqual(["not_in_group"]);
    expect(stoppers({ lang: "en", text: "raised by 0.30 to 156.00 yuan", allowed })).toEqual(["0.30"]);
    expect(stoppers({ lang: "en", text: "an enterpriseEmployee", allowed })).toEqual(["enterpriseEmployee"]);
    expect(stoppers({ lang: "zh", text: "申请人 P-001 的 EX-ELEC 初级工，补贴 0.00 元，上浮 30%", allowed })).toEqual([]);
  });

  const rendered = [...fixtureMessages(), ...scenarioMessages()];

  test("covers every fixture and scenario: several thousand messages in both languages", () => {
    expect(rendered.length).toBeGreaterThan(1000);
    expect(new Set(rendered.map((r) => r.where.split(" ")[0]?.replace(/#\d+$/, ""))).size).toBeGreaterThanOrEqual(15);
  });

  test("every reason of every fixture and scenario carries exactly the facts ReasonFacts declares for its code (issue #16)", () => {
    expect([...factsFaults].map(([code, why]) => `${code}: ${why}`)).toEqual([]);
    // 57 of the 102 codes are given somewhere in the fixtures and scenarios (the rest only in the rules' own tests); the check is not vacuous
    expect(codesSeen.size).toBeGreaterThanOrEqual(57);
  });

  for (const lang of ["zh", "en"] as const) {
    test(`no ${lang} message of a shipped fixture or scenario prints an id, a code, null, undefined, NaN or a fraction for a percentage${lang === "zh" ? ", or a Latin word" : ""}`, () => {
      const bad = new Map<string, string>();
      for (const m of rendered.filter((r) => r.lang === lang)) {
        const found = stoppers(m);
        if (found.length > 0 && !bad.has(m.text)) bad.set(m.text, `${m.where}: ${found.join(" ")}`);
      }
      expect([...bad].map(([text, why]) => `${why}\n    ${text}`)).toEqual([]);
    });
  }
});

describe("every code a message may show has a name in both languages", () => {
  const locales = { zh: zhTerms, en: enTerms };
  const codes: [string, readonly string[]][] = [
    ["statuses", TRAINEE_STATUSES],
    ["levels", SKILL_LEVELS],
    ["measures", MEASURES],
    ["payees", PAYEE_KINDS],
    ["kinds of training", COURSE_KINDS],
    ["certificate kinds", CERTIFICATE_KINDS],
    ["Jiaxing's regions", Object.values(JIAXING_REGIONS)],
    [
      "parameters of the shipped policies",
      Object.values(POLICIES).flatMap((make) => make().layers.flatMap((l) => [...(l.parameters ?? []).map((p) => p.id), ...(l.parameterOverrides ?? []).map((o) => o.target.id)])),
    ],
  ];
  test("target groups: each is named by its own label where the locale has no term of its own, and a message says that name", () => {
    // the groups' Chinese names are written once, in their definitions (src/provisions/groups), not again in zh-CN.ts
    const groups = [freeTrainingGroups, subsidyGroups, livingAllowanceTrainees, povertySupport, projectTrainingGroups, keyGroups2021, graduationYearStudents, employmentSkillsGroups, unemployedPriority, migrantWorkers, jxTargetGroups, jxFreeTrainingGroups];
    for (const g of groups) {
      for (const lang of ["zh", "en"] as const) expect(((lang === "zh" ? zhTerms : enTerms)[g.id] ?? parameterLabel(g.id)?.[lang]) ?? null, `${lang}: ${g.id}`).not.toBeNull();
      const message = zhReasons.not_in_group({ group: g.id, statuses: [] });
      expect(message, g.id).toBe(`不属于${zhTerms[g.id] ?? g.label.zh}（身份：未登记任何人员类别）`);
      expect(/[A-Za-z]/.test(message), message).toBe(false);
    }
    expect(zhReasons.in_group({ group: freeTrainingGroups.id, matched: ["veteran"] })).toBe("属于免费职业技能培训对象：退役军人"); // gbf2019 §(十一) 「开展免费职业技能培训行动」
  });

  for (const [what, list] of codes) {
    test(`${what}`, () => {
      for (const [lang, terms] of Object.entries(locales)) {
        // a term, or a parameter's own label (the locales name a parameter by it: parameterLabel)
        expect(list.filter((code) => (terms[code] ?? parameterLabel(code)?.[lang as "zh" | "en"]) === undefined).map((code) => `${lang}: ${code}`)).toEqual([]);
      }
      const zhName = (code: string) => zhTerms[code] ?? parameterLabel(code)?.zh ?? "";
      expect(list.filter((code) => /[A-Za-z]/.test(zhName(code))).map((code) => `${code} → ${zhName(code)}`)).toEqual([]);
    });
  }

  test("Jiaxing's counties and districts are named as jx2019 附件1 names them", () => {
    for (const row of jx2019PlanByRegion.rows) expect([row.id, REGION_NAMES[row.id]]).toEqual([row.id, row.label]);
    // the names are the text's own: each stands in jx2019 (white space aside)
    const jx2019 = readFileSync(lawPath("sources", "jx2019.txt"), "utf8").replace(/\s+/g, "");
    for (const row of jx2019PlanByRegion.rows) expect(jx2019, row.id).toContain(row.label.zh);
  });
});

describe("the payee is 补贴发放对象 (issue 14 item 16: 补贴对象 names who may be subsidised, not who is paid)", () => {
  const parsed = parseClaimsDocument(readDataFile("fixtures/jiaxing/claims.json"));
  if (!parsed.ok) throw new Error("unreadable fixture");
  const granted = evaluateBatch(POLICIES["jiaxing-2019"]!(), parsed.value.document).decisions.find((d) => d.payee !== null)!;

  test("explain names the payee 补贴发放对象 and its kind in Chinese", () => {
    const text = explainText(granted, "zh");
    expect(text).toContain(`补贴发放对象：${zhTerms[granted.payee!.kind]} ${granted.payee!.id}`);
    expect(text).not.toContain("补贴对象:");
  });

  test("the table's payee column is 补贴发放对象, with the kind in Chinese", () => {
    expect(tableHeader("zh")).toContain("补贴发放对象");
    expect(tableHeader("zh")).not.toContain("补贴对象");
  });
});
