import { describe, expect, it } from "vitest";
import { resolveParameter } from "../../core/decision.js";
import { nationalFrameworksPolicy } from "../../jurisdictions/policies.js";
import { levelOnLadder, skillLadder } from "./skillLadder.js";

const ladderOn = (date: string) => resolveParameter(nationalFrameworksPolicy(), skillLadder, date as never);

describe("skillLadder — gbf2019 five levels, plan2021.skill-ladder seven, op2025.eight-level eight", () => {
  it("2019–2020: 初级工 … 高级技师, and 「首席技师、特级技师」 of gbf2019 §(十八) (gbf2019.chief-technician)", () => {
    expect(ladderOn("2019-05-18")).toMatchObject({ value: ["junior", "intermediate", "senior", "technician", "seniorTechnician", "principalTechnician", "chiefTechnician"], layer: "national.gbf2019" });
  });
  it("from 2022 (reading plan2021-start): 特级技师 and 首席技师 above 高级技师", () => {
    expect(ladderOn("2022-01-01")).toMatchObject({ value: ["junior", "intermediate", "senior", "technician", "seniorTechnician", "principalTechnician", "chiefTechnician"], layer: "national.plan2021" });
  });
  it("from 2025-06-20: the new eight levels, 学徒工 first", () => {
    const resolved = ladderOn("2025-06-20");
    expect(resolved).toMatchObject({ layer: "national.op2025", citation: { provision: "op2025.eight-level" } });
    expect("value" in resolved ? resolved.value : []).toHaveLength(8);
  });
  it("levelOnLadder passes a level on the ladder and denies one off it, with the date and the ladder", () => {
    expect(levelOnLadder("senior", ["junior", "senior"], "2020-01-01" as never).pass).toBe(true);
    expect(levelOnLadder("apprentice", ["junior", "senior"], "2020-01-01" as never)).toMatchObject({ pass: false, reason: { code: "level_not_on_ladder", facts: { level: "apprentice", ladder: ["junior", "senior"] } } });
  });
});

describe("what the ladder check says", () => {
  it("on the ladder: the level, citing plan2021.skill-ladder unless told otherwise; off it: the level, the date and the ladder", () => {
    expect(levelOnLadder("senior", ["junior", "senior"], "2020-01-01" as never)).toEqual({ pass: true, reason: { code: "level_on_ladder", citation: { provision: "plan2021.skill-ladder", document: "plan2021", clause: "§(二十)" }, facts: { level: "senior" } } });
    const eight = { provision: "op2025.eight-level", document: "op2025", clause: "(十四)" } as const;
    expect(levelOnLadder("chiefTechnician", ["junior"], "2025-07-01" as never, eight)).toEqual({
      pass: false,
      reason: { code: "level_not_on_ladder", citation: eight, facts: { level: "chiefTechnician", date: "2025-07-01", ladder: ["junior"] } },
    });
  });
});
