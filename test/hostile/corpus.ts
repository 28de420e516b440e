/**
 * A corpus of malformed inputs, as government forms and scripts produce them: prototype
 * keys, non-finite and negative-zero numbers, exponent and hex strings, amounts with
 * more than two decimals, impossible dates, date-times where dates belong, wrong enum
 * values, missing fields and references, huge arrays, deep nesting, huge strings, and ids
 * that name Object.prototype members. Each case says which record it goes to and which
 * field the error must name.
 */
export type RecordKind = "trainee" | "course" | "certificate" | "enterprise" | "apprenticeship" | "claim" | "grant";

export interface HostileCase {
  readonly name: string;
  readonly record: RecordKind;
  readonly input: unknown;
  /** The path the first issue must start with. */
  readonly path: readonly (string | number)[];
}

export const valid: Record<RecordKind, Record<string, unknown>> = {
  trainee: { id: "P1", birthDate: "1990-05-01", statuses: ["veteran"], hukouRegion: "zhejiang.jiaxing" },
  course: {
    id: "C1",
    traineeId: "P1",
    kind: "employmentSkills",
    occupation: { code: "4-10-01-01", name: "养老护理员" },
    classHours: 56,
    startDate: "2020-03-02",
    endDate: "2020-03-08",
    attendedDays: 7,
    feeCharged: "1200.00",
    region: "zhejiang.jiaxing",
  },
  certificate: { id: "K1", traineeId: "P1", kind: "skillLevelCertificate", occupation: { code: "X1", name: "电工" }, level: "senior", issuedOn: "2020-07-15" },
  enterprise: { id: "E1", name: "嘉兴某机械厂", unemploymentInsuranceRegion: "zhejiang.jiaxing" },
  apprenticeship: { id: "A1", traineeId: "P1", enterpriseId: "E1", kind: "student", occupation: { code: "X1", name: "电工" }, startDate: "2020-01-01", endDate: "2020-12-31", monthlyInternshipAllowance: "250.00" },
  claim: { id: "CL1", measure: "livingAllowance", traineeId: "P1", claimant: { kind: "trainee", id: "P1" }, courseId: "C1", submittedOn: "2020-03-20" },
  grant: { id: "G1", claimId: "CL0", traineeId: "P1", measure: "appraisalSubsidy", provision: "jx2019.appraisal-subsidy", payee: { kind: "trainee", id: "P1" }, amount: "120.00", basisDate: "2020-05-01" },
};

const dateFields: [RecordKind, string][] = [
  ["trainee", "birthDate"],
  ["course", "startDate"],
  ["course", "endDate"],
  ["certificate", "issuedOn"],
  ["claim", "submittedOn"],
  ["grant", "basisDate"],
  ["apprenticeship", "startDate"],
  ["apprenticeship", "endDate"],
];
const badDates: [string, unknown][] = [
  ["2023-02-29 (not a leap year)", "2023-02-29"],
  ["2021-02-30", "2021-02-30"],
  ["1900-02-29 (century, not leap)", "1900-02-29"],
  ["2020-04-31", "2020-04-31"],
  ["month 13", "2020-13-01"],
  ["month 00", "2020-00-10"],
  ["day 00", "2020-01-00"],
  ["short form 2020-1-1", "2020-1-1"],
  ["date-time with Z", "2020-01-01T00:00:00Z"],
  ["date-time with offset", "2020-01-01T08:00:00+08:00"],
  ["date and time with a space", "2020-01-01 00:00"],
  ["slashes", "2020/01/01"],
  ["Chinese date", "2020年1月1日"],
  ["full-width digits", "２０２０-０１-０１"],
  ["expanded year", "+002020-01-01"],
  ["a number", 20200101],
  ["epoch milliseconds", 1577836800000],
  ["null", null],
  ["empty string", ""],
  ["an object", {}],
  ["a huge string", "2020-01-01".repeat(100_000)],
];

