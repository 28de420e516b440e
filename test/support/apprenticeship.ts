/**
 * Apprenticeship fixtures shared by the tests of the apprenticeship subsidy: a Jiaxing
 * enterprise, an employee apprentice, an apprenticeship period at 6000 yuan a year (an
 * example standard, within jx2019's 4000–10000), and a city layer that sets the national
 * standard slot (illustrative).
 */
import { cite } from "../../src/core/citation.js";
import { buildPolicy, defineLayer, replaceParameter } from "../../src/core/layer.js";
import type { Policy } from "../../src/core/layer.js";
import { nationalPolicy } from "../../src/jurisdictions/policies.js";
import type { ApprenticeshipStandard } from "../../src/provisions/apprenticeship/apprenticeshipFloor.js";
import { apprenticeshipAnnualStandard } from "../../src/provisions/apprenticeship/apprenticeshipFloor.js";

type O = Record<string, unknown>;

/** An enterprise insured in Jiaxing (南湖区). */
export const E1 = { id: "E1", name: "嘉兴示例企业", region: "zhejiang.jiaxing.nanhu", unemploymentInsuranceRegion: "zhejiang.jiaxing.nanhu" };
/** An employee apprentice with a Jiaxing hukou. */
export const apprentice = { id: "P1", birthDate: "1998-05-01", statuses: ["enterpriseEmployee"], hukouRegion: "zhejiang.jiaxing.nanhu" };
/** An employee apprenticeship of P1 with E1, 6000 yuan a year. */
export const period = (id: string, startDate: string, endDate: string, o: O = {}): O => ({
  id,
  traineeId: "P1",
  enterpriseId: "E1",
  kind: "employee",
  occupation: { code: "EX-WELD", name: "焊工（示意）" },
  startDate,
  endDate,
  annualStandard: "6000.00",
  ...o,
});

/** The national texts with an illustrative city layer that sets the apprenticeship standard slot (from 2020-01-01) and binds no rule. */
export function cityWith(value: ApprenticeshipStandard): () => Policy {
  const city = defineLayer({
    id: "example.city",
    level: "prefecture",
    region: "example.city",
    label: { zh: "示例市（示意）", en: "example city (illustrative)" },
    documents: ["gbf2019"],
    scope: cite("gbf2019.local-standards", "§(十二)"),
    parameterOverrides: [
      replaceParameter(apprenticeshipAnnualStandard, {
        label: { zh: "示例学徒补贴标准", en: "example apprenticeship standard" },
        citation: cite("gbf2019.local-standards", "§(十二)"),
        values: [{ from: "2020-01-01", value }],
        lastVerifiedOn: "2026-11-25",
      }),
    ],
  });
  return () => buildPolicy({ id: "example", label: { zh: "示例", en: "example" }, layers: [...nationalPolicy().layers, city] });
}
