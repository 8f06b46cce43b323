// Builds the WebAssembly modules: wasm-pack build, then wasm-opt from npm's
// binaryen, for the all-language module (abridge_bg.wasm) and one module per
// language (abridge-<code>_bg.wasm, cargo features `lang-<code>`).
//
//   node scripts/build-wasm.mjs [--only all,en,fr] [--force] [--crate DIR --out-dir DIR]
//
// All settings come from wasm-pack.toml (wasm-pack itself never reads that
// file). No dependencies beyond Node itself; run from anywhere.
// Incremental: a module whose inputs (src/, Cargo.toml, Cargo.lock,
// wasm-pack.toml, this script, the tool versions) are unchanged since its last
// build is skipped; --force rebuilds. --only builds the named modules besides
// the all-language one (abridge_bg.wasm, always built: its glue is the one). --crate and --out-dir build another crate's single
// module with the same settings (the size-floor measurement in
// benches/size-floor does).
//
// All modules are built from the same src/wasm.rs, so their wasm-bindgen glue
// is the same but for the wasm file name: the build checks that and keeps
// only abridge.js, which www/lib/core.js instantiates every module with.
import { createHash } from "node:crypto";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { measure, packageFiles, table } from "./bytes.mjs";
import { LANGUAGES } from "./languages.mjs";
import { codeFilter, codeLists } from "./profiles-coding.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const rel = (...p) => path.join(ROOT, ...p);

function fail(message) {
  console.error(`\nbuild-wasm: ${message}`);
  process.exit(1);
}

/**
 * Parses the flat TOML subset used by wasm-pack.toml: `key = value` lines where
 * a value is a "string", true/false, or an array of strings; `#` comments.
 * Anything else is an error, so a typo cannot be silently ignored.
 */
function parseFlatToml(source, file = "wasm-pack.toml") {
  const config = {};
  const value = String.raw`"(?:[^"\\]|\\.)*"`;
  const line = new RegExp(
    String.raw`^([A-Za-z0-9_-]+)\s*=\s*(${value}|true|false|\[\s*(?:${value}\s*(?:,\s*${value}\s*)*,?\s*)?\])\s*(?:#.*)?$`,
  );
  source.split(/\r?\n/).forEach((raw, i) => {
    const text = raw.trim();
    if (text === "" || text.startsWith("#")) return;
    const m = line.exec(text);
    if (!m) fail(`${file}:${i + 1}: cannot parse \`${text}\` (flat keys only: "string", true/false, ["strings"])`);
    if (m[1] in config) fail(`${file}:${i + 1}: duplicate key \`${m[1]}\``);
    // TOML basic strings use JSON's escapes, so JSON.parse reads them exactly.
    const v = m[2];
    config[m[1]] = v === "true" ? true : v === "false" ? false
      : v.startsWith("[") ? [...v.matchAll(new RegExp(value, "g"))].map((s) => JSON.parse(s[0]))
      : JSON.parse(v);
  });
  return config;
}

const versions = new Map();
/**
 * Output of `cmd --version`, or null when the command is not on PATH; asked
 * once per command (each module's fingerprint needs them: 19 modules).
 */
