// docs/examples/sample-city/minimumHours.ts — the city's own rule: a training-subsidy claim needs a
// course of at least 60 class hours. ILLUSTRATIVE: the sample city and its figures are made up.
import type { Check, TrainingSubsidyClaim } from "skills-subsidy";
import { cite, defineParameter, defineRule, isResolved } from "skills-subsidy";
import * as z from "zod";

/** A real city cites its own text (added to law/ first); the sample cites the clause leaving standards local. */
const LOCAL = cite("gbf2019.local-standards", "§(十二)");

/** The city's minimum, as data: a dated parameter of the city's layer, so a reform can patch it. */
export const minClassHours = defineParameter<number>({
  id: "sampleCity.minClassHours",
  label: { zh: "示例市：职业培训补贴的最少课时（示意）", en: "Sample City: fewest class hours for the training subsidy (illustrative)" },
  citation: LOCAL,
  values: [{ from: "2024-01-01", value: 60 }],
  lastVerifiedOn: "2026-12-03",
  valueSchema: z.number().int().positive(),
});

/** The rule the city appends to the training subsidy's extra conditions (`trainingSubsidy.checks`). */
export const minimumClassHours = defineRule({
  id: "sampleCity.minimumClassHours",
  label: { zh: "示例市：培训不少于规定课时（示意）", en: "Sample City: a course of at least the minimum class hours (illustrative)" },
  citation: LOCAL,
  run: (ctx, claim: TrainingSubsidyClaim): Check | null => {
    const min = ctx.param(minClassHours, claim.date);
    if (!isResolved(min)) return null; // before 2024: no such condition
    const citation = min.citation;
    if (claim.course === undefined) {
      return { pass: "unknown", reason: { code: "missing_record", citation, facts: { field: "claim.courseId" } }, missing: ["claim.courseId"] };
    }
    const facts = { classHours: claim.course.classHours, minClassHours: min.value };
    return claim.course.classHours >= min.value
      ? { pass: true, reason: { code: "class_hours_met", citation, facts } }
      : { pass: false, reason: { code: "too_few_class_hours", citation, facts } };
  },
});
