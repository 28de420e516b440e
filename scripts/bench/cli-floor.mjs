// The command line's I/O floor: reads an NDJSON file, JSON.parses every line and writes a
// small JSON result per line (buffered, to a file) — what any program deciding the file
// line by line must at least do. `npm run bench:cli` divides the CLI's wall time by this
// script's on the same file.
//
//   node scripts/bench/cli-floor.mjs <in.ndjson> <out.ndjson>
import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";

const [inFile, outFile] = process.argv.slice(2);
if (inFile === undefined || outFile === undefined) {
  console.error("usage: node scripts/bench/cli-floor.mjs <in.ndjson> <out.ndjson>");
  process.exit(2);
}
const out = createWriteStream(outFile);
let buffer = "";
let lines = 0;
let claims = 0;
const flush = async () => {
  if (!out.write(buffer)) await once(out, "drain");
  buffer = "";
};
let rest = "";
for await (const chunk of createReadStream(inFile, { encoding: "utf8", highWaterMark: 1 << 20 })) {
  const text = rest + chunk;
  let start = 0;
  for (let nl = text.indexOf("\n", start); nl !== -1; nl = text.indexOf("\n", start)) {
    const record = JSON.parse(text.slice(start, nl));
    start = nl + 1;
    lines++;
    if (record.type === "claim") claims++;
    buffer += `${JSON.stringify({ line: lines, type: record.type, id: record.id, outcome: "granted", amount: "0.00" })}\n`;
  }
  rest = text.slice(start);
  if (buffer.length > 1 << 16) await flush();
}
if (rest.trim() !== "") {
  const record = JSON.parse(rest);
  lines++;
  if (record.type === "claim") claims++;
  buffer += `${JSON.stringify({ line: lines, type: record.type, id: record.id, outcome: "granted", amount: "0.00" })}\n`;
}
buffer += `${JSON.stringify({ type: "summary", lines, claims })}\n`;
await flush();
out.end();
await once(out, "finish");
