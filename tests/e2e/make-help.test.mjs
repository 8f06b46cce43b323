// `make help` lists every target: each rule of the Makefile and mk/*.mk that
// is a target to call carries a `## ` description (the list is made from
// those), so a new target without one fails here.
// e2e-group: untimed (no timing assertion, no fixed time window): `make test`
// runs this file beside another one (Makefile, E2E_UNTIMED).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { test } from "node:test";
import { ROOT } from "./harness.mjs";

test("make help lists every target of the Makefile and mk/*.mk", async () => {
  const files = ["Makefile", ...(await readdir(`${ROOT}mk`)).filter((f) => f.endsWith(".mk")).map((f) => `mk/${f}`)];
  const targets = [];
  for (const file of files) {
    for (const m of (await readFile(`${ROOT}${file}`, "utf8")).matchAll(/^([a-z][a-z0-9-]*):(?!=)/gm)) targets.push(m[1]);
  }
  const help = execFileSync("make", ["--no-print-directory", "help"], { cwd: ROOT, encoding: "utf8" });
  const listed = new Set([...help.matchAll(/^make (\S+)/gm)].map((m) => m[1]));
  assert.ok(targets.length >= 20, `found the targets (${targets.length})`);
  assert.deepEqual(targets.filter((t) => !listed.has(t)), [], "targets missing from make help (add a `## ` description)");
});
