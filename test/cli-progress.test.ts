/**
 * Progress on standard error (issue #18, "Progress"): records and claims read, claims
 * decided, the share done and the time left where the size is known, at most four updates
 * a second, a one-line summary at the end; nothing when standard error is not a terminal
 * or with --quiet. Driven in process with a fake clock.
 */
import { describe, expect, test } from "vitest";
import { Progress } from "../src/cli/progress.js";
import { cli } from "./cli-helpers.js";

function fake(totalBytes: number | null, enabled = true, lang: "zh" | "en" = "en") {
  let t = 0;
  const writes: string[] = [];
  const p = new Progress({ write: (s) => void writes.push(s), enabled, lang, totalBytes, now: () => t });
  return { p, writes, at: (ms: number) => void (t = ms) };
}

describe("the progress line", () => {
  test("while reading a file of known size: records, claims, the share of bytes read and the time left", () => {
    const { p, at } = fake(1000);
    for (let i = 0; i < 300; i++) p.read(i % 3 === 0);
    p.bytes(250);
    at(1000);
    // 250 of 1000 bytes in 1 s: 25 %, 3 s for the other 750
    expect(p.line()).toBe("read 300 records (100 claims) · 25 % · about 3 s left");
  });

  test("standard input (size unknown): counts only, no share or time left", () => {
    const { p } = fake(null);
    p.read(true);
    p.bytes(100);
    expect(p.line()).toBe("read 1 records (1 claims)");
  });

  test("while deciding: claims decided of claims read, the share and the time left at the rate so far", () => {
    const { p, at } = fake(1000, true, "zh");
    for (let i = 0; i < 100; i++) p.read(true);
    at(5000);
    for (let i = 0; i < 50; i++) p.decided(); // decisions start at 5 s
    at(7000); // 50 of 100 in 2 s: 2 s more
    expect(p.line()).toBe("已判定 50/100 项申请 · 50 % · 约剩 2 秒");
    for (let i = 0; i < 50; i++) p.decided();
    expect(p.line()).toBe("已判定 100/100 项申请 · 100 %");
  });

  test("at most one update per 250 ms however fast records come, each redrawn in place", () => {
    const { p, writes, at } = fake(null);
    // 100,000 records over 10 s of fake time (one every 0.1 ms)
    for (let i = 1; i <= 100_000; i++) {
      at(i / 10);
      p.read(false);
    }
    expect(writes.length).toBeGreaterThan(20);
    expect(writes.length).toBeLessThanOrEqual(10_000 / 250 + 1);
    for (const w of writes) expect(w).toMatch(/^\r.*\x1b\[K$/);
  });

  test("the summary is one line that clears the progress line; disabled, nothing is written at all", () => {
    const { p, writes, at } = fake(null);
    for (let i = 0; i < 1000; i++) p.read(true);
    at(1500);
    p.finish({ claims: 13, granted: 8, denied: 4, undecidable: 1, invalid: 0 });
    expect(writes.at(-1)).toBe("\r\x1b[Kskills-subsidy: 13 claims decided (8 granted, 4 denied, 1 undecidable) in 2 s\n");
    const off = fake(1000, false);
    for (let i = 0; i < 1000; i++) off.p.read(true);
    off.p.finish({ claims: 1, granted: 1, denied: 0, undecidable: 0, invalid: 0 });
    expect(off.writes).toEqual([]);
  });
});

describe("evaluate's progress", () => {
  const SHOWCASE = ["evaluate", "fixtures/jiaxing/showcase.json", "--catalogue", "fixtures/jiaxing/catalogue-2020.json"];
  test("standard error a terminal: a one-line summary at the end", async () => {
    const r = await cli([...SHOWCASE, "--lang", "en"], "", true);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^skills-subsidy: 13 claims decided \(8 granted, 4 denied, 1 undecidable\) in \d+ s\n$/);
  });
  test("not a terminal, or --quiet: nothing on standard error", async () => {
    expect((await cli(SHOWCASE, "", false)).err).toBe("");
    expect((await cli([...SHOWCASE, "--quiet"], "", true)).err).toBe("");
  });
});
