// The page and the widget as `make run` and `make widget` build them
// (scripts/page.mjs buildPage, scripts/widget.mjs buildWidget), for the tests
// that serve the built files. Each is built once per set of inputs (every
// file of www/ and scripts/, package-lock.json, node's version) into
// target/e2e-built/<kind>-<fingerprint>/, and reused by the next test file
// or run that has the same inputs: a second `make test` builds neither.
// Not a test file itself.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildPage } from "../../scripts/page.mjs";
import { buildWidget } from "../../scripts/widget.mjs";
import { ROOT } from "./harness.mjs";

const CACHE = path.join(ROOT, "target/e2e-built");

function fingerprint(kind) {
  const hash = createHash("sha256").update(`${kind}\0${process.version}\0`);
  const files = ["www", "scripts"].flatMap((dir) => readdirSync(path.join(ROOT, dir), { recursive: true }).map((f) => path.join(dir, f)));
  for (const rel of [...files.sort(), "package-lock.json"]) {
    if (statSync(path.join(ROOT, rel)).isFile()) hash.update(`${rel}\0`).update(readFileSync(path.join(ROOT, rel)));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * `build(dir)`'s output for the current inputs: { dir, ...what build returned
 * (JSON) }. Built into a directory of its own and renamed into place, so a
 * file running at the same time sees a complete build or none; older builds
 * of the same kind are removed.
 */
async function once(kind, build) {
  const name = `${kind}-${fingerprint(kind)}`;
  const dir = path.join(CACHE, name);
  const meta = `${dir}.json`;
  if (existsSync(dir) && existsSync(meta)) return { dir, ...JSON.parse(readFileSync(meta, "utf8")) };
  mkdirSync(CACHE, { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const result = (await build(tmp)) ?? {};
  for (const old of readdirSync(CACHE).filter((f) => f.startsWith(`${kind}-`) && !f.startsWith(name))) {
    rmSync(path.join(CACHE, old), { recursive: true, force: true });
  }
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // built by another file meanwhile: the same inputs
  }
  writeFileSync(meta, JSON.stringify(result));
  return { dir, ...result };
}

/** The page as served: { dir, first, later, files } (scripts/page.mjs buildPage). */
export const builtPage = () => once("page", buildPage);

/** The widget's directory as `make widget` makes it: { dir } (scripts/widget.mjs buildWidget). */
export const builtWidget = () => once("widget", async (out) => { await buildWidget(out); });
