import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lawPath } from "../../test/support/law.js";
import { describe, expect, test } from "vitest";
import { amount } from "../core/money.js";
import { JIAXING_REGIONS, jx2019PlanByDepartment, jx2019PlanByRegion, jx2019Targets } from "../jurisdictions/jiaxing/targets.js";
import { gbf2019Targets, op2025Targets, plan2021Targets } from "../jurisdictions/national/targets.js";
import { RegionId } from "../records/common.js";
import { baseQuantity, definePlanTable, planRowsTotal } from "./target.js";
import { fault } from "../../test/support/fault.js";

const compact = (s: string) => s.replace(/\s+/g, "");
/** A source text (law/sources/<key>.txt) without white space. */
function seed(key: string): string {
  return compact(readFileSync(join(lawPath("sources"), `${key}.txt`), "utf8"));
}

describe("the 2019 Jiaxing plan tables", () => {
  test("the region rows of 附件1 add up exactly to the printed 10 万人次", () => {
    // 1.3 + 1.5 + 1.3 + 1.7 + 1.7 + 0.9 + 0.9 + 0.55 + 0.15 = 10
    expect(planRowsTotal(jx2019PlanByRegion).toString()).toBe("10");
    expect(jx2019PlanByRegion.printedTotal.value).toBe("10");
    expect(jx2019PlanByRegion.rows).toHaveLength(9);
  });

  test("the department rows of 附件2 add up exactly to the printed 5.2849 万人次", () => {
    // 0.87 + 0.1361 + 0.4421 + 0.202 + 0.0889 + 2.3 + 0.12 + 0.0508 + 0.125 + 0.8 + 0.15 = 5.2849
    expect(planRowsTotal(jx2019PlanByDepartment).toString()).toBe("5.2849");
    expect(planRowsTotal(jx2019PlanByDepartment).equals(amount("5.2849"))).toBe(true);
    expect(jx2019PlanByDepartment.rows).toHaveLength(11);
  });

  test("in floating point the department rows would not add up to 5.2849, which is why the sum is exact", () => {
    const floatSum = jx2019PlanByDepartment.rows.reduce((acc, r) => acc + Number(r.quantity.value), 0);
    expect(floatSum).not.toBe(5.2849);
  });

  test("region rows use the region ids of the records and carry the Chinese names as labels", () => {
    expect(jx2019PlanByRegion.rows.map((r) => r.id)).toEqual(Object.values(JIAXING_REGIONS));
    for (const row of jx2019PlanByRegion.rows) expect(RegionId.safeParse(row.id).success).toBe(true);
    expect(jx2019PlanByRegion.rows.map((r) => r.label.zh)).toEqual(["嘉善县", "平湖市", "海盐县", "海宁市", "桐乡市", "南湖区", "秀洲区", "经开区", "嘉兴港区"]);
    for (const row of jx2019PlanByDepartment.rows) expect(row.id).toMatch(/^jiaxing\.[a-z-]+$/);
  });

  test("every row of both tables is printed in the source text with its number", () => {
    const text = seed("jx2019");
    for (const row of [...jx2019PlanByRegion.rows, ...jx2019PlanByDepartment.rows]) {
      expect(text, row.label.zh).toContain(compact(row.label.zh));
      expect(text, row.label.zh).toContain(row.quantity.value);
    }
  });

  test("a plan table whose rows do not add up to its printed total is refused at load", () => {
    const broken = { ...jx2019PlanByRegion, rows: jx2019PlanByRegion.rows.slice(1) };
    expect(() => definePlanTable(broken)).toThrow(fault("invalid_plan_data", { sum: "8.7", printed: "10" }));
  });

  test("a plan row of 1.3 万人次 reads as 13000 person-times", () => {
    expect(baseQuantity({ value: "1.3", unit: "wanPersonTimes", atLeast: false })).toMatchObject({ unit: "personTimes" });
    expect(baseQuantity({ value: "1.3", unit: "wanPersonTimes", atLeast: false }).value.toString()).toBe("13000");
    expect(baseQuantity({ value: "0.0889", unit: "wanPersonTimes", atLeast: false }).value.toString()).toBe("889");
  });
});

describe("the targets of the texts", () => {
  const sets = [
    { set: gbf2019Targets, seed: "gbf2019" },
    { set: plan2021Targets, seed: "plan2021" },
    { set: op2025Targets, seed: "op2025" },
    { set: jx2019Targets, seed: "jx2019" },
  ];

  test.each(sets.map((s) => [s.set.id, s] as const))("every target of %s quotes words found in its source text, and the quote holds its number", (_id, { set, seed: prefix }) => {
    const text = seed(prefix);
    for (const target of set.targets) {
      for (const part of target.quote.split("……")) expect(text, target.id).toContain(compact(part));
      expect(target.quote, target.id).toContain(target.quantity.value);
      expect(target.citation.provision).toBe(set.id);
    }
  });

  test("percentage targets read as exact shares: 25 % is 0.25, 27 % is 0.27", () => {
    const skilled = gbf2019Targets.targets.find((t) => t.metric === "skilledWorkerShare");
    expect(skilled === undefined ? null : baseQuantity(skilled.quantity).value.toString()).toBe("0.25");
    const jx = jx2019Targets.targets.find((t) => t.metric === "skilledWorkerShare");
    expect(jx === undefined ? null : baseQuantity(jx.quantity)).toMatchObject({ unit: "share" });
    expect(jx === undefined ? null : baseQuantity(jx.quantity).value.toString()).toBe("0.27");
  });

  test("100 万 new apprentices is a million persons and cites §(三) beside the catalogue clause", () => {
    const t = gbf2019Targets.targets.find((x) => x.metric === "newApprentices");
    expect(t?.where).toBe("§(三)");
    expect(t?.citation.clause).toBe("§(二)");
    expect(t === undefined ? null : baseQuantity(t.quantity).value.toString()).toBe("1000000");
  });
});
