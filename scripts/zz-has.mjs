import { build } from "esbuild";
const ONE_CLAIM = (from) => `import { evaluateClaim, jiaxingPolicy, withJiaxingCatalogue, parseClaimsDocument } from "${from}"; globalThis.ss = { evaluateClaim, jiaxingPolicy, withJiaxingCatalogue, parseClaimsDocument };`;
const r = await build({ stdin: { contents: ONE_CLAIM("./src/index.ts"), resolveDir: process.cwd(), loader: "js" }, bundle: true, write: false, minify: true, platform: "browser", format: "esm", logLevel: "silent" });
const code = r.outputFiles[0].text;
for (const w of process.argv.slice(2)) console.log(w, code.split(w).length - 1);
