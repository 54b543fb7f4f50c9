import { test } from "node:test";
import assert from "node:assert/strict";
import { languageChoices, languageList, languageName } from "../src/format/language.js";

test("codes read as language names", () => {
  assert.equal(languageName("es", "en-US"), "Spanish");
  assert.equal(languageName("pt-BR", "en-US"), "Brazilian Portuguese");
  assert.equal(languageList(["en", "es"], "en-US"), "English, Spanish");
  assert.equal(languageName("es", "es"), "español");
});

test("a tag Intl cannot read is shown as it is", () => {
  assert.equal(languageName("not a tag!", "en-US"), "not a tag!");
});

test("the choices are named, sorted by name, each once, and include what counselors list", () => {
  const choices = languageChoices(["yo", "EN", "pt-BR"], "en-US");
  const names = choices.map((c) => c.name);
  assert.deepEqual(
    names,
    [...names].sort((a, b) => a.localeCompare(b, "en-US")),
  );
  assert.equal(choices.filter((c) => c.code.toLowerCase() === "en").length, 1);
  assert.deepEqual(
    choices.find((c) => c.name === "Spanish"),
    { code: "es", name: "Spanish" },
  );
  assert.ok(choices.some((c) => c.code === "yo" && c.name === "Yoruba"));
  assert.ok(choices.some((c) => c.code === "pt-BR"));
});
