// The message catalogs: every language has every message, with the same {placeholders}, and
// t() fills them; codes the catalog does not know read as words rather than as raw codes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { catalogs, label, setLocale, t } from "../src/i18n.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test("every catalog has every English message with the same placeholders", () => {
  for (const [locale, catalog] of Object.entries(catalogs)) {
    for (const [key, english] of Object.entries(catalogs.en)) {
      const text = (catalog as Record<string, string>)[key];
      assert.ok(text && text.length > 0, `${locale} lacks ${key}`);
      assert.deepEqual(placeholders(text), placeholders(english), `${locale} ${key}`);
    }
  }
});

test("messages follow the chosen language and fill their placeholders", () => {
  setLocale("sl");
  assert.equal(t("signin.submit"), "Prijava");
  assert.equal(t("portal.shown", { from: 1, to: 50, total: 731 }), "1–50 od 731");
  setLocale("pt-BR");
  assert.equal(t("signin.submit"), "Entrar");
  setLocale("en");
  assert.equal(label("oc", "already_paid"), "Already paid");
  assert.equal(label("oc", "some_new_outcome"), "some new outcome");
  assert.equal(label("oc", null), "–");
});
