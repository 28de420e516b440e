/** The one UTF-8 check of every file read: it agrees with the WHATWG decoder, names the first byte that is not UTF-8, and a chunk boundary changes nothing. */
import { isUtf8 } from "node:buffer";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { notUtf8At, Utf8Check, utf8Stop } from "./utf8.js";

const fatal = new TextDecoder("utf-8", { fatal: true });
const decodes = (bytes: Uint8Array) => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** The bytes cut at the given points (sorted, within the length), pushed one piece at a time. */
function pushed(bytes: Uint8Array, cuts: readonly number[], fast?: (b: Uint8Array) => boolean): number {
  const check = new Utf8Check(fast);
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const to of [...points, bytes.length]) {
    const at = check.push(bytes.subarray(from, to));
    if (at >= 0) return at;
    from = to;
  }
  return check.end();
}

describe("which bytes are UTF-8", () => {
  test("示例台账 saved as GBK is not UTF-8 from its third byte: ca be happen to be U+02BE, c0 can start no sequence", () => {
    const gbk = Buffer.from("cabec0fdcca8d5cb", "hex");
    expect(new TextDecoder("gbk").decode(gbk)).toBe("示例台账");
    expect(notUtf8At(gbk)).toBe(2);
    expect(notUtf8At(gbk, isUtf8)).toBe(2);
    expect(notUtf8At(Buffer.from("示例台账", "utf8"))).toBe(-1);
  });

  test("overlong forms, surrogates, code points above U+10FFFF and a sequence cut short at the end are not UTF-8", () => {
    expect(notUtf8At(Uint8Array.of(0x41, 0xc0, 0x80))).toBe(1); // overlong NUL
    expect(notUtf8At(Uint8Array.of(0xe0, 0x80, 0x80))).toBe(0); // overlong
    expect(notUtf8At(Uint8Array.of(0xed, 0xa0, 0x80))).toBe(0); // U+D800
    expect(notUtf8At(Uint8Array.of(0xf4, 0x90, 0x80, 0x80))).toBe(0); // U+110000
    expect(notUtf8At(Uint8Array.of(0x41, 0x42, 0xe7, 0x94))).toBe(2); // "生" cut short
    expect(notUtf8At(Uint8Array.of(0xf0, 0x9f, 0x98, 0x80))).toBe(-1); // U+1F600
    expect(utf8Stop(Uint8Array.of(0x80))).toBe(0);
  });

  test("says -1 exactly when the WHATWG decoder decodes without a replacement, and otherwise the first byte that is not UTF-8, however the bytes are cut into chunks", () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: "binary", maxLength: 20 }).map((s) => new Uint8Array(Buffer.from(s, "utf8"))),
      // text with a few bytes changed: mostly UTF-8, broken somewhere
      fc.tuple(fc.string({ unit: "binary", minLength: 1, maxLength: 20 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 3 })).map(([s, edits]) => {
        const b = new Uint8Array(Buffer.from(s, "utf8"));
        for (const [i, v] of edits) b[i % b.length] = v;
        return b;
      }),
    );
    fc.assert(
      fc.property(bytes, fc.array(fc.nat(), { maxLength: 6 }), (b, cuts) => {
        const at = notUtf8At(b);
        expect(at === -1).toBe(decodes(b));
        if (at >= 0) {
          // every byte before it is UTF-8, and no longer prefix that takes in the byte at `at` is
          expect(decodes(b.subarray(0, at))).toBe(true);
          for (let k = 1; k <= 4 && at + k <= b.length; k++) expect(decodes(b.subarray(0, at + k))).toBe(false);
        }
        expect(pushed(b, cuts)).toBe(at);
        expect(pushed(b, cuts, isUtf8)).toBe(at);
      }),
      { numRuns: 2000 },
    );
  });

  test("a character split across chunks, one byte at a time, is whole", () => {
    const text = Buffer.from("嘉兴市 2020 年示例台账 😀", "utf8");
    expect(pushed(text, [...text.keys()], isUtf8)).toBe(-1);
  });
});