function version(cmd) {
  if (!versions.has(cmd)) {
    try {
      versions.set(cmd, execFileSync(cmd, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    } catch {
      versions.set(cmd, null);
    }
  }
  return versions.get(cmd);
}

/** Runs a command with inherited stdio; exits with its status on failure. */
function run(cmd, args, env = {}) {
  const shown = cmd === process.execPath ? "node" : cmd;
  const vars = Object.entries(env).map(([k, v]) => `${k}=${v} `).join("");
  console.log(`\n$ ${vars}${[shown, ...args].join(" ")}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  if (r.error) fail(`could not run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) fail(`${cmd} exited with status ${r.status ?? r.signal}`);
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** Like run(), without waiting: resolves when the command succeeds; exits on failure. */
function runAsync(cmd, args) {
  const shown = cmd === process.execPath ? "node" : cmd;
  console.log(`\n$ ${[shown, ...args].join(" ")} &`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: "inherit" });
    child.on("error", (error) => fail(`could not run ${cmd}: ${error.message}`));
    child.on("exit", (status, signal) => {
      if (status !== 0) fail(`${cmd} ${args.at(-1)} exited with status ${status ?? signal}`);
      console.log(`  (${args.at(-1)}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      resolve();
    });
  });
}

const config = parseFlatToml(readFileSync(rel("wasm-pack.toml"), "utf8"));
const known = ["target", "out-dir", "scope", "profile", "mode", "wasm-opt", "opt-level", "panic", "package-opt-level", "build-std", "build-std-features", "all-build-std-features", "rustflags", "all-rustflags", "languages"];
for (const key of Object.keys(config)) {
  if (!known.includes(key)) fail(`wasm-pack.toml: unknown key \`${key}\` (known: ${known.join(", ")})`);
}
const argv = process.argv.slice(2);
const flag = (name) => {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  if (!argv[i + 1]) fail(`${name} needs a directory`);
  return argv[i + 1];
};
const crateDir = path.resolve(ROOT, flag("--crate") ?? ".");
const otherCrate = flag("--crate") !== undefined;
const force = argv.includes("--force");
const { target = "web", "out-dir": configOutDir = "pkg", scope = "", profile = "release", mode = "normal" } = config;
const outDir = flag("--out-dir") ?? configOutDir;
const wasmOpt = config["wasm-opt"] ?? [];
if (!["release", "dev", "profiling"].includes(profile)) fail(`wasm-pack.toml: profile must be release, dev or profiling, not "${profile}"`);
if (!Array.isArray(wasmOpt)) fail("wasm-pack.toml: wasm-opt must be an array of strings ([] to skip)");

// Tools. wasm-pack with --mode no-install fails on a CLI mismatch anyway, but
// only after compiling; checking first gives a clear message at once.
const hint = "run `make tools` (or see README.md)";
if (!version("wasm-pack")) fail(`wasm-pack is not on PATH; ${hint}.`);
const lock = existsSync(rel("Cargo.lock")) ? readFileSync(rel("Cargo.lock"), "utf8") : "";
const wanted = /\nname = "wasm-bindgen"\nversion = "([^"]+)"/.exec(lock)?.[1];
const have = version("wasm-bindgen");
if (!have) fail(`wasm-bindgen CLI is not on PATH; ${hint}.`);
if (wanted && have !== `wasm-bindgen ${wanted}`) {
  fail(`Cargo.lock uses wasm-bindgen ${wanted} but the CLI on PATH is "${have}".\n` +
    `  The two must match exactly: cargo install wasm-bindgen-cli --version =${wanted}`);
}
const wasmOptBin = rel("node_modules", ".bin", "wasm-opt");
if (wasmOpt.length && !existsSync(wasmOptBin)) fail(`${path.relative(ROOT, wasmOptBin)} is missing; run \`npm ci\`.`);

// wasm-pack's own wasm-opt step would run whatever `wasm-opt` is on PATH
// (Debian's breaks the module), so it must be off for this profile.
const manifest = readFileSync(path.join(crateDir, "Cargo.toml"), "utf8");
const section = new RegExp(String.raw`^\[package\.metadata\.wasm-pack\.profile\.${profile}\]([^[]*)`, "m").exec(manifest);
if (!/^\s*wasm-opt\s*=\s*false\b/m.test(section?.[1] ?? "")) {
  fail(`Cargo.toml needs \`wasm-opt = false\` under [package.metadata.wasm-pack.profile.${profile}];\n` +
    "  wasm-opt runs here, from npm's binaryen, with the arguments in wasm-pack.toml.");
}

// Cargo profile settings for the wasm build only (the native CLI keeps
// Cargo.toml's): cargo reads CARGO_PROFILE_<NAME>_<KEY> over the manifest.
const cargoProfile = profile === "dev" ? "DEV" : profile.toUpperCase();
const profileEnv = {};
if (config["opt-level"] !== undefined) profileEnv[`CARGO_PROFILE_${cargoProfile}_OPT_LEVEL`] = config["opt-level"];
// "immediate-abort" is not a cargo profile value yet: it is a rustc flag.
if (config.panic === "immediate-abort") {
  profileEnv.RUSTFLAGS = [process.env.RUSTFLAGS, "-Zunstable-options -Cpanic=immediate-abort"].filter(Boolean).join(" ");
} else if (config.panic !== undefined) {
  profileEnv[`CARGO_PROFILE_${cargoProfile}_PANIC`] = config.panic;
}
// -Zbuild-std: std rebuilt with the module's settings (wasm-pack.toml says why).
const buildStd = config["build-std"] ?? [];
const buildStdFeatures = config["build-std-features"] ?? [];
// The all-language module (Node, the npm default) may build std differently.
const allBuildStdFeatures = config["all-build-std-features"] ?? buildStdFeatures;
if (![buildStd, buildStdFeatures, allBuildStdFeatures].every(Array.isArray)) {
  fail("wasm-pack.toml: build-std, build-std-features and all-build-std-features must be arrays of strings");
}
if (config.panic === "immediate-abort" && !buildStd.length) fail('wasm-pack.toml: panic = "immediate-abort" needs build-std (the prebuilt std unwinds)');
/** The -Zbuild-std flags of module `id` ("all" or a language code). */
const stdArgs = (id) => {
  if (!buildStd.length) return [];
  const features = id === "all" ? allBuildStdFeatures : buildStdFeatures;
  return [`-Zbuild-std=${buildStd.join(",")}`, ...(features.length ? [`-Zbuild-std-features=${features.join(",")}`] : [])];
};
if (buildStd.length || config.panic === "immediate-abort") {
  // The flags are unstable; RUSTC_BOOTSTRAP lets the stable toolchain take them.
  profileEnv.RUSTC_BOOTSTRAP = "1";
  // The wasm-bindgen tests and clippy build for wasm32 with the prebuilt std;
  // a separate target directory keeps the two from rebuilding each other.
  profileEnv.CARGO_TARGET_DIR = path.join(crateDir, "target", "wasm-build-std");
  const sysroot = execFileSync("rustc", ["--print", "sysroot"], { encoding: "utf8" }).trim();
  if (buildStd.length && !existsSync(path.join(sysroot, "lib", "rustlib", "src", "rust", "library"))) {
    fail("wasm-pack.toml asks for build-std, which needs the standard library's source:\n" +
      "  rustup component add rust-src   (or `make tools`)");
  }
}
// Extra rustc flags: `rustflags` for the per-language modules, `all-rustflags`
// for the all-language one (wasm-pack.toml says why they differ). Flags that
// differ get their own target directory, so neither build evicts the other's.
const rustflags = config.rustflags ?? [];
const allRustflags = config["all-rustflags"] ?? rustflags;
if (![rustflags, allRustflags].every((list) => Array.isArray(list) && list.every((f) => typeof f === "string"))) {
  fail("wasm-pack.toml: rustflags and all-rustflags must be arrays of strings");
}
/** The environment cargo runs with for module `id` ("all" or a language code). */
const moduleEnv = (id) => {
  const flags = id === "all" ? allRustflags : rustflags;
  const env = { ...profileEnv };
  if (flags.length) env.RUSTFLAGS = [profileEnv.RUSTFLAGS ?? process.env.RUSTFLAGS, ...flags].filter(Boolean).join(" ");
  const dir = env.CARGO_TARGET_DIR ?? path.join(crateDir, "target");
  if (id === "all" && allRustflags.join(" ") !== rustflags.join(" ")) env.CARGO_TARGET_DIR = `${dir}-all`;
  return env;
};

// Per-dependency opt-levels ("crate=level") become cargo --config overrides of
// [profile.<profile>.package.<crate>]; cargo has no environment form for these.
const packageOptLevels = config["package-opt-level"] ?? [];
if (!Array.isArray(packageOptLevels)) fail('wasm-pack.toml: package-opt-level must be an array of "crate=level" strings');
const cargoConfig = packageOptLevels.flatMap((entry) => {
  const m = /^([A-Za-z0-9_-]+)=(0|1|2|3|s|z)$/.exec(entry);
  if (!m) fail(`wasm-pack.toml: package-opt-level entry "${entry}" is not "crate=level" (level 0-3, s or z)`);
  const level = /^\d$/.test(m[2]) ? m[2] : `"${m[2]}"`;
  return ["--config", `profile.${profile}.package.${m[1]}.opt-level=${level}`];
});

// The modules: the crate's default (all languages), then one per language.
const crate = /^\s*name\s*=\s*"([^"]+)"/m.exec(manifest)[1].replaceAll("-", "_");
const perLanguage = otherCrate ? [] : config.languages ?? [];
if (!Array.isArray(perLanguage) || perLanguage.some((c) => !/^[a-z]{2}$/.test(c))) {
  fail('wasm-pack.toml: languages must be an array of two-letter codes ("en", …)');
}
const modules = [
  { id: "all", name: crate, features: [] },
  ...perLanguage.map((code) => ({ id: code, name: `${crate}-${code}`, features: ["--no-default-features", "--features", `lang-${code}`] })),
];
const only = flag("--only")?.split(",");
const unknown = (only ?? []).filter((id) => !modules.some((m) => m.id === id));
if (unknown.length) fail(`--only: unknown module ${unknown.join(", ")} (known: ${modules.map((m) => m.id).join(", ")})`);
// The all-language module is always built (when stale): it provides the glue.
const selected = only ? modules.filter((m) => m.id === "all" || only.includes(m.id)) : modules;

