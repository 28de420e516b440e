/** The folder of the reading files (law/readings/). */
export const READINGS_DIR: string;
/** The reading files, `<name>.yaml`, sorted. */
export function readingFiles(): string[];
/** Every reading, parsed. */
export function readReadings(): { file: string; data: unknown; error?: string }[];
/** The names of the tests of a file (describe, it, test). */
export function testNames(file: string): string[];
/** The problems of one reading (empty when valid). */
export function problems(file: string, data: unknown, ctx?: { provisions: Map<string, unknown>; sources: Set<string> }): string[];
/** Every problem of every reading file. */
export function validate(): string[];
/** docs/readings.md as the reading files say it should read. */
export function generate(): string;
