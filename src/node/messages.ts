/**
 * What the Node entry and the command line say about a file they read, in Chinese and
 * English: one wording, whichever of them reads the file.
 */

/** A patch file that holds an empty list (`[]`): a list of patches holds at least one, as the patch file's JSON Schema says. */
export const EMPTY_PATCH_LIST = {
  zh: "是空列表：改革方案文件应为一个改革方案，或含至少一个改革方案的列表",
  en: "holds an empty list: a patch file holds one patch, or a list of one or more patches",
} as const;
