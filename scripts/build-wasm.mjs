// Builds the WebAssembly package: wasm-pack build, then wasm-opt from npm's binaryen.
//
//   node scripts/build-wasm.mjs [--crate DIR --out-dir DIR]
//
// All settings come from wasm-pack.toml (wasm-pack itself never reads that
// file). No dependencies beyond Node itself; run from anywhere. --crate and
// --out-dir build another crate with the same settings (the size-floor
// measurement in benches/size-floor does).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { measure, packageFiles, table } from "./size.mjs";

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

/** Output of `cmd --version`, or null when the command is not on PATH. */
function version(cmd) {
  try {
    return execFileSync(cmd, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
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

const config = parseFlatToml(readFileSync(rel("wasm-pack.toml"), "utf8"));
const known = ["target", "out-dir", "scope", "profile", "mode", "wasm-opt", "opt-level", "panic", "package-opt-level"];
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
if (config.panic !== undefined) profileEnv[`CARGO_PROFILE_${cargoProfile}_PANIC`] = config.panic;
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

// Build. The wasm file name follows the crate name (abridge -> abridge_bg.wasm).
const crate = /^\s*name\s*=\s*"([^"]+)"/m.exec(manifest)[1].replaceAll("-", "_");
run("wasm-pack", [
  "build", path.relative(ROOT, crateDir) || ".", "--mode", mode, "--target", target,
  "--out-dir", rel(outDir), `--${profile}`,
  ...(scope ? ["--scope", scope] : []),
  ...(cargoConfig.length ? ["--", ...cargoConfig] : []),
], profileEnv);

const [wasm] = packageFiles(rel(outDir), crate);
if (!existsSync(wasm)) fail(`wasm-pack finished but ${wasm} does not exist.`);
if (wasmOpt.length) {
  // binaryen's wasm-opt is a Node program; run it through the same node.
  const file = path.relative(ROOT, wasm); // commands run in ROOT
  run(process.execPath, [path.relative(ROOT, wasmOptBin), ...wasmOpt, file, "-o", file]);
}

console.log(`\nBuilt ${path.relative(ROOT, rel(outDir))}/ (${target}, ${profile}, wasm-opt ${wasmOpt.join(" ") || "off"}):`);
console.log(table(measure(packageFiles(rel(outDir), crate))));
