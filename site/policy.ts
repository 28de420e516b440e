/** Which policy a page decides with: one of the library's policies, with or without the illustrative catalogue. */
import data from "site-data:law";
import type { Policy, SubsidyCatalogue } from "../src/index.js";
import { parseSubsidyCatalogue, POLICIES, withJiaxingCatalogue } from "../src/index.js";
import { label } from "./i18n.js";

/** The policy ids, the first (Jiaxing) the default. */
export const POLICY_IDS = ["jiaxing-2019", ...Object.keys(POLICIES).filter((id) => id !== "jiaxing-2019")] as const;

let catalogue: SubsidyCatalogue | undefined;

/** fixtures/jiaxing/catalogue-2020.json, parsed by the library (it is illustrative: codes EX-…). */
export function illustrativeCatalogue(): SubsidyCatalogue {
  if (catalogue === undefined) {
    const r = parseSubsidyCatalogue(data.catalogue);
    if (!r.ok) throw new Error(`fixtures/jiaxing/catalogue-2020.json: ${r.issues.map((i) => i.message.en).join("; ")}`);
    catalogue = r.value;
  }
  return catalogue;
}

/** Whether a policy takes the Jiaxing catalogue (Jiaxing's own). */
export function takesCatalogue(id: string): boolean {
  return id === "jiaxing-2019";
}

/** The policy `id`, with the illustrative catalogue when asked and the policy takes one. */
export function policyFor(id: string, withCatalogue: boolean): Policy {
  const make = POLICIES[id] ?? POLICIES["jiaxing-2019"];
  if (make === undefined) throw new Error("no policies");
  const policy = make();
  return withCatalogue && takesCatalogue(id) ? withJiaxingCatalogue(illustrativeCatalogue(), policy) : policy;
}

/** The policy choices for a select: `[id, name]`. */
export function policyOptions(): [string, string][] {
  return POLICY_IDS.map((id) => {
    const make = POLICIES[id];
    return [id, make === undefined ? id : `${label(make().label)} (${id})`];
  });
}