const amountFields: [RecordKind, string][] = [
  ["course", "feeCharged"],
  ["grant", "amount"],
  ["apprenticeship", "monthlyInternshipAllowance"],
];
const badAmounts: [string, unknown][] = [
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["-Infinity", Number.NEGATIVE_INFINITY],
  ["-0", -0],
  ["1e100000000 as a string", "1e100000000"],
  ["1e21 as a number", 1e21],
  ["hex 0x1f", "0x1f"],
  ["three decimals", "1200.001"],
  ["three decimals as a number", 0.001],
  ["negative string", "-1"],
  ["negative number", -1],
  ["leading space", " 12"],
  ["trailing space", "12 "],
  ["thousands separator", "1,200"],
  ["yuan sign", "¥1200"],
  ["full-width digits", "１２００"],
  ["a boolean", true],
  ["an array", [1200]],
];

const enumFields: [RecordKind, (string | number)[], unknown][] = [
  ["course", ["kind"], "vocational"],
  ["course", ["level"], "expert"],
  ["course", ["level"], 3],
  ["certificate", ["kind"], "diploma"],
  ["certificate", ["level"], "Senior"],
  ["claim", ["measure"], "bonus"],
  ["claim", ["measure"], "__proto__"],
  ["claim", ["claimant", "kind"], "government"],
  ["grant", ["payee", "kind"], "bank"],
  ["grant", ["measure"], "toString"],
  ["apprenticeship", ["kind"], "intern"],
  ["trainee", ["statuses", 0], "poor"],
  ["trainee", ["statuses", 0], "constructor"],
  ["enterprise", ["sector"], "mining"],
];

const idFields: [RecordKind, (string | number)[]][] = [
  ["trainee", ["id"]],
  ["course", ["traineeId"]],
  ["certificate", ["id"]],
  ["claim", ["id"]],
  ["claim", ["traineeId"]],
  ["grant", ["claimId"]],
  ["enterprise", ["id"]],
  ["apprenticeship", ["enterpriseId"]],
];
const badIds: [string, unknown][] = [
  ["__proto__", "__proto__"],
  ["empty", ""],
  ["65 characters", "x".repeat(65)],
  ["a space", "P 1"],
  ["a slash", "P/1"],
  ["a number", 1],
  ["null", null],
  ["a megabyte", "x".repeat(1_000_000)],
];

function set(obj: Record<string, unknown>, path: readonly (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(obj);
  let target: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1] as string | number] = value;
  return copy;
}

function without(obj: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = structuredClone(obj);
  delete copy[key];
  return copy;
}

function nested(depth: number): unknown {
  let value: unknown = "x";
  for (let i = 0; i < depth; i++) value = { code: value };
  return value;
}

