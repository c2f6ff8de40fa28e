// The formatting helpers: money stays an integer of minor units from parsing to display,
// and dates, numbers and money read as each supported locale writes them.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  addMonths, daysBetween, decimalToMinor, formatDate, formatMoney, formatNumber, formatPercent,
  minorDigits, minorToDecimal, parseAmount, splitInstalments, sumMoney,
} from "../src/format.ts";

// Intl separates groups and currency with no-break spaces; compare them as plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

test("minor units print as an exact decimal for the currency's digits", () => {
  assert.equal(minorToDecimal(123456, "EUR"), "1234.56");
  assert.equal(minorToDecimal(5, "EUR"), "0.05");
  assert.equal(minorToDecimal(-5, "EUR"), "-0.05");
  assert.equal(minorToDecimal(1500, "JPY"), "1500");
  assert.equal(minorToDecimal(1234, "BHD"), "1.234");
  assert.equal(minorDigits("BRL"), 2);
});

test("minor units refuse anything that is not a safe integer", () => {
  assert.throws(() => minorToDecimal(12.5, "EUR"));
  assert.throws(() => minorToDecimal(Number.MAX_SAFE_INTEGER + 2, "EUR"));
});

test("money formats per locale without float rounding", () => {
  assert.equal(plain(formatMoney({ minor: 1229623, currency: "EUR" }, "sl")), "12.296,23 €");
  assert.equal(formatMoney({ minor: 1229623, currency: "EUR" }, "en"), "€12,296.23");
  assert.equal(plain(formatMoney({ minor: 1229623, currency: "BRL" }, "pt-BR")), "R$ 12.296,23");
  // 0.1 + 0.2 style amounts stay exact.
  assert.equal(formatMoney({ minor: 30, currency: "EUR" }, "en"), "€0.30");
  // Beyond 2^53 / 100 a float would lose cents; the exact decimal string does not.
  assert.equal(formatMoney({ minor: 9007199254740991, currency: "EUR" }, "en"), "€90,071,992,547,409.91");
});

test("typed amounts parse by the locale's decimal separator", () => {
  assert.equal(parseAmount("1.234,56", "EUR", "sl"), 123456);
  assert.equal(parseAmount("1,234.56", "EUR", "en"), 123456);
  assert.equal(parseAmount("1.234,5", "BRL", "pt-BR"), 123450);
  assert.equal(parseAmount("250", "EUR", "sl"), 25000);
  assert.equal(parseAmount("12.5", "EUR", "sl"), 1250, "a lone point with one or two digits after it is a decimal point");
  assert.equal(parseAmount(" 20,00 ", "EUR", "sl"), 2000);
});

test("typed amounts that are not amounts are refused", () => {
  assert.equal(parseAmount("", "EUR", "sl"), null);
  assert.equal(parseAmount("abc", "EUR", "en"), null);
  assert.equal(parseAmount("1,234", "EUR", "sl"), null, "three decimals in EUR");
  assert.equal(parseAmount("1.5", "JPY", "en"), null, "yen has no minor digits");
  assert.equal(parseAmount("99999999999999999999", "EUR", "en"), null, "beyond a safe integer");
});

test("the API's decimal strings parse to minor units", () => {
  assert.equal(decimalToMinor("493.38", "EUR"), 49338);
  assert.equal(decimalToMinor("1441.75", "EUR"), 144175);
});

test("sums stay exact and refuse mixed currencies", () => {
  assert.deepEqual(sumMoney([{ minor: 10, currency: "EUR" }, { minor: 20, currency: "EUR" }]), { minor: 30, currency: "EUR" });
  assert.equal(sumMoney([{ minor: 10, currency: "EUR" }, { minor: 20, currency: "BRL" }]), null);
  assert.equal(sumMoney([]), null);
});

test("instalments split evenly with the remainder in the last", () => {
  assert.deepEqual(splitInstalments(1000, 3), [333, 333, 334]);
  assert.deepEqual(splitInstalments(432523, 3), [144174, 144174, 144175]);
  assert.equal(splitInstalments(1000, 3).reduce((a, b) => a + b, 0), 1000);
  assert.deepEqual(splitInstalments(1000, 0), []);
});

test("civil dates format per locale and never shift by time zone", () => {
  assert.equal(formatDate("2026-11-30", "sl"), "30. nov. 2026");
  assert.equal(formatDate("2026-11-30", "en"), "Nov 30, 2026");
  assert.equal(formatDate("2026-11-30", "pt-BR"), "30 de nov. de 2026");
  assert.equal(formatDate("not a date", "en"), "not a date");
});

test("months add by the calendar and clamp to the month's end", () => {
  assert.equal(addMonths("2026-11-28", 1), "2026-12-28");
  assert.equal(addMonths("2027-01-31", 1), "2027-02-28");
  assert.equal(addMonths("2026-12-15", 2), "2027-02-15");
  assert.equal(daysBetween("2026-11-23", "2027-05-22"), 180);
});

test("numbers and percentages follow the locale", () => {
  assert.equal(plain(formatNumber(1234567, "sl")), "1.234.567");
  assert.equal(formatNumber(1234567, "en"), "1,234,567");
  assert.equal(plain(formatPercent(0.3889, "sl")), "38,9 %");
  assert.equal(formatPercent(0.3889, "pt-BR"), "38,9%");
});

test("KPI days sum into months exactly, with the kept rate recomputed", async () => {
  const { rowsByMonth } = await import("../src/kpi.ts");
  const rows = rowsByMonth({
    by: "day",
    rows: [
      { day: "2026-10-31", calls: 5, right_party_contacts: 2, promises: 1, kept: 1, broken: 1, promised: [{ minor: 10, currency: "EUR" }], collected: [] },
      { day: "2026-11-18", calls: 72, right_party_contacts: 28, promises: 13, kept: 0, broken: 0, promised: [{ minor: 5196277, currency: "EUR" }], collected: [] },
      { day: "2026-11-20", calls: 28, right_party_contacts: 8, promises: 4, kept: 3, broken: 1, promised: [{ minor: 988553, currency: "EUR" }], collected: [{ minor: 4373978, currency: "EUR" }] },
    ],
  });
  assert.deepEqual(rows.map((r) => r.period), ["2026-10", "2026-11"]);
  assert.equal(rows[1].calls, 100);
  assert.deepEqual(rows[1].promised, [{ minor: 6184830, currency: "EUR" }]);
  assert.equal(rows[1].kept_rate, 0.75);
  assert.equal(rows[0].kept_rate, 0.5);
});
