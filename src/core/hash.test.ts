import { expect, test } from "vitest";
import { sha256 } from "./hash.js";

// The round constants and the initial hash value are computed from the primes (hash.ts, fractions): each of the 64
// constants enters every block, so a single wrong bit would change every digest below.
test("SHA-256 matches the published test vectors", () => {
  expect(sha256("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  expect(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  // UTF-8, not UTF-16: the hash of Chinese text equals Node's
  // (value from node:crypto createHash("sha256").update("示例"))
  expect(sha256("示例")).toBe("0d53f08678d8101b0c7e5053b30224fc671c55051770ba18207435ead7ad37bd");
  // a message of exactly 55 and 56 bytes: the padding boundary
  expect(sha256("a".repeat(55))).toBe("9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  expect(sha256("a".repeat(56))).toBe("b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
});