/** Fingerprint of everything a module's bytes depend on. */
function fingerprint(module) {
  const hash = createHash("sha256");
  const walk = (dir) => {
    for (const entry of readdirSync(dir).sort()) {
      const file = path.join(dir, entry);
      if (statSync(file).isDirectory()) walk(file);
      else hash.update(`${path.relative(crateDir, file)}\0`).update(readFileSync(file));
    }
  };
  walk(path.join(crateDir, "src"));
  for (const f of ["Cargo.toml", "Cargo.lock"]) {
    if (existsSync(path.join(crateDir, f))) hash.update(f).update(readFileSync(path.join(crateDir, f)));
  }
  hash.update(readFileSync(rel("wasm-pack.toml"))).update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(JSON.stringify([module, have, version("rustc"), version("wasm-pack"), process.env.RUSTFLAGS ?? ""]));
  return hash.digest("hex");
}

const out = rel(outDir);
const stamp = (m) => path.join(out, `.stamp-${m.name}`);
/** The optimising wasm-opt of the previous module, run while the next one compiles (2 cores). */
let optimising = Promise.resolve();
/** The modules this run built (the sizes table lists them). */
const rebuilt = [];
for (const m of selected) {
  const [wasm] = packageFiles(out, m.name);
  const print = fingerprint(m);
  if (!force && existsSync(wasm) && existsSync(stamp(m)) && readFileSync(stamp(m), "utf8") === print) {
    console.log(`${path.relative(ROOT, wasm)}: up to date`);
    continue;
  }
  rmSync(stamp(m), { force: true });
  rebuilt.push(m);
  // Per-language modules are built under target/ with the crate's own name, so
  // their wasm imports the same "./abridge_bg.js" namespace as the main one
  // and the one glue (abridge.js) can instantiate every module.
  const dir = m.id === "all" ? out : path.join(crateDir, "target", "wasm-modules", m.id);
  run("wasm-pack", [
    "build", path.relative(ROOT, crateDir) || ".", "--mode", mode, "--target", target,
    "--out-dir", dir, `--${profile}`,
    ...(scope ? ["--scope", scope] : []),
    ...(cargoConfig.length || m.features.length || stdArgs(m.id).length ? ["--", ...cargoConfig, ...stdArgs(m.id), ...m.features] : []),
  ], moduleEnv(m.id));
  const [built, glue] = packageFiles(dir, crate);
  if (!existsSync(built)) fail(`wasm-pack finished but ${built} does not exist.`);
  if (m.id !== "all") {
    const main = packageFiles(out, crate)[1];
    if (existsSync(main) && readFileSync(glue, "utf8") !== readFileSync(main, "utf8")) {
      fail(`${path.relative(ROOT, glue)} differs from ${path.relative(ROOT, main)}; www/lib/core.js ` +
        "instantiates every module with the one glue, so their exports must be the same.");
    }
  }
  await optimising;
  const done = () => writeFileSync(stamp(m), print);
  if (!wasmOpt.length) {
    if (built !== wasm) copyFileSync(built, wasm);
    done();
  } else {
    // binaryen's wasm-opt is a Node program; run it through the same node.
    optimising = runAsync(process.execPath, [path.relative(ROOT, wasmOptBin), ...wasmOpt, path.relative(ROOT, built), "-o", path.relative(ROOT, wasm)]).then(done);
  }
}
await optimising;

