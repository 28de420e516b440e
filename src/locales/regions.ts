/**
 * Names of regions, by region id (lowercase pinyin, dot-separated): what a message prints
 * where a region is named (南湖区, not `zhejiang.jiaxing.nanhu`). The provinces, the cities
 * the library's policies and fixtures name, and Jiaxing's counties and districts as
 * jx2019 附件1 lists them (`JIAXING_REGION_NAMES`, which `jx2019PlanByRegion` also labels its rows with). A region id not listed
 * prints as it is.
 */
import type { Label } from "../core/parameter.js";
import { JIAXING_REGION_NAMES, JIAXING_REGIONS } from "../jurisdictions/jiaxing/regions.js";

/**
 * Region names in Chinese and English.
 * @example REGION_NAMES["zhejiang.jiaxing.nanhu"] // → {"zh":"南湖区","en":"Nanhu District"}
 */
export const REGION_NAMES: Readonly<Record<string, Label>> = {
  // provinces, autonomous regions and municipalities
  beijing: { zh: "北京市", en: "Beijing" },
  tianjin: { zh: "天津市", en: "Tianjin" },
  hebei: { zh: "河北省", en: "Hebei" },
  shanxi: { zh: "山西省", en: "Shanxi" },
  neimenggu: { zh: "内蒙古自治区", en: "Inner Mongolia" },
  liaoning: { zh: "辽宁省", en: "Liaoning" },
  jilin: { zh: "吉林省", en: "Jilin" },
  heilongjiang: { zh: "黑龙江省", en: "Heilongjiang" },
  shanghai: { zh: "上海市", en: "Shanghai" },
  jiangsu: { zh: "江苏省", en: "Jiangsu" },
  zhejiang: { zh: "浙江省", en: "Zhejiang" },
  anhui: { zh: "安徽省", en: "Anhui" },
  fujian: { zh: "福建省", en: "Fujian" },
  jiangxi: { zh: "江西省", en: "Jiangxi" },
  shandong: { zh: "山东省", en: "Shandong" },
  henan: { zh: "河南省", en: "Henan" },
  hubei: { zh: "湖北省", en: "Hubei" },
  hunan: { zh: "湖南省", en: "Hunan" },
  guangdong: { zh: "广东省", en: "Guangdong" },
  guangxi: { zh: "广西壮族自治区", en: "Guangxi" },
  hainan: { zh: "海南省", en: "Hainan" },
  chongqing: { zh: "重庆市", en: "Chongqing" },
  sichuan: { zh: "四川省", en: "Sichuan" },
  guizhou: { zh: "贵州省", en: "Guizhou" },
  yunnan: { zh: "云南省", en: "Yunnan" },
  xizang: { zh: "西藏自治区", en: "Tibet" },
  shaanxi: { zh: "陕西省", en: "Shaanxi" },
  gansu: { zh: "甘肃省", en: "Gansu" },
  qinghai: { zh: "青海省", en: "Qinghai" },
  ningxia: { zh: "宁夏回族自治区", en: "Ningxia" },
  xinjiang: { zh: "新疆维吾尔自治区", en: "Xinjiang" },
  // cities the policies and fixtures name
  "zhejiang.jiaxing": { zh: "嘉兴市", en: "Jiaxing" },
  "zhejiang.hangzhou": { zh: "杭州市", en: "Hangzhou" },
  "jiangsu.suzhou": { zh: "苏州市", en: "Suzhou" },
  "anhui.fuyang": { zh: "阜阳市", en: "Fuyang" },
  "guangdong.jieyang": { zh: "揭阳市", en: "Jieyang" },
  // Jiaxing's counties and districts: the names of jx2019 附件1, defined once beside the plan table
  ...Object.fromEntries((Object.keys(JIAXING_REGIONS) as (keyof typeof JIAXING_REGIONS)[]).map((key) => [JIAXING_REGIONS[key], JIAXING_REGION_NAMES[key]])),
};
