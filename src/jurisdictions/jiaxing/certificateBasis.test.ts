import { describe, expect, it } from "vitest";
import { cite } from "../../core/citation.js";
import { Evaluation } from "../../core/decision.js";
import type { Policy } from "../../core/layer.js";
import { buildPolicy, defineLayer } from "../../core/layer.js";
import { withValues } from "../../core/parameter.js";
import { nationalPolicy } from "../../jurisdictions/policies.js";
import { certificate, course, d, trainee } from "../../../test/support/national.js";
import type { CertificateBasisInput } from "./certificateBasis.js";
import { certificateBasis, competitionCertificates, occupationCertificateKinds, projectCertificateKinds, projectTrainingStatuses } from "./certificateBasis.js";

const VERIFIED = "2026-11-25";
const on = d("2020-03-01");

/** The national policy and a city layer that sets the given certificate-basis parameters from 2019-12-13. */
function city(parameters: NonNullable<Parameters<typeof defineLayer>[0]["parameters"]>): Policy {
  const layer = defineLayer({ id: "example.city", level: "prefecture", region: "zhejiang.example", label: { zh: "示例市", en: "example city" }, documents: ["jx2019"], scope: cite("jx2019.supersession", "closing"), parameters });
  return buildPolicy({ id: "p", label: { zh: "p", en: "p" }, layers: [...nationalPolicy().layers, layer] });
}
const from = <T>(value: T) => [{ from: "2019-12-13", value }];
const run = (policy: Policy, input: Partial<CertificateBasisInput> = {}) =>
  new Evaluation(policy, on).use(certificateBasis, { trainee: trainee(), certificate: certificate(), rowKind: "occupation", date: on, ...input });

describe("jx2019.competition: a competition certificate counts as earned individually only where a layer says so", () => {
  it("nationally nothing is said: a competition certificate adds no check at all", () => {
    expect(run(nationalPolicy(), { certificate: certificate({ viaCompetition: true }) })).toEqual([]);
  });

  it("where the layer says it counts, the check passes and names the certificate", () => {
    const policy = city([withValues(competitionCertificates, { citation: cite("jx2019.competition", "五(五)"), values: from(true), lastVerifiedOn: VERIFIED })]);
    expect(run(policy, { certificate: certificate({ viaCompetition: true }) })).toEqual([
      { pass: true, reason: { code: "competition_certificate", citation: cite("jx2019.competition", "五(五)"), facts: { certificate: "c1" } } },
    ]);
  });

  it("where the layer says it does not count, the competition certificate is refused, naming the certificate", () => {
    const policy = city([withValues(competitionCertificates, { citation: cite("jx2019.competition", "五(五)"), values: from(false), lastVerifiedOn: VERIFIED })]);
    expect(run(policy, { certificate: certificate({ viaCompetition: true }) })).toEqual([
      { pass: false, reason: { code: "competition_certificate_not_subsidised", citation: cite("jx2019.competition", "五(五)"), facts: { certificate: "c1" } } },
    ]);
    // an individually earned certificate is not asked about competitions
    expect(run(policy)).toEqual([]);
  });
});

