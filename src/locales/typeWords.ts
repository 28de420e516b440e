/**
 * The JSON types a field may be expected to have or be given, in the reader's words (zod's own Chinese names them in
 * English): for the command line's plain issues and a reform's or scenario's issues (cold reviews 75 F2, 79 F6).
 */
export const TYPE_WORDS: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  array: { zh: "列表", en: "a list" },
  string: { zh: "文本", en: "text" },
  number: { zh: "数字", en: "a number" },
  int: { zh: "整数", en: "a whole number" },
  boolean: { zh: "true 或 false", en: "true or false" },
  object: { zh: "对象", en: "an object" },
};

/** The type a field was given instead, as the plain words name it (in Chinese without a space after “不是”; an unlisted type as it is). */
export const RECEIVED_WORDS: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  ...TYPE_WORDS,
  boolean: { zh: "布尔值（true 或 false）", en: "true or false" },
  null: { zh: "空值 null", en: "null" },
  undefined: { zh: "空（缺少此项）", en: "nothing (it is missing)" },
};
