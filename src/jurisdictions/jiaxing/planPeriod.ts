/**
 * The days of Jiaxing's plan (jx2019), read from its parameter data (jx2019.params.yaml): the
 * reading jiaxing-plan-in-force — in force from its issue, printed 2019-12-13, for the three-year
 * action 2019–2021. Its own rules (a dated rule override) govern those days alone.
 */
import { JX2019_PARAMS } from "./jx2019.params.js";

const O = JX2019_PARAMS.overrides;

/** The plan's first day: printed 2019-12-13, in force from issue (jx2019.supersession; from jx2019.params.yaml). */
export const JX2019_IN_FORCE: string = O["livingAllowance.dailyRate"].values[0].from;
/** The day after the three-year action ends (reading of jx2019.supersession; from jx2019.params.yaml). */
export const JX2019_ACTION_END: string = O["livingAllowance.dailyRate"].values[1].from;
