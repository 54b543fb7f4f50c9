import { test } from "node:test";
import assert from "node:assert/strict";
import { amountText, emptyForm, formFromIntake, intakeFromForm } from "../src/format/intake.js";
import { countryChoices, countryCodes, countryName, hasListedRegions } from "../src/format/countries.js";

test("the form becomes the api's intake, prices in minor units and times as day and part", () => {
  const form = {
    ...emptyForm("US", "America/New_York"),
    concerns: ["anxiety"],
    languages: ["es"],
    modality: /** @type {const} */ ("video"),
    maxPrice: "120",
    minPrice: "89.50",
    region: " NY ",
    times: ["tuesday evening", "saturday morning"],
  };
  const built = intakeFromForm(form);
  assert.ok("body" in built);
  assert.equal(built.body.maxPriceMinor, 12000);
  assert.equal(built.body.minPriceMinor, 8950);
  assert.equal(built.body.region, "NY");
  assert.equal(built.body.modality, "video");
  assert.deepEqual(built.body.preferredTimes, [
    { day: "tuesday", part: "evening" },
    { day: "saturday", part: "morning" },
  ]);
});

test("an empty choice of modality and region is sent as none", () => {
  const built = intakeFromForm({ ...emptyForm("DE", "Europe/Berlin"), maxPrice: "90" });
  assert.ok("body" in built);
  assert.equal(built.body.modality, null);
  assert.equal(built.body.region, null);
  assert.equal(built.body.minPriceMinor, null);
});

test("prices that are not amounts are named before anything is sent", () => {
  const built = intakeFromForm({ ...emptyForm("US", "UTC"), maxPrice: "lots", minPrice: "some" });
  assert.ok("errors" in built);
  assert.deepEqual(Object.keys(built.errors).sort(), ["maxPriceMinor", "minPriceMinor"]);
});

test("a saved intake fills the form back in as typed", () => {
  const form = formFromIntake({
    concerns: ["sleep"],
    languages: ["en"],
    modality: "chat",
    minPriceMinor: null,
    maxPriceMinor: 8950,
    currency: "USD",
    country: "US",
    region: "OR",
    timeZone: "America/Los_Angeles",
    preferredTimes: [{ day: "thursday", part: "evening" }],
    savedAt: "2026-03-02T10:00:00Z",
  });
  assert.equal(form.maxPrice, "89.50");
  assert.equal(form.minPrice, "");
  assert.deepEqual(form.times, ["thursday evening"]);
  assert.equal(amountText(12000, "USD"), "120");
  assert.equal(amountText(5000, "JPY"), "5000");
});

test("countries are named and sorted by name; the US and Canada list their regions", () => {
  assert.equal(countryCodes.split(" ").length, 249);
  assert.equal(countryName("DE", "en-US"), "Germany");
  const names = countryChoices("en-US").map((c) => c.name);
  assert.deepEqual(
    names,
    [...names].sort((a, b) => a.localeCompare(b, "en-US")),
  );
  assert.ok(hasListedRegions("US") && hasListedRegions("CA") && !hasListedRegions("DE"));
});
