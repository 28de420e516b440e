/** The parameter data files (src/jurisdictions/**\/<layer>.params.yaml), sorted. */
export function dataFiles(): string[];
/** Reads and checks one data file; throws an Error listing every problem (file, entry, field). */
export function compileFile(file: string): { layer: string; parameters: Record<string, unknown>; overrides: Record<string, unknown> };
/** The TypeScript a data file compiles to. */
export function generate(file: string): string;
/** The generated file of a data file. */
export function outputOf(file: string): string;
/** Which rules read each parameter, found in the rules' source. */
export function parameterReaders(): Record<string, string[]>;
/** src/reform/parameterReaders.ts as the source says it should read. */
export function generateReaders(): string;
