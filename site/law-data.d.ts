/**
 * The data the build bundles into the pages (scripts/build-site.mjs, `lawData()`): the
 * passages of the readings (verbatim from law/sources/, checked by test/readings.test.ts),
 * the provision catalogue's passages (verbatim, checked by test/law.test.ts) and English
 * summaries (paraphrase, not the text), and the fixtures
 * the pages start from.
 */
declare module "site-data:law" {
  export interface ReadingData {
    readonly name: string;
    readonly title: string;
    readonly provisions: readonly string[];
    readonly passages: readonly { readonly source: string; readonly text: string }[];
  }
  export interface ProvisionData {
    readonly id: string;
    readonly clause: string;
    /** The English summary: paraphrase, not the text. */
    readonly summary: string;
    /** The passage of the text the provision stands for, verbatim (white space removed; test/law.test.ts checks it). */
    readonly passage: string;
    /** Further passages, where one span does not carry the provision. */
    readonly otherPassages?: readonly string[];
  }
  const data: {
    readonly readings: readonly ReadingData[];
    readonly provisions: readonly ProvisionData[];
    /** fixtures/jiaxing/worked-example.json */
    readonly workedExample: unknown;
    /** fixtures/jiaxing/catalogue-2020.json */
    readonly catalogue: unknown;
    /** fixtures/jiaxing/reform-population.json, as text */
    readonly population: string;
    /** the records of the first scenario of fixtures/scenarios/jiaxing/apprenticeship.json */
    readonly apprenticeship: unknown;
  };
  export default data;
}
