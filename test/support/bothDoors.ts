/**
 * One batch decided through both doors — the library (`parseClaimsDocument` → `evaluateBatch`) and the built command line
 * (`evaluate - --format json`) — with an illustrative catalogue under each policy the command line offers, each decision
 * written in a line ("granted 1500.00 organizer:ORG1", "denied course_free_to_trainee"). Shared by cold reviews 111 and 112.
 * Catalogue amounts are ILLUSTRATIVE (fixtures/jiaxing, fixtures/examples).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import type { Policy } from "../../src/index.js";
import { cite, evaluateBatch, parseClaimsDocument, parseSubsidyCatalogue, POLICIES, withCatalogue, withJiaxingCatalogue } from "../../src/index.js";
import { cli } from "../cli-helpers.js";

export type O = Record<string, unknown>;
export type Doc = Record<string, O[]>;
export type PolicyId = "jiaxing-2019" | "national" | "national-frameworks";

export const JX_CAT = "fixtures/jiaxing/catalogue-2020.json"; // ILLUSTRATIVE
export const EX_CAT = "fixtures/examples/catalogue-2020.json"; // ILLUSTRATIVE
export const NANHU = "zhejiang.jiaxing.nanhu";
export const HEFEI = "anhui.hefei";
export const ELEC = { code: "EX-ELEC", name: "电工（示意）" };
export const catalogueOf = (p: PolicyId) => (p === "jiaxing-2019" ? JX_CAT : EX_CAT);

/** The policy with its illustrative catalogue, as `--policy p --catalogue catalogueOf(p)` builds it. */
export function libraryPolicy(id: PolicyId): Policy {
  const parsed = parseSubsidyCatalogue(JSON.parse(readFileSync(catalogueOf(id), "utf8")));
  if (!parsed.ok) throw new Error("unreadable catalogue");
  if (id === "jiaxing-2019") return withJiaxingCatalogue(parsed.value);
  return withCatalogue(POLICIES[id]!(), parsed.value, {
    layer: "review.catalogue", label: { zh: "示例目录（示意）", en: "illustrative catalogue" },
    citation: cite("gbf2019.local-standards", "§(十二)"), lastVerifiedOn: "2026-12-08",
  });
}

/** One decision in a line: "granted 1500.00 organizer:ORG1", "denied course_free_to_trainee", "undecidable course_not_ended". */
export function summary(d: O): string {
  const outcome = d["outcome"] as string;
  const codes = (d["reasons"] as { code: string }[]).map((r) => r.code);
  if (outcome !== "granted") return `${outcome} ${codes[0] ?? ""}`.trim();
  const payee = d["payee"] as { kind: string; id: string } | null;
  return `granted ${d["amount"] as string} ${payee === null ? "-" : `${payee.kind}:${payee.id}`}`;
}

/** Each claim's decision in a line, through the library. */
export function viaLibrary(policy: PolicyId, doc: Doc): Record<string, string> {
  const parsed = parseClaimsDocument(doc);
  if (!parsed.ok) throw new Error(`document not parsed: ${JSON.stringify(parsed)}`);
  expect(parsed.value.invalid).toEqual([]);
  const r = evaluateBatch(libraryPolicy(policy), parsed.value.document);
  return Object.fromEntries(r.decisions.map((d) => [d.claimId, summary(d as unknown as O)]));
}

/** The command line's arguments for the policy and its catalogue, JSON out, no trace. */
export const cliArgs = (policy: PolicyId, extra: string[] = []) => ["--format", "json", "--no-trace", "--lang", "en", "--quiet", "--policy", policy, "--catalogue", catalogueOf(policy), ...extra];
/** Each claim's decision in a line, from the command line's JSON output (nothing set aside). */
export const outOf = (out: string) => {
  const o = JSON.parse(out) as { decisions: O[]; invalid: unknown[] };
  expect(o.invalid).toEqual([]);
  return Object.fromEntries(o.decisions.map((d) => [d["claimId"] as string, summary(d)]));
};
/** Each claim's decision in a line, through the built command line. */
export async function viaCli(policy: PolicyId, doc: Doc, extra: string[] = []): Promise<Record<string, string>> {
  const r = await cli(["evaluate", "-", ...cliArgs(policy, extra)], JSON.stringify(doc));
  expect(r.code).toBe(0);
  return outOf(r.out);
}
/** Library and command line, both against the expectation. */
export async function both(policy: PolicyId, doc: Doc, expected: Record<string, string>) {
  expect(viaLibrary(policy, doc)).toEqual(expected);
  expect(await viaCli(policy, doc)).toEqual(expected);
}
/** A fresh temporary folder, and a document written into it as JSON. */
export const tmp = (prefix = "review-") => mkdtempSync(join(tmpdir(), prefix));
export const file = (dir: string, name: string, doc: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(doc));
  return p;
};

/** A person of Nanhu (Jiaxing) with no status. */
export const person = (id: string, o: O = {}): O => ({ id, birthDate: "1990-05-05", statuses: [], hukouRegion: NANHU, ...o });
/** An enterprise insured where it is. */
export const enterprise = (id: string, region = NANHU): O => ({ id, name: `企业${id}`, region, unemploymentInsuranceRegion: region });

/** A claimant on a free course (C1, organised by ORG1, EX-ELEC 中级) and its certificate K1: the batches of cold reviews 111 and 112. */
export type ClaimSpec = [id: string, kind: string, claimantId: string, day: string, extra?: O];
export const freeDoc = (where: "jx" | "nat" | "op", claims: ClaimSpec[], o: { course?: O; cert?: O; trainee?: O } = {}): Doc => {
  const region = where === "jx" ? NANHU : HEFEI;
  const y = where === "op" ? "2025" : "2020";
  const drop = (r: O) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null));
  return {
    trainees: [person("P1", { hukouRegion: region, statuses: ["unemployed"], unemploymentRegisteredAt: region, ...o.trainee })],
    enterprises: [enterprise("E1", region)],
    courses: [drop({ id: "C1", traineeId: "P1", kind: "employmentSkills", occupation: ELEC, level: "intermediate", classHours: 100, startDate: `${y}-06-01`, endDate: `${y}-06-20`, attendedDays: 15, region, pricing: "free", feeCharged: "0.00", organizerId: "ORG1", ...o.course })],
    certificates: [drop({ id: "K1", traineeId: "P1", kind: "skillLevelCertificate", occupation: ELEC, level: "intermediate", issuedOn: `${y}-07-15`, courseId: "C1", ...o.cert })],
    claims: claims.map(([id, kind, cid, day, x]) => drop({ id, measure: "trainingSubsidy", traineeId: "P1", claimant: { kind, id: cid }, submittedOn: `${y}-08-${day}`, certificateId: "K1", courseId: "C1", ...x })),
  };
};
/** The policy each place of `freeDoc` is judged under. */
export const POLICY_OF = { jx: "jiaxing-2019", nat: "national", op: "national-frameworks" } as const;
