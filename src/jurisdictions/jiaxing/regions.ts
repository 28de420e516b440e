/**
 * Jiaxing's counties and districts (jx2019 附件1): their region ids and names. A module of
 * plain data with no top-level work, so that the messages (`src/locales/regions.ts`) can
 * name a region without bringing in the plan tables of `targets.ts` (issue #16's bundle
 * budget: deciding a claim needs the names, not the targets).
 */
import type { Label } from "../../core/parameter.js";

/**
 * Region ids of Jiaxing's counties and districts, as 附件1 lists them.
 * @example Object.values(JIAXING_REGIONS).length // → 9
 */
export const JIAXING_REGIONS = {
  jiashan: "zhejiang.jiaxing.jiashan",
  pinghu: "zhejiang.jiaxing.pinghu",
  haiyan: "zhejiang.jiaxing.haiyan",
  haining: "zhejiang.jiaxing.haining",
  tongxiang: "zhejiang.jiaxing.tongxiang",
  nanhu: "zhejiang.jiaxing.nanhu",
  xiuzhou: "zhejiang.jiaxing.xiuzhou",
  jingkai: "zhejiang.jiaxing.jingkai",
  gangqu: "zhejiang.jiaxing.gangqu",
} as const;

/**
 * The names of Jiaxing's counties and districts as 附件1 prints them (English: ours), by the
 * keys of {@link JIAXING_REGIONS}: the plan table's row labels and the names messages print.
 * @example JIAXING_REGION_NAMES.nanhu // → {"zh":"南湖区","en":"Nanhu District"}
 */
export const JIAXING_REGION_NAMES: Readonly<Record<keyof typeof JIAXING_REGIONS, Label>> = {
  jiashan: { zh: "嘉善县", en: "Jiashan County" },
  pinghu: { zh: "平湖市", en: "Pinghu" },
  haiyan: { zh: "海盐县", en: "Haiyan County" },
  haining: { zh: "海宁市", en: "Haining" },
  tongxiang: { zh: "桐乡市", en: "Tongxiang" },
  nanhu: { zh: "南湖区", en: "Nanhu District" },
  xiuzhou: { zh: "秀洲区", en: "Xiuzhou District" },
  jingkai: { zh: "经开区", en: "Economic & Technological Development Zone" },
  gangqu: { zh: "嘉兴港区", en: "Jiaxing Port Area" },
};
