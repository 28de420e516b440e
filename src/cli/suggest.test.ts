import { describe, expect, it } from "vitest";
import { editDistance, nearest } from "./suggest.js";

describe("did you mean: the nearest known word, when the slip is small", () => {
  it("counts insertions, deletions, substitutions and a swap of neighbours as one each", () => {
    expect(editDistance("evalute", "evaluate")).toBe(1); // one letter left out
    expect(editDistance("evaluaet", "evaluate")).toBe(1); // two neighbours swapped
    expect(editDistance("format", "format")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
  });
  it("suggests within a third of the word's length (at least 1, at most 3), or a known word the input begins", () => {
    expect(nearest("evalute", ["evaluate", "explain"])).toBe("evaluate");
    expect(nearest("--form", ["--format", "--input"])).toBe("--format"); // a prefix
    expect(nearest("verfy", ["verify", "report"])).toBe("verify");
    expect(nearest("xyz", ["evaluate", "explain"])).toBeUndefined();
    expect(nearest("abcdefghi", ["abcxyzghi"])).toBe("abcxyzghi"); // 3 substitutions in 9 letters: at the limit
    expect(nearest("abcdefgh", ["abcxyzgh"])).toBeUndefined(); // 3 in 8 letters: past it (limit 2)
  });
});