export function corpus(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const [record, field] of dateFields) {
    for (const [what, value] of badDates) cases.push({ name: `${record}.${field} is ${what}`, record, input: set(valid[record], [field], value), path: [field] });
  }
  for (const [record, field] of amountFields) {
    for (const [what, value] of badAmounts) cases.push({ name: `${record}.${field} is ${what}`, record, input: set(valid[record], [field], value), path: [field] });
  }
  for (const [record, path, value] of enumFields) cases.push({ name: `${record}.${path.join(".")} is ${JSON.stringify(value)}`, record, input: set(valid[record], path, value), path });
  for (const [record, path] of idFields) {
    for (const [what, value] of badIds) cases.push({ name: `${record}.${path.join(".")} is ${what}`, record, input: set(valid[record], path, value), path });
  }
  for (const record of Object.keys(valid) as RecordKind[]) {
    for (const key of ["id", "traineeId"]) {
      if (key in valid[record]) cases.push({ name: `${record} without ${key}`, record, input: without(valid[record], key), path: [key] });
    }
    // JSON.parse makes "__proto__" an own key; it must be rejected as unknown, and never reach a prototype
    cases.push({ name: `${record} with a "__proto__" key`, record, input: JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(valid[record]).slice(1)}`), path: [] });
    cases.push({ name: `${record} with a "constructor" key`, record, input: { ...valid[record], constructor: { prototype: { polluted: true } } }, path: [] });
    cases.push({ name: `${record} that is an array`, record, input: [valid[record]], path: [] });
    cases.push({ name: `${record} that is a string`, record, input: JSON.stringify(valid[record]), path: [] });
    cases.push({ name: `${record} that is null`, record, input: null, path: [] });
  }
  cases.push(
    { name: "course.attendedDays beyond the span (8 of 7)", record: "course", input: set(valid.course, ["attendedDays"], 8), path: ["attendedDays"] },
    { name: "course.attendedDays negative", record: "course", input: set(valid.course, ["attendedDays"], -1), path: ["attendedDays"] },
    { name: "course.attendedDays fractional", record: "course", input: set(valid.course, ["attendedDays"], 6.5), path: ["attendedDays"] },
    { name: "course.attendedDays NaN", record: "course", input: set(valid.course, ["attendedDays"], Number.NaN), path: ["attendedDays"] },
    { name: "course.classHours Infinity", record: "course", input: set(valid.course, ["classHours"], Number.POSITIVE_INFINITY), path: ["classHours"] },
    { name: "course.classHours as a string", record: "course", input: set(valid.course, ["classHours"], "40"), path: ["classHours"] },
    { name: "course.endDate before startDate", record: "course", input: set(valid.course, ["endDate"], "2020-03-01"), path: ["endDate"] },
    { name: "course.attendedDates with a million entries", record: "course", input: set(valid.course, ["attendedDates"], Array.from({ length: 1_000_000 }, () => "2020-03-02")), path: ["attendedDates"] },
    { name: "course.occupation nested 10,000 deep", record: "course", input: set(valid.course, ["occupation"], nested(10_000)), path: ["occupation"] },
    { name: "course.occupation.name of 10 MB", record: "course", input: set(valid.course, ["occupation", "name"], "名".repeat(10_000_000)), path: ["occupation", "name"] },
    { name: "course.region with upper case", record: "course", input: set(valid.course, ["region"], "Zhejiang.Jiaxing"), path: ["region"] },
    { name: "course.region with a trailing dot", record: "course", input: set(valid.course, ["region"], "zhejiang."), path: ["region"] },
    { name: "trainee.statuses with a million entries", record: "trainee", input: set(valid.trainee, ["statuses"], Array.from({ length: 1_000_000 }, () => "veteran")), path: ["statuses"] },
    { name: "trainee.statuses repeated", record: "trainee", input: set(valid.trainee, ["statuses"], ["veteran", "veteran"]), path: ["statuses", 1] },
    { name: "trainee.statuses that is a string", record: "trainee", input: set(valid.trainee, ["statuses"], "veteran"), path: ["statuses"] },
    { name: "trainee.unemploymentInsuranceMonths with a __proto__ region", record: "trainee", input: JSON.parse(`{"unemploymentInsuranceMonths":{"__proto__":12},${JSON.stringify(valid.trainee).slice(1)}`), path: ["unemploymentInsuranceMonths"] },
    { name: "trainee.unemploymentInsuranceMonths negative", record: "trainee", input: set(valid.trainee, ["unemploymentInsuranceMonths"], { "zhejiang.jiaxing": -3 }), path: ["unemploymentInsuranceMonths", "zhejiang.jiaxing"] },
    { name: "trainee.hasResidencePermit as a string", record: "trainee", input: set(valid.trainee, ["hasResidencePermit"], "yes"), path: ["hasResidencePermit"] },
    { name: "certificate of a leveled kind without a level", record: "certificate", input: without(valid.certificate, "level"), path: ["level"] },
    { name: "special-ability certificate with a level", record: "certificate", input: set(valid.certificate, ["kind"], "specialAbilityCertificate"), path: ["level"] },
    { name: "grant.provision that is not a catalogue id shape", record: "grant", input: set(valid.grant, ["provision"], "constructor"), path: ["provision"] },
  );
  return cases;
}
