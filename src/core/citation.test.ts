import { expect, test } from "vitest";
import { ERROR_PREFIX, SkillsSubsidyError, assert } from "./assert.js";
import { cite } from "./citation.js";

test("a citation's document is the part of the provision id before the first dot", () => {
  expect(cite("gbf2019.scope-adjustment", "§(十二)")).toEqual({ provision: "gbf2019.scope-adjustment", document: "gbf2019", clause: "§(十二)" });
  expect(cite("gbf2019.annual-cap", "§(十二)").document).toBe("gbf2019");
});

test("configuration faults are SkillsSubsidyErrors with a code, both languages, facts, and the library's prefix", () => {
  let caught: unknown;
  try {
    assert(false, "invalid_argument", { zh: "一个错误", en: "a fault" }, { argument: "x" });
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(SkillsSubsidyError);
  expect(caught).toMatchObject({ name: "SkillsSubsidyError", code: "invalid_argument", messages: { zh: "一个错误", en: "a fault" }, facts: { argument: "x" } });
  expect((caught as Error).message).toBe(`${ERROR_PREFIX} a fault`);
  expect(() => assert(true, "invalid_argument", { zh: "从不", en: "never" })).not.toThrow();
});
