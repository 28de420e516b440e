/**
 * The source texts the library encodes (law/sources/, described in law/sources.json). A provision id
 * starts with one of these keys: `jx2019.living-allowance` is a provision of `jx2019`.
 * @example
 * Object.keys(documents) // → ["gbf2019","plan2021","op2025","gf2018","yf2018","jf2018","jx2019"]
 * documents.gbf2019.number // → "国办发〔2019〕24号"
 */
export const documents = {
  gbf2019: {
    title: "国务院办公厅关于印发职业技能提升行动方案（2019—2021年）的通知",
    number: "国办发〔2019〕24号",
    issuer: "国务院办公厅",
    issuedOn: "2019-05-18",
  },
  plan2021: {
    title: "“十四五”职业技能培训规划",
    // The extracted text carries neither a document number nor a day of issue.
    number: "—",
    issuer: "人力资源社会保障部 等",
    issuedOn: "2021",
  },
  op2025: {
    title: "关于开展大规模职业技能提升培训行动的意见",
    number: "—",
    issuer: "国务院就业促进和劳动保护工作领导小组",
    issuedOn: "2025-06-20",
  },
  gf2018: {
    title: "国务院关于推行终身职业技能培训制度的意见",
    number: "国发〔2018〕11号",
    issuer: "国务院",
    issuedOn: "2018-05-03",
  },
  yf2018: {
    title: "广东省人民政府转发国务院关于推行终身职业技能培训制度意见的通知",
    number: "粤府〔2018〕58号",
    issuer: "广东省人民政府",
    issuedOn: "2018-07-20",
  },
  jf2018: {
    title: "揭阳市人民政府转发关于推行终身职业技能培训制度意见的通知",
    number: "揭府〔2018〕54号",
    issuer: "揭阳市人民政府",
    issuedOn: "2018-10-09",
  },
  jx2019: {
    title: "嘉兴市职业技能提升行动实施方案（2019—2021年）",
    number: "—",
    issuer: "嘉兴市人力资源和社会保障局",
    issuedOn: "2019-12-13",
  },
} as const;

/** A document key: `gbf2019`, `plan2021`, `op2025`, `gf2018`, `yf2018`, `jf2018` or `jx2019`. */
export type DocumentKey = keyof typeof documents;
