// The command line's I/O floor: reads an NDJSON file, JSON.parses every line and writes a
// small JSON result per line (buffered, to a file) — what any program deciding the file
// line by line must at least do. `npm run bench:cli` divides the CLI's wall time by this
// script's on the same file.
//
// A floor is the fastest plain way to do that, or it flatters what is measured against it.
// So the file is read in blocks of 1 MiB with readSync and each line decoded from the
// block's bytes on its own (a newline byte is never inside a UTF-8 sequence), and the
// results written with writeSync. The floor before (2026-12-03 to 12-05) read through
// createReadStream with a utf8 decoder and wrote to a write stream: the same lines in and
// out, 1.7× the time (12.0–12.4 s against 7.0–7.5 s on 1M claims, 2026-12-05 17:40 UTC):
// decoding each 1 MiB chunk of Chinese text whole and slicing lines out of it was most of it.
//
//   node scripts/bench/cli-floor.mjs <in.ndjson> <out.ndjson>
import { closeSync, openSync, readSync, writeSync } from "node:fs";

const [inFile, outFile] = process.argv.slice(2);
if (inFile === undefined || outFile === undefined) {
  console.error("usage: node scripts/bench/cli-floor.mjs <in.ndjson> <out.ndjson>");
  process.exit(2);
}
const input = openSync(inFile, "r");
const out = openSync(outFile, "w");
const block = Buffer.allocUnsafe(1 << 20);
let pending = Buffer.alloc(0); // the start of a line the block before ended in
let buffer = "";
let lines = 0;
let claims = 0;
const write = (text) => {
  const bytes = Buffer.from(text, "utf8");
  for (let at = 0; at < bytes.length; ) at += writeSync(out, bytes, at, bytes.length - at);
};
const line = (text) => {
  const record = JSON.parse(text);
  lines++;
  if (record.type === "claim") claims++;
  buffer += `${JSON.stringify({ line: lines, type: record.type, id: record.id, outcome: "granted", amount: "0.00" })}\n`;
};
for (;;) {
  const n = readSync(input, block, 0, block.length, null);
  if (n === 0) break;
  const bytes = pending.length === 0 ? block.subarray(0, n) : Buffer.concat([pending, block.subarray(0, n)]);
  let at = 0;
  for (let nl = bytes.indexOf(10, at); nl !== -1; nl = bytes.indexOf(10, at)) {
    if (nl > at) line(bytes.toString("utf8", at, nl));
    at = nl + 1;
  }
  pending = Buffer.from(bytes.subarray(at)); // a copy: the block is read into again
  if (buffer.length > 1 << 16) {
    write(buffer);
    buffer = "";
  }
}
if (pending.toString("utf8").trim() !== "") line(pending.toString("utf8"));
buffer += `${JSON.stringify({ type: "summary", lines, claims })}\n`;
write(buffer);
closeSync(out);
closeSync(input);
