/** docs/provisions.md as the code and the catalogue say it should read. */
export function buildMatrix(): string;
