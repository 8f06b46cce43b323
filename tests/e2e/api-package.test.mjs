// `npm pack` produces a working package: assemble it (scripts/package.mjs)
// into a temp folder, install the tarball into a clean project (offline: it
// has no dependencies), and use it from Node, plain JS and TypeScript.
// Needs the built package (make build).
// e2e-group: untimed (no timing assertion, no fixed time window): `make test`
// runs this file beside another one (Makefile, E2E_UNTIMED).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { LANGUAGES } from "../../scripts/languages.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
let tmp, app, tgz;

before(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "abridge-pack-"));
  run(process.execPath, [path.join(ROOT, "scripts/package.mjs"), "--out", tmp], ROOT);
  tgz = path.join(tmp, readdirSync(tmp).find((f) => f.endsWith(".tgz")));
  app = path.join(tmp, "app");
  run("mkdir", ["-p", app]);
  writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  run("npm", ["install", "--offline", "--no-audit", "--no-fund", tgz], app);
});

after(() => rmSync(tmp, { recursive: true, force: true }));

test("the tarball holds the manifest, the licences, lib/, the glue and the wasm, and nothing else", () => {
  const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(path.join(ROOT, "Cargo.toml"), "utf8"))[1];
  assert.equal(path.basename(tgz), `abridge-${version}.tgz`);
  const listing = run("tar", ["-tzf", tgz], tmp).trim().split("\n").map((f) => f.replace(/^package\//, "")).sort();
  // Each JS file ships minified with its source map.
  const lib = readdirSync(path.join(ROOT, "www/lib")).filter((f) => /\.(js|d\.ts)$/.test(f))
    .flatMap((f) => (f.endsWith(".js") ? [f, `${f}.map`] : [f])).map((f) => `lib/${f}`);
  const licences = readdirSync(ROOT).filter((f) => /^LICEN[CS]E/.test(f));
  assert.ok(licences.length > 0, "the repository has licence files to ship");
  const expected = ["README.md", "package.json", ...licences, ...lib,
    "pkg/abridge.d.ts", "pkg/abridge.js", "pkg/abridge.js.map", "pkg/abridge_bg.wasm", "pkg/abridge_bg.wasm.d.ts",
    "pkg/profiles.js", "pkg/profiles.js.map", "pkg/profiles-long.js", "pkg/profiles-long.js.map", ...LANGUAGES.map((code) => `pkg/abridge-${code}_bg.wasm`)].sort();
  assert.deepEqual(listing, expected);
  const manifest = JSON.parse(readFileSync(path.join(app, "node_modules/abridge/package.json"), "utf8"));
  assert.equal(manifest.name, "abridge");
  assert.equal(manifest.version, version);
  assert.equal(manifest.type, "module");
  assert.equal(manifest.sideEffects, false);
  assert.deepEqual(Object.keys(manifest.exports), [".", "./polyfill", "./worker", "./abridge_bg.wasm", "./package.json"]);
});

test("shipped JS is minified, keeps the bundler hints on dynamic imports and maps back to the source", () => {
  const installed = path.join(app, "node_modules/abridge");
  for (const f of readdirSync(path.join(ROOT, "www/lib")).filter((f) => f.endsWith(".js"))) {
    const source = readFileSync(path.join(ROOT, "www/lib", f), "utf8");
    const shipped = readFileSync(path.join(installed, "lib", f), "utf8");
    assert.ok(shipped.length < source.length * 0.7, `lib/${f}: ${shipped.length} B shipped vs ${source.length} B source`);
    assert.match(shipped, new RegExp(`//# sourceMappingURL=${f.replaceAll(".", "\\.")}\\.map$`));
    const map = JSON.parse(readFileSync(path.join(installed, "lib", `${f}.map`), "utf8"));
    assert.deepEqual(map.sourcesContent, [source], `lib/${f}.map holds the original source`);
  }
  // Without these comments Vite and webpack would try to bundle the glue URL
  // and node:fs into a browser build.
  const core = readFileSync(path.join(installed, "lib/core.js"), "utf8");
  // The detector, a plain relative import, is for bundlers to split off.
  const imports = (core.match(/import\([^)]*\)/g) ?? []).filter((call) => !/^import\("\.\/detect\.js"\)$/.test(call));
  assert.equal(imports.length, 2, imports.join("\n"));
  for (const call of imports) assert.match(call, /^import\(\/\* @vite-ignore \*\/ \/\* webpackIgnore: true \*\//);
  assert.doesNotMatch(core, /"node:fs\/promises"/, "no static node:fs specifier for bundlers to resolve");
});

test("Node: import \"abridge\", init() and summarise from the installed package", () => {
  writeFileSync(path.join(app, "main.mjs"), `
    import init, { summarize, Summarizer, languages } from "abridge";
    import { installPolyfill } from "abridge/polyfill";
    import { readFileSync } from "node:fs";
    const text = readFileSync(process.argv[2], "utf8");
    await init();
    const r = summarize(text, { sentences: 3 });
    const s = await Summarizer.create({ type: "key-points", format: "plain-text" });
    const points = await s.summarize(text);
    let hidden = null;
    try { await import("abridge/lib/core.js"); } catch (e) { hidden = e.code; }
    console.log(JSON.stringify({
      wasm: import.meta.resolve("abridge/abridge_bg.wasm"),
      count: r.sentences.length,
      verbatim: r.sentences.every((x) => text.slice(x.start, x.end) === x.text),
      language: r.language, languages: languages().length, points,
      polyfill: installPolyfill(), global: globalThis.Summarizer === Summarizer, hidden,
    }));
  `);
  const seed = path.join(ROOT, "tests/data/seed-article.txt");
  const out = JSON.parse(run(process.execPath, ["main.mjs", seed], app));
  assert.match(out.wasm, /node_modules\/abridge\/pkg\/abridge_bg\.wasm$/);
  assert.equal(out.count, 3);
  assert.equal(out.verbatim, true);
  assert.equal(out.language, "en");
  assert.equal(out.languages, 18);
  assert.equal(out.points.split("\n").length, 3);
  assert.ok(out.points.split("\n").every((l) => l.startsWith("• ")));
  assert.equal(out.polyfill, true);
  assert.equal(out.global, true);
  assert.equal(out.hidden, "ERR_PACKAGE_PATH_NOT_EXPORTED", "internal modules stay private");
});

test("Node: initSync with the bytes of abridge/abridge_bg.wasm", () => {
  writeFileSync(path.join(app, "sync.mjs"), `
    import { initSync, summarize } from "abridge";
    import { readFileSync } from "node:fs";
    initSync({ module: readFileSync(new URL(import.meta.resolve("abridge/abridge_bg.wasm"))) });
    console.log(summarize("Storms hit the coast on Sunday night. Thousands of homes lost power for hours. Crews worked through the night to restore it.", { sentences: 1 }).sentences.length);
  `);
  assert.equal(run(process.execPath, ["sync.mjs"], app).trim(), "1");
});

test("TypeScript (nodenext) resolves the package's types through its exports map", () => {
  writeFileSync(path.join(app, "use.ts"), `
    import init, { summarize, Summarizer, type SummaryResult } from "abridge";
    import { installPolyfill } from "abridge/polyfill";
    await init();
    const r: SummaryResult = summarize("Some text here.", { sentences: 1 });
    const s = await Summarizer.create({ type: "headline" });
    const out: string = await s.summarize("x");
    // @ts-expect-error typed, not any
    const wrong: number = r.sentences[0].text;
    export const used = [out, installPolyfill(), wrong];
  `);
  writeFileSync(path.join(app, "tsconfig.json"), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: "ES2022", module: "nodenext", moduleResolution: "nodenext", lib: ["ES2022", "DOM"], types: [] },
    files: ["use.ts"],
  }));
  run(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "."], app);
});
