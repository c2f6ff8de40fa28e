// The agreement builder's reading of the client's floors: inside them nothing is flagged;
// each way out of them is flagged with the name the server gives that floor.
import { test } from "node:test";
import assert from "node:assert/strict";
import { breaches, scheduleOf, type Proposal } from "../src/policy.ts";

const solutions = {
  promise: { min_amount: { minor: 2000, currency: "EUR" }, latest_date: "2027-05-22" },
  plan: { max_instalments: 6, min_instalment: { minor: 2000, currency: "EUR" }, latest_date: "2027-05-22" },
  settlement: { min_amount: { minor: 1045180, currency: "EUR" } },
  extension: null,
};
const base: Proposal = { kind: "promise", amount: 5000, date: "2026-12-01", instalments: 3, firstDate: "2026-12-01", every: "month" };

test("a promise inside the floors needs no approval", () => {
  assert.deepEqual(breaches(base, solutions), []);
});

test("a promise too small or too late needs approval", () => {
  assert.deepEqual(breaches({ ...base, amount: 1999 }, solutions), ["instalment_below_minimum"]);
  assert.deepEqual(breaches({ ...base, date: "2027-05-23" }, solutions), ["term_longer_than_allowed"]);
});

test("a plan with too many instalments or a last one too late needs approval", () => {
  const plan: Proposal = { ...base, kind: "plan", amount: 1000000, instalments: 10, firstDate: "2026-11-28" };
  assert.deepEqual(breaches(plan, solutions), ["more_instalments_than_allowed", "term_longer_than_allowed"]);
  assert.deepEqual(breaches({ ...plan, instalments: 3 }, solutions), []);
});

test("a settlement below the floor needs approval", () => {
  assert.deepEqual(breaches({ ...base, kind: "settlement", amount: 1045179 }, solutions), ["settlement_below_floor"]);
  assert.deepEqual(breaches({ ...base, kind: "settlement", amount: 1045180 }, solutions), []);
});

test("a kind the client does not offer needs approval", () => {
  assert.deepEqual(breaches({ ...base, kind: "extension" }, solutions), ["kind_not_allowed"]);
});

test("a plan's schedule steps by month, fortnight or week", () => {
  const plan: Proposal = { ...base, kind: "plan", amount: 1000, instalments: 3, firstDate: "2027-01-31" };
  assert.deepEqual(scheduleOf(plan).map((s) => s.date), ["2027-01-31", "2027-02-28", "2027-03-31"]);
  assert.deepEqual(scheduleOf({ ...plan, every: "2weeks" }).map((s) => s.date), ["2027-01-31", "2027-02-14", "2027-02-28"]);
  assert.deepEqual(scheduleOf(plan).map((s) => s.minor), [333, 333, 334]);
});
