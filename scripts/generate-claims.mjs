// Writes a synthetic NDJSON claims file: trainees with a course and a certificate each,
// and two claims per trainee (a living allowance on the course, an appraisal subsidy on
// the certificate), the measures the policies decide today. Every seventh trainee holds
// a second certificate of the same occupation and level, so the first-time rule bites.
// Deterministic: the same count gives the same file.
//
//   node scripts/generate-claims.mjs <claims> <out.ndjson>
import { createWriteStream } from "node:fs";
import { once } from "node:events";

const STATUSES = [["povertyRegistered"], ["employmentDifficulty"], ["zeroEmploymentHousehold"], ["nonContinuingGraduate", "rural"], ["nonContinuingGraduate"], ["enterpriseEmployee"]];
const REGIONS = ["zhejiang.jiaxing.nanhu", "zhejiang.jiaxing.xiuzhou", "zhejiang.jiaxing.haining", "zhejiang.jiaxing.tongxiang", "zhejiang.jiaxing.pinghu", "anhui.fuyang"];
const LEVELS = ["junior", "intermediate", "senior", "technician", "seniorTechnician"];
const OCCUPATIONS = [["4-10-01-01", "养老护理员"], ["6-29-01-01", "电工"], ["6-18-02-04", "数控车工"], ["6-18-02-05", "焊工"], ["4-10-01-02", "家政服务员"]];

function date(dayOffset) {
  const d = new Date(Date.UTC(2020, 0, 6) + dayOffset * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export async function generate(claims, file) {
  const out = createWriteStream(file);
  const write = async (obj) => {
    if (!out.write(`${JSON.stringify(obj)}\n`)) await once(out, "drain");
  };
  let written = 0;
  for (let t = 0; written < claims; t++) {
    const id = `P${t}`;
    const region = REGIONS[t % REGIONS.length];
    await write({ type: "trainee", id, birthDate: date(-10_000 - (t % 5000)), statuses: STATUSES[t % STATUSES.length], hukouRegion: region });
    const [code, name] = OCCUPATIONS[t % OCCUPATIONS.length];
    const start = t % 600;
    await write({ type: "course", id: `C${t}`, traineeId: id, kind: "employmentSkills", occupation: { code, name }, level: LEVELS[t % 5], classHours: 56, startDate: date(start), endDate: date(start + 9), attendedDays: 8 + (t % 3), region: t % 11 === 0 ? "anhui.fuyang" : "zhejiang.jiaxing.nanhu" });
    await write({ type: "certificate", id: `K${t}`, traineeId: id, kind: t % 13 === 0 ? "trainingCompletionCertificate" : "skillLevelCertificate", occupation: { code, name }, ...(t % 13 === 0 ? {} : { level: LEVELS[t % 5] }), issuedOn: date(start + 12) });
    await write({ type: "claim", id: `L${t}`, measure: "livingAllowance", traineeId: id, claimant: { kind: "trainee", id }, courseId: `C${t}`, submittedOn: date(start + 14) });
    written += 1;
    if (written >= claims) break;
    await write({ type: "claim", id: `A${t}`, measure: "appraisalSubsidy", traineeId: id, claimant: { kind: "trainee", id }, certificateId: `K${t}`, submittedOn: date(start + 15) });
    written += 1;
    if (t % 7 === 0 && t % 13 !== 0 && written < claims) {
      await write({ type: "certificate", id: `K${t}b`, traineeId: id, kind: "qualificationCertificate", occupation: { code, name }, level: LEVELS[t % 5], issuedOn: date(start + 40) });
      await write({ type: "claim", id: `A${t}b`, measure: "appraisalSubsidy", traineeId: id, claimant: { kind: "trainee", id }, certificateId: `K${t}b`, submittedOn: date(start + 41) });
      written += 1;
    }
  }
  out.end();
  await once(out, "finish");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, file] = process.argv.slice(2);
  if (count === undefined || file === undefined) {
    console.error("usage: node scripts/generate-claims.mjs <claims> <out.ndjson>");
    process.exit(2);
  }
  await generate(Number(count), file);
}
