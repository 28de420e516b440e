import { describe, expect, it } from "vitest";
import { cite } from "../../core/citation.js";
import { buildPolicy, defineLayer, replaceParameter } from "../../core/layer.js";
import { nationalPolicy } from "../../jurisdictions/policies.js";
import { advancePayment, advancePaymentShare, advancePaymentShareConstraint, isPercent } from "./advancePayment.js";
import { fault } from "../../../test/support/fault.js";

function provinceWith(share: string) {
  const province = defineLayer({
    id: "example.province",
    level: "province",
    region: "example",
    label: { zh: "示例省（示意）", en: "example province (illustrative)" },
    documents: ["gbf2019"],
    scope: cite("gbf2019.advance-payment", "§(十二)"),
    parameterOverrides: [
      replaceParameter(advancePaymentShare, { label: { zh: "示例比例", en: "example share" }, citation: cite("gbf2019.advance-payment", "§(十二)"), values: [{ from: "2020-01-01", value: share }], lastVerifiedOn: "2026-11-25" }),
    ],
  });
  return () => buildPolicy({ id: "example", label: { zh: "示例", en: "example" }, layers: [...nationalPolicy().layers, province] });
}

describe("advancePayment — gbf2019.advance-payment: enterprise and project-based training may be paid a province-set share in advance", () => {
  it("30 % of a 1000 yuan subsidy is advanced, the other 700 paid later", () => {
    // 1000 × 30 % = 300; 1000 − 300 = 700
    expect(advancePayment("1000.00", "30", "projectBased")).toEqual({ advance: "300.00", balance: "700.00" });
  });
  it("the advance is rounded half-up to the fen and the balance makes up the rest exactly", () => {
    // 100.01 × 50 % = 50.005 → 50.01; 100.01 − 50.01 = 50.00
    expect(advancePayment("100.01", "50", "enterpriseTraining")).toEqual({ advance: "50.01", balance: "50.00" });
  });
  it("0 % advances nothing, 100 % advances everything", () => {
    expect(advancePayment("800.00", "0", "projectBased")).toEqual({ advance: "0.00", balance: "800.00" });
    expect(advancePayment("800.00", "100", "projectBased")).toEqual({ advance: "800.00", balance: "0.00" });
  });
  it("other training is not advanced, whatever the share", () => {
    expect(advancePayment("800.00", "50", "other")).toEqual({ advance: "0.00", balance: "800.00" });
  });
  it("a share above 100 % is a configuration fault, in a call and in a province layer", () => {
    expect(() => advancePayment("800.00", "100.01", "projectBased")).toThrow(fault("invalid_argument", { argument: "sharePercent" }));
    expect(provinceWith("100")).not.toThrow();
    expect(provinceWith("0")).not.toThrow();
    expect(provinceWith("100.01")).toThrow(fault("breaks_constraint", { provision: "gbf2019.advance-payment" }));
    expect(provinceWith("-5")).toThrow(fault("breaks_constraint", { provision: "gbf2019.advance-payment" }));
  });
});

describe("isPercent — what a share written in a layer may look like: a plain decimal from 0 to 100, up to four places", () => {
  it("plain decimals from 0 to 100 are percentages, with up to four decimal places", () => {
    for (const v of ["0", "5", "30", "100", "12.5", "12.25", "99.9999", "100.0000"]) expect(isPercent(v), v).toBe(true);
  });
  it("a fifth decimal place, a number above 100 or a negative one is not", () => {
    for (const v of ["12.34567", "100.01", "1000", "-5"]) expect(isPercent(v), v).toBe(false);
  });
  it("anything but plain digits is refused without being read as a number: exponents, signs, spaces, text before or after", () => {
    for (const v of ["1e2", "+50", " 50", "50 ", "x50", "50x", "abc", "", ".5", "50."]) expect(isPercent(v), JSON.stringify(v)).toBe(false);
  });
  it("the layer constraint accepts only such strings: a bare number is not a share", () => {
    expect(advancePaymentShareConstraint.test("30")).toBe(true);
    expect(advancePaymentShareConstraint.test(30)).toBe(false);
    expect(advancePaymentShareConstraint.test(null)).toBe(false);
  });
  it("a call with a share that is no percentage names the share it got", () => {
    expect(() => advancePayment("800.00", "150", "projectBased")).toThrow(fault("invalid_argument", { argument: "sharePercent" }));
  });
});
