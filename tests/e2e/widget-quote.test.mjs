// What a key point from inside a quotation shows (closeQuotes, used by the
// widget and the paste-in page): the golden cases in tests/data/quotes.json.
// Plain Node, no browser.
// e2e-group: untimed (no timing assertion, no fixed time window): `make test`
// runs this file beside another one (Makefile, E2E_UNTIMED).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import { closeQuotes } from "../../www/widget/quote.js";

const { cases } = JSON.parse(await readFile(new URL("../data/quotes.json", import.meta.url), "utf8"));

test("quotation marks a sentence leaves open (or closes unopened) are balanced for display", () => {
  for (const { why, text, shown } of cases) assert.equal(closeQuotes(text), shown, why);
});

test("balancing is idempotent: a shown sentence is shown unchanged", () => {
  for (const { why, shown } of cases) assert.equal(closeQuotes(shown), shown, why);
});