describe("jx2019.equal-standard / project-certificate / project-training: the certificate and the groups a row rests on", () => {
  const policy = city([
    withValues(occupationCertificateKinds, { citation: cite("jx2019.equal-standard", "五(十一)"), values: from(["skillLevelCertificate", "qualificationCertificate"] as const), lastVerifiedOn: VERIFIED }),
    withValues(projectCertificateKinds, { citation: cite("jx2019.project-certificate", "五(十一)"), values: from(["trainingCompletionCertificate"] as const), lastVerifiedOn: VERIFIED }),
    withValues(projectTrainingStatuses, { citation: cite("jx2019.project-training", "四(三)三"), values: from(["veteran", "rural"] as const), lastVerifiedOn: VERIFIED }),
  ]);

  it("an occupation row rests on the occupation kinds; the facts name the row kind, the certificate kind and the accepted kinds", () => {
    expect(run(policy)).toEqual([
      { pass: true, reason: { code: "certificate_is_basis", citation: cite("jx2019.equal-standard", "五(十一)"), facts: { rowKind: "occupation", kind: "skillLevelCertificate", accepted: ["skillLevelCertificate", "qualificationCertificate"] } } },
    ]);
  });

  it("a project row rests on the project kinds and serves the listed groups; the facts name the groups and those matched", () => {
    const completion = certificate({ kind: "trainingCompletionCertificate", level: undefined });
    const provider = { claimant: { kind: "organizer" as const, id: "ORG-1" }, course: course({ organizerId: "ORG-1" }) };
    expect(run(policy, { rowKind: "project", certificate: completion, trainee: trainee({ statuses: ["rural", "unemployed"] }), ...provider })).toEqual([
      { pass: true, reason: { code: "certificate_is_basis", citation: cite("jx2019.project-certificate", "五(十一)"), facts: { rowKind: "project", kind: "trainingCompletionCertificate", accepted: ["trainingCompletionCertificate"] } } },
      { pass: true, reason: { code: "in_project_training_group", citation: cite("jx2019.project-training", "四(三)三"), facts: { groups: ["veteran", "rural"], matched: ["rural"] } } },
      { pass: true, reason: { code: "project_training_provider", citation: cite("jx2019.project-training", "四(三)三"), facts: { provider: "ORG-1" } } },
    ]);
    expect(run(policy, { rowKind: "project", certificate: certificate(), trainee: trainee({ statuses: ["unemployed"] }), ...provider })).toEqual([
      { pass: false, reason: { code: "certificate_not_basis", citation: cite("jx2019.project-certificate", "五(十一)"), facts: { rowKind: "project", kind: "skillLevelCertificate", accepted: ["trainingCompletionCertificate"] } } },
      { pass: false, reason: { code: "not_in_project_training_group", citation: cite("jx2019.project-training", "四(三)三"), facts: { groups: ["veteran", "rural"], matched: [] } } },
      { pass: true, reason: { code: "project_training_provider", citation: cite("jx2019.project-training", "四(三)三"), facts: { provider: "ORG-1" } } },
    ]);
  });

  it("jx2019.project-training 「由符合规定的购买主体通过政府购买服务形式开展培训」: the provider that delivered the course is paid, never the trainee; without the course the provider is asked for", () => {
    const completion = certificate({ kind: "trainingCompletionCertificate", level: undefined });
    const at = cite("jx2019.project-training", "四(三)三");
    const veteran = trainee({ statuses: ["veteran"] });
    const payeeCheck = (over: Partial<CertificateBasisInput>) => run(policy, { rowKind: "project", certificate: completion, trainee: veteran, ...over }).at(-1);
    expect(payeeCheck({ claimant: { kind: "trainee", id: "p1" }, course: course({ organizerId: "ORG-1" }) })).toEqual({ pass: false, reason: { code: "project_training_paid_to_provider", citation: at, facts: { provider: "ORG-1", claimant: "trainee:p1" } } });
    expect(payeeCheck({ claimant: { kind: "organizer", id: "ORG-2" }, course: course({ organizerId: "ORG-1" }) })).toEqual({ pass: false, reason: { code: "project_training_paid_to_provider", citation: at, facts: { provider: "ORG-1", claimant: "organizer:ORG-2" } } });
    expect(payeeCheck({ claimant: { kind: "organizer", id: "ORG-1" } })).toMatchObject({ pass: "unknown", missing: ["claim.courseId"] });
    expect(payeeCheck({ claimant: { kind: "organizer", id: "ORG-1" }, course: course() })).toMatchObject({ pass: "unknown", missing: ["course.organizerId"] });
  });

  it("nationally no kinds and no groups are set: the rule adds no check for either kind of row", () => {
    expect(run(nationalPolicy(), { rowKind: "project" })).toEqual([]);
  });
});
