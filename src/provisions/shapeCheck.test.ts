import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildPolicy, cite, defineLayer, defineParameter, parseSubsidyCatalogue, replaceParameter } from "../index.js";
import { SkillsSubsidyError } from "../core/assert.js";
import type { Parameter } from "../core/parameter.js";
import { POLICIES } from "../jurisdictions/policies.js";
import { toZod, valueSchemaOf } from "../reform/valueSchema.js";
import { livingAllowanceDailyRate } from "./livingAllowance/livingAllowance.js";
import { shapeIssue } from "./shapeCheck.js";
import type { ValueShapeNode } from "./values.js";

/** Every parameter a shipped policy declares (by id, once), with its shape. */
const SHIPPED: Parameter<unknown>[] = (() => {
  const seen = new Map<string, Parameter<unknown>>();
  for (const make of Object.values(POLICIES)) for (const [id, chain] of make().parameterChains) if (!seen.has(id)) seen.set(id, chain.parameter);
  return [...seen.values()];
})();

const thrown = (run: () => unknown): SkillsSubsidyError => {
  try {
    run();
  } catch (e) {
    if (e instanceof SkillsSubsidyError) return e;
    throw e;
  }
  throw new Error("did not throw");
};

describe("a parameter's value read against its value shape without zod (cold review 110 F7)", () => {
  it("every value of every parameter the shipped policies declare is of its shape", () => {
    expect(SHIPPED.length).toBeGreaterThan(20);
    for (const p of SHIPPED) {
      expect(p.valueSchema, p.id).toBeDefined();
      for (const v of p.values) if (v.value !== null) expect(shapeIssue(p.valueSchema as ValueShapeNode, v.value), `${p.id} from ${v.from}`).toBeNull();
    }
  });

  it("agrees with the zod schema a reform checks a patch with, on every shipped parameter's own values and on each of them changed in one place", () => {
    // the values a caller may give: each parameter's own values, each with one part changed, and values of other kinds
    const OTHERS: unknown[] = ["-1.00", "1.005", "60", "60.00", "0.6", "1.2", "100", "100.00001", "1.20001", "101", "", "abc", "junior", null, -1, 0, 1.5, 1000, 1001, true, [], {}];
    const variants = (v: unknown): unknown[] => {
      const out: unknown[] = [v, ...OTHERS];
      if (typeof v === "object" && v !== null && !Array.isArray(v)) for (const k of Object.keys(v)) for (const x of ["x", -1, null, "1.005", 1001]) out.push({ ...(v as object), [k]: x });
      if (Array.isArray(v) && v.length > 0) for (const x of ["x", -1, null, 1.5, 1001]) out.push([...(v as unknown[]).slice(1), x]);
      return out;
    };
    let compared = 0;
    for (const p of SHIPPED) {
      const schema = valueSchemaOf(p)!;
      for (const own of p.values) {
        if (own.value === null) continue;
        for (const value of variants(own.value)) {
          expect(shapeIssue(p.valueSchema as ValueShapeNode, value) === null, `${p.id} ${JSON.stringify(value)}`).toBe(schema.safeParse(value).success);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(800);
  });

  it("agrees with the zod schema of the same shape for every kind of shape, on values at and either side of each kind's bounds", () => {
    const SHAPES: ValueShapeNode[] = [
      { kind: "amount" }, { kind: "share" }, { kind: "decimal" }, { kind: "percent" }, { kind: "count" }, { kind: "code" },
      { kind: "documentKey" }, { kind: "boolean" }, { kind: "skillLevel" }, { kind: "measure" }, { kind: "traineeStatus" }, { kind: "certificateKind" },
      { kind: "enum", values: ["a", "b"] }, { kind: "reference", keys: ["gbf2019", "x"] },
      { kind: "list", item: { kind: "count" } }, { kind: "list", item: { kind: "amount" }, nonEmpty: true },
      { kind: "record", value: { kind: "amount" } }, { kind: "partialRecord", key: { kind: "skillLevel" }, value: { kind: "amount" } },
      { kind: "object", fields: { min: { kind: "amount" }, max: { kind: "amount" } }, range: ["min", "max"] },
      { kind: "union", options: [{ kind: "amount" }, { kind: "record", value: { kind: "amount" } }] },
    ];
    const VALUES: unknown[] = [
      "0", "0.00", "1", "1.0000", "1.00001", "0.6", "0.60", "0.60001", "1.2", "1.20001", "99.9999", "100", "100.0000", "100.00001", "101",
      "999999999999.99", "9999999999999", "-1", "-0", "1.005", "6e1", "", "abc", "a", "b", "x", "A.b:c-d_e", "-x", "gbf2019", "junior",
      "master", "trainingSubsidy", "unemployed", "skillLevelCertificate", 0, 1, -1, 1.5, 1000, 1001, -0, Number.NaN, true, false, null,
      [], [1, 2], [1, 1.5], ["1.00"], {}, { a: "1.00" }, { "": "1.00" }, { junior: "1000" }, { junior: "1000", bogus: "1" },
      { min: "4000", max: "10000" }, { min: "4000", max: "3999.99" }, { min: "4000", max: "4000" }, { min: "4000" }, { min: "1", max: "2", x: "3" },
    ];
    for (const shape of SHAPES) {
      const schema = toZod(shape);
      for (const value of VALUES) expect(shapeIssue(shape, value) === null, `${JSON.stringify(shape)} ${JSON.stringify(value)}`).toBe(schema.safeParse(value).success);
    }
  });

  it("a catalogue edition is read as parseSubsidyCatalogue reads it: the example catalogue (ILLUSTRATIVE) and its parsed form pass; standards of \"-1500.00\" and {} are refused, naming where (cold review 112 F4)", () => {
    const raw = JSON.parse(readFileSync("fixtures/examples/catalogue-2020.json", "utf8")) as { entries: Record<string, unknown>[] };
    expect(shapeIssue({ kind: "subsidyCatalogue" }, raw)).toBeNull();
    const parsed = parseSubsidyCatalogue(raw);
    expect(parsed.ok && shapeIssue({ kind: "subsidyCatalogue" }, parsed.value)).toBeNull();
    const negative = { ...raw, entries: raw.entries.map((e) => ({ ...e, standard: "-1500.00" })) };
    expect(shapeIssue({ kind: "subsidyCatalogue" }, negative)?.path).toMatch(/^\.entries\[0\]/);
    expect(shapeIssue({ kind: "subsidyCatalogue" }, {})).not.toBeNull();
  });

  it("an amount at the edges: \"0\", \"0.00\", 60, \"60.00\" are amounts; \"-60.00\", \"1.005\", -0, NaN, \"6e1\" are not", () => {
    for (const ok of ["0", "0.00", 60, "60.00"]) expect(shapeIssue({ kind: "amount" }, ok)).toBeNull();
    for (const bad of ["-60.00", "1.005", -0, Number.NaN, "6e1"]) expect(shapeIssue({ kind: "amount" }, bad)?.path).toBe("");
  });

  it("a count from 0 to 1000: 0 and 1000 are, -1, 1001 and 1.5 are not", () => {
    for (const ok of [0, 1000]) expect(shapeIssue({ kind: "count" }, ok)).toBeNull();
    for (const bad of [-1, 1001, 1.5, "3"]) expect(shapeIssue({ kind: "count" }, bad)).not.toBeNull();
  });

  it("names the place inside a list or an object", () => {
    expect(shapeIssue({ kind: "list", item: { kind: "count" } }, [1, 1.5])?.path).toBe("[1]");
    const range: ValueShapeNode = { kind: "object", fields: { min: { kind: "amount" }, max: { kind: "amount" } }, range: ["min", "max"] };
    expect(shapeIssue(range, { min: "4000", max: "-1" })?.path).toBe(".max");
    expect(shapeIssue(range, { min: "4000", max: "3000" })?.expected.en).toBe("a range whose max is not below its min");
    expect(shapeIssue(range, { min: "4000", max: "10000", extra: 1 })?.expected.en).toContain("not extra");
    expect(shapeIssue({ kind: "partialRecord", key: { kind: "skillLevel" }, value: { kind: "amount" } }, { junior: "1000", master: "1" })?.path).toBe(".master");
  });

  it("a layer whose override gives the daily living allowance \"-60.00\" is refused when the policy is built, naming the layer, the parameter and values[0].value, in Chinese and English", () => {
    const citation = cite("gbf2019.local-standards", "§(十二)");
    const layer = defineLayer({
      id: "example.city.2024", level: "prefecture", region: "example.city", label: { zh: "示例市（示意）", en: "Example City (illustrative)" }, documents: [], scope: citation,
      parameterOverrides: [replaceParameter(livingAllowanceDailyRate, { label: { zh: "x", en: "x" }, citation, values: [{ from: "2024-01-01", value: "-60.00" }], lastVerifiedOn: "2026-11-25" })],
    });
    const e = thrown(() => buildPolicy({ id: "example", label: { zh: "示例", en: "example" }, layers: [...POLICIES["national"]!().layers, layer] }));
    expect(e.code).toBe("invalid_parameter");
    expect(e.facts).toMatchObject({ parameter: "livingAllowance.dailyRate", field: "values[0].value", from: "2024-01-01", layer: "example.city.2024" });
    expect(e.messages.zh).toContain("层 example.city.2024 覆盖参数 livingAllowance.dailyRate");
    expect(e.messages.zh).toContain('实际为 "-60.00"');
    expect(e.messages.en).toContain("must be an amount in yuan, 0 or more with at most two decimals");
  });

  it("a parameter a layer declares is read too: \"fifty\" refused when the policy is built; an end (null) is no value and passes", () => {
    const citation = cite("gbf2019.local-standards", "§(十二)");
    const base = { id: "example.rate", label: { zh: "x", en: "x" }, citation, lastVerifiedOn: "2026-11-25", valueSchema: { kind: "amount" } as const };
    const policyOf = (values: { from: string; value: string | null }[]) =>
      buildPolicy({ id: "example", label: { zh: "示例", en: "example" }, layers: [defineLayer({ id: "example.national", level: "national", region: null, label: { zh: "x", en: "x" }, documents: [], scope: citation, parameters: [defineParameter({ ...base, values })] })] });
    expect(policyOf([{ from: "2020-01-01", value: "50.00" }, { from: "2023-01-01", value: null }]).parameter("example.rate")?.values).toHaveLength(2);
    const e = thrown(() => policyOf([{ from: "2020-01-01", value: "fifty" }]));
    expect([e.code, e.facts]).toEqual(["invalid_parameter", { parameter: "example.rate", field: "values[0].value", from: "2020-01-01" }]);
  });

  it("the library's own policies are assembled without the shape reader (the test above reads their values), so the one-claim path does not carry it; built again by buildPolicy from the same layers, each is accepted", () => {
    for (const make of Object.values(POLICIES)) {
      const p = make();
      expect(buildPolicy({ id: p.id, label: p.label, layers: p.layers }).hash).toBe(p.hash);
    }
  });
});