// The JS language detector's data (www/lib/detect.js), in two stages: the
// stop words of the Latin-script languages, read the way src/language.rs reads
// them, as 18 lists separated by "|" in the engine's order (those of Arabic,
// Greek, Russian and Tamil empty), so a list's index is its language's bit.
// Each list is sorted and coded against the previous word: a digit, how many
// characters to drop from its end (0-9), then the characters to add; a space
// instead of the digit starts from nothing (more than 9 to drop). Brotli
// packs all the words into 3,962 B, 4,113 for a digit counting the characters
// kept and the lists in an object by language, 5,145 for the words separated
// by spaces (README "Size" has the other codings measured).
// profiles.js (the first stage, always fetched) holds the words of up to
// SHORT_WORD UTF-16 units and those of one more listed by several languages
// (SHORT; in the filter such a word would count against each of them) and a
// FILTER_BITS-bit filter of the others, a bit per word and language listing it (FILTER: the gaps between its
// set bits, each a character 32 + gap, "~" adding 94 without setting a bit);
// profiles-long.js (fetched only when the first stage cannot prove the full
// vote's answer) the longer words (LONG). The filter's hash is detect.js's
// `hash` and `bucket`, written again here. (README "Size" has the sizes and
// rates measured for other choices.)
const SHORT_WORD = 3;
const FILTER_BITS = 32768;
const bucket = (word, language) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ language, 0x01000193) >>> (32 - Math.log2(FILTER_BITS));
};
if (!otherCrate) {
  const lists = LANGUAGES.map((code) => {
    if (["ar", "el", "ru", "ta"].includes(code)) return [];
    const words = readFileSync(path.join(crateDir, "src", "data", "stopwords", `${code}.txt`), "utf8")
      .split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#") && !/\s/.test(l));
    if (words.some((w) => /[\d|]/.test(w))) throw new Error(`src/data/stopwords/${code}.txt: a digit or "|" in a stop word breaks profiles.js's coding`);
    return [...new Set(words)].sort();
  });
  const coded = (keep) => codeLists(lists, keep);
  const listed = new Map();
  for (const word of lists.flat()) listed.set(word, (listed.get(word) ?? 0) + 1);
  const isShort = (word) => word.length <= SHORT_WORD || (word.length === SHORT_WORD + 1 && listed.get(word) > 1);
  const filter = codeFilter(lists.flatMap((words, i) => words.filter((w) => !isShort(w)).map((w) => bucket(w, i))));
  const head = "// Generated by scripts/build-wasm.mjs from src/data/stopwords/ for www/lib/detect.js: the stop words of\n" +
    "// the Latin-script languages, a list per language in the engine's order, separated by \"|\"; each word a\n" +
    "// digit (how many characters to drop from the previous word; a space: all), then the characters to add.\n";
  writeFileSync(path.join(out, "profiles.js"), `${head}// The first stage: the words of up to ${SHORT_WORD} characters and those of ${SHORT_WORD + 1} listed by several languages,\n` +
    `// and a ${FILTER_BITS}-bit filter of the others\n` +
    `// (a bit per word and language listing it, detect.js bucket(); the gaps between the set bits, each a character\n` +
    `// 32 + gap, "~" adding 94).\nexport const SHORT = ${JSON.stringify(coded(isShort))};\n` +
    `export const FILTER = ${JSON.stringify(filter)};\n`);
  writeFileSync(path.join(out, "profiles-long.js"), `${head}// The second stage: the other words.\n` +
    `export const LONG = ${JSON.stringify(coded((w) => !isShort(w)))};\n`);
}

// Brotli -q 11 of 19 modules takes seconds: only what this run built (`make
// size` measures everything).
if (rebuilt.length) {
  console.log(`\nBuilt ${path.relative(ROOT, out)}/ (${target}, ${profile}, wasm-opt ${wasmOpt.join(" ") || "off"}):`);
  const files = [packageFiles(out, crate)[1], ...rebuilt.map((m) => packageFiles(out, m.name)[0])].filter((f) => existsSync(f));
  console.log(table(measure(files).slice(0, -1)));
}
