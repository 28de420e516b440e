/**
 * Target groups (培训对象) as named pure predicates over the trainee record. Each group
 * is a list of memberships: a status, or several statuses that must all hold (a 两后生
 * from a rural family). A trainee is in the group when one membership holds. Groups
 * name the provision that lists them; a layer that widens a group (gbf2019.scope-adjustment)
 * does so through the parameters that name groups, never by editing a group.
 */
import type { Citation } from "../../core/citation.js";
import type { Check } from "../../core/decision.js";
import type { Label } from "../../core/parameter.js";
import { nameLabel } from "../../core/parameter.js";
import type { Trainee, TraineeStatus } from "../../records/trainee.js";
import { hasStatus } from "../../records/kinds.js";

/** A status, or statuses that must all hold. */
export type Membership = TraineeStatus | readonly TraineeStatus[];

/** A target group (培训对象): a named, cited predicate over the trainee record. */
export interface Group {
  /** The provision id, e.g. `gbf2019.free-training-groups`. */
  readonly id: string;
  /** The group's name, in Chinese and English. */
  readonly label: Label;
  /** The provision that lists it. */
  readonly citation: Citation;
  /** The memberships: a trainee is in the group when one holds. */
  readonly members: readonly Membership[];
  /** The memberships the trainee holds, written `a+b` for a conjunction (empty when none). */
  readonly of: (trainee: Trainee) => string[];
  /** True when the trainee is in the group. */
  readonly test: (trainee: Trainee) => boolean;
  /** The group test as a check with its reason. */
  readonly check: (trainee: Trainee) => Check;
}

/**
 * Declares a group from its memberships.
 * @example
 * const g = defineGroup({
 *   id: "example.groups", label: { zh: "示例", en: "example" }, citation: cite("gbf2019.subsidy-groups", "§(十一)"),
 *   members: ["veteran", ["nonContinuingGraduate", "rural"]],
 * });
 * g.of(trainee({ statuses: ["nonContinuingGraduate", "rural"] })) // → ["nonContinuingGraduate+rural"]
 * g.test(trainee({ statuses: ["nonContinuingGraduate"] })) // → false
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineGroup(spec: { readonly id: string; readonly label: Label; readonly citation: Citation; readonly members: readonly Membership[] }): Group {
  // Asked for every claim: one loop, the `a+b` names written once here, and `test` stops at the first membership held.
  const members = spec.members;
  const names = members.map((m) => (typeof m === "string" ? m : m.join("+")));
  const holds = (trainee: Trainee, m: Membership): boolean => (typeof m === "string" ? hasStatus(trainee, m) : m.every((s) => hasStatus(trainee, s)));
  const of = (trainee: Trainee): string[] => {
    const matched: string[] = [];
    for (let i = 0; i < members.length; i++) if (holds(trainee, members[i] as Membership)) matched.push(names[i] as string);
    return matched;
  };
  const test = (trainee: Trainee): boolean => {
    for (const m of members) if (holds(trainee, m)) return true;
    return false;
  };
  const check = (trainee: Trainee): Check => {
    const matched = of(trainee);
    return matched.length > 0
      ? { pass: true, reason: { code: "in_group", citation: spec.citation, facts: { group: spec.id, matched } } }
      : { pass: false, reason: { code: "not_in_group", citation: spec.citation, facts: { group: spec.id, statuses: [...trainee.statuses] } } };
  };
  // the messages name the group by its label (parameterLabel), where the locale has no term of its own
  nameLabel(spec.id, spec.label);
  return { ...spec, of, test, check };
}
