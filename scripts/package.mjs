// Assembles the npm package and packs it:
//
//   node scripts/package.mjs [--out DIR]     # default DIR = dist
//
// DIR/npm/ gets package.json (name "abridge", version from Cargo.toml),
// lib/ (www/lib: the JS API, minified with source maps, and its .d.ts), pkg/
// (the wasm-bindgen glue, minified, and the wasm from www/pkg, built by
// `make build`), README.md and any LICENSE
// files; then `npm pack` writes DIR/abridge-<version>.tgz. The layout keeps
// www/'s relative paths (lib/ next to pkg/), so the same JS runs in the demo
// page and in the package.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { minifyFile } from "./minify.mjs";
import { LANGUAGES } from "./languages.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const rel = (...p) => path.join(ROOT, ...p);

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const outArg = args.indexOf("--out");
const OUT = path.resolve(outArg >= 0 ? args[outArg + 1] ?? fail("--out needs a directory") : rel("dist"));
const NPM = path.join(OUT, "npm");

const cargo = readFileSync(rel("Cargo.toml"), "utf8");
const field = (name) => new RegExp(String.raw`^${name}\s*=\s*"([^"]*)"`, "m").exec(cargo)?.[1];
const version = field("version") ?? fail("no version in Cargo.toml");

// The glue, the all-language module, one module per language and the JS
// detector's stop words (init({ languages }) loads both stages: profiles.js,
// profiles-long.js; loadFor the second only for a text the first cannot decide).
const MODULES = LANGUAGES.map((code) => `abridge-${code}_bg.wasm`);
const PKG_FILES = ["abridge.js", "abridge.d.ts", "abridge_bg.wasm", "abridge_bg.wasm.d.ts", "profiles.js", "profiles-long.js", ...MODULES];
for (const f of PKG_FILES) {
  if (!existsSync(rel("www", "pkg", f))) fail(`www/pkg/${f} is missing; run \`make build\` first.`);
}
const LIB_FILES = readdirSync(rel("www", "lib")).filter((f) => f.endsWith(".js") || f.endsWith(".d.ts")).sort();
for (const js of LIB_FILES.filter((f) => f.endsWith(".js"))) {
  if (!LIB_FILES.includes(js.replace(/\.js$/, ".d.ts"))) fail(`www/lib/${js} has no ${js.replace(/\.js$/, ".d.ts")}`);
}

rmSync(NPM, { recursive: true, force: true });
mkdirSync(path.join(NPM, "lib"), { recursive: true });
mkdirSync(path.join(NPM, "pkg"), { recursive: true });
// JS ships minified (with source maps holding the original source); the
// declarations and the wasm as built.
for (const f of LIB_FILES) {
  if (f.endsWith(".js")) await minifyFile(rel("www", "lib", f), path.join(NPM, "lib", f));
  else copyFileSync(rel("www", "lib", f), path.join(NPM, "lib", f));
}
for (const f of PKG_FILES) {
  if (f.endsWith(".js")) await minifyFile(rel("www", "pkg", f), path.join(NPM, "pkg", f));
  else copyFileSync(rel("www", "pkg", f), path.join(NPM, "pkg", f));
}
copyFileSync(rel("www", "lib", "README.md"), path.join(NPM, "README.md"));
const licenses = readdirSync(ROOT).filter((f) => /^(LICEN[CS]E|COPYING)/i.test(f));
for (const f of licenses) copyFileSync(rel(f), path.join(NPM, f));

const manifest = {
  name: "abridge",
  version,
  description: field("description"),
  license: field("license"),
  keywords: ["summarization", "summarizer", "extractive", "wasm", "webassembly", "nlp"],
  type: "module",
  main: "./lib/abridge.js",
  types: "./lib/abridge.d.ts",
  exports: {
    ".": { types: "./lib/abridge.d.ts", default: "./lib/abridge.js" },
    "./polyfill": { types: "./lib/polyfill.d.ts", default: "./lib/polyfill.js" },
    "./worker": { types: "./lib/worker.d.ts", default: "./lib/worker.js" },
    "./abridge_bg.wasm": "./pkg/abridge_bg.wasm",
    "./package.json": "./package.json",
  },
  sideEffects: false,
  files: ["lib/", "pkg/abridge.js", "pkg/abridge.js.map", "pkg/abridge.d.ts", "pkg/abridge_bg.wasm", "pkg/abridge_bg.wasm.d.ts",
    "pkg/profiles.js", "pkg/profiles.js.map", "pkg/profiles-long.js", "pkg/profiles-long.js.map", ...MODULES.map((f) => `pkg/${f}`), ...licenses],
  engines: { node: ">=20" },
};
writeFileSync(path.join(NPM, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);

const packed = JSON.parse(
  execFileSync("npm", ["pack", "--json", "--pack-destination", OUT], { cwd: NPM, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }),
)[0];
const tgz = path.join(OUT, packed.filename);
console.log(`${path.relative(process.cwd(), tgz) || tgz}: ${packed.entryCount} files, ` +
  `${packed.size.toLocaleString("en-US")} bytes packed, ${packed.unpackedSize.toLocaleString("en-US")} unpacked`);
for (const f of packed.files) console.log(`  ${String(f.size).padStart(8)}  ${f.path}`);
if (!licenses.length) console.log("  (no LICENSE file in the repository root to include)");
