/** docs/provisions.md as the code and the catalogue say it should read. */
export function buildMatrix(): string;
/** The path of shared/spec/provisions.md beside the checkout. */
export function catalogueFile(): string;
