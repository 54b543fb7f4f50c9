import { test } from "node:test";
import assert from "node:assert/strict";
import { match, href, routes } from "../src/routes.js";

test("addresses resolve to their page with params and query", () => {
  const m = match("#/counselors/abc-123?start=2026-12-03T15:30:00Z");
  assert.equal(m.name, "counselor");
  assert.deepEqual(m.params, { id: "abc-123" });
  assert.equal(m.query.get("start"), "2026-12-03T15:30:00Z");
  assert.equal(match("").name, "home");
  assert.equal(match("#/").name, "home");
  assert.equal(match("#/pay/purchase/p1").name, "payPurchase");
  assert.equal(match("#/pay/a1").name, "pay");
  assert.equal(match("#/nowhere").name, "not-found");
});

test("href builds what match reads back, for every route", () => {
  for (const [name, spec] of Object.entries(routes)) {
    const params = Object.fromEntries(
      spec.pattern
        .split("/")
        .filter((s) => s.startsWith(":"))
        .map((s) => [s.slice(1), "x y/z"]),
    );
    const address = href(name, params, { a: "1" });
    const back = match(address);
    assert.equal(back.name, name, address);
    assert.deepEqual(back.params, params);
    assert.equal(back.query.get("a"), "1");
  }
});

test("empty query values are left out and a missing param is an error", () => {
  assert.equal(href("appointments", {}, { scope: "", paid: null }), "#/appointments");
  assert.throws(() => href("counselor", {}));
});
