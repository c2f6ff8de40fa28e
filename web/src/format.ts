// Formatting of money, numbers and dates for one locale, through Intl only.
//
// Money travels as {minor, currency}: an integer count of the currency's minor units and an
// ISO 4217 code. Logic never turns it into a float: sums and comparisons are done on the
// integer (BigInt where a product could leave the safe range), decimal strings are parsed
// digit by digit, and only the final display goes through Intl.NumberFormat, which is
// handed an exact decimal string.

export interface Money {
  minor: number;
  currency: string;
}

export type Locale = "sl" | "en" | "pt-BR";

// Minor-unit digits per currency, as Intl knows them (EUR 2, JPY 0, BHD 3).
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
    .maximumFractionDigits ?? 2;
}

// The exact decimal text of an amount in minor units: 123456 EUR -> "1234.56".
export function minorToDecimal(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`not an integer amount: ${minor}`);
  const digits = minorDigits(currency);
  const negative = minor < 0;
  const text = String(Math.abs(minor)).padStart(digits + 1, "0");
  const whole = digits === 0 ? text : text.slice(0, text.length - digits);
  const fraction = digits === 0 ? "" : "." + text.slice(text.length - digits);
  return (negative ? "-" : "") + whole + fraction;
}

// Parses what a person typed ("1.234,56" in sl, "1,234.56" in en, "1234.5") into minor units.
// The locale's decimal separator decides; grouping separators are dropped. Returns null for
// anything that is not an amount with at most the currency's minor digits.
export function parseAmount(text: string, currency: string, locale: Locale): number | null {
  const decimal = decimalSeparator(locale);
  const group = decimal === "," ? "." : ",";
  let cleaned = text.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (cleaned === "") return null;
  // A single separator that is not the locale's but has 1-2 digits after it reads as the
  // decimal point ("12.5" typed on a Slovenian keyboard).
  if (!cleaned.includes(decimal) && cleaned.split(group).length === 2 &&
      /^\d+[.,]\d{1,2}$/.test(cleaned)) {
    cleaned = cleaned.replace(group, decimal);
  }
  cleaned = cleaned.split(group).join("");
  const match = new RegExp(`^(-?)(\\d+)(?:\\${decimal}(\\d*))?$`).exec(cleaned);
  if (!match) return null;
  const digits = minorDigits(currency);
  const fraction = match[3] ?? "";
  if (fraction.length > digits) return null;
  const minor = BigInt(match[2] + fraction.padEnd(digits, "0"));
  const value = match[1] === "-" ? -minor : minor;
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) return null;
  return Number(value);
}

// Parses the decimal strings the API prints for schedules ("493.38") into minor units.
export function decimalToMinor(text: string, currency: string): number | null {
  return parseAmount(text.replace(",", "."), currency, "en");
}

export function decimalSeparator(locale: Locale): string {
  const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === "decimal");
  return part?.value ?? ".";
}

export function formatMoney(money: Money, locale: Locale): string {
  const format = new Intl.NumberFormat(locale, { style: "currency", currency: money.currency });
  // An exact decimal string: Intl formats it without going through a binary float.
  return format.format(minorToDecimal(money.minor, money.currency) as unknown as number);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

// A share as a percentage: 0.4231 -> "42,3 %" in sl.
export function formatPercent(ratio: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(ratio);
}

// A civil date "YYYY-MM-DD" as the locale writes it; it is a day, not an instant, so it is
// formatted in UTC and never shifts by a time zone.
export function formatDate(civil: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(civil);
  if (!match) return civil;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

// An instant (ISO 8601 with Z) as date and time in `timeZone` (the viewer's by default).
export function formatDateTime(iso: string, locale: Locale, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

// Sums amounts of one currency exactly; null when the currencies differ.
export function sumMoney(amounts: Money[]): Money | null {
  if (amounts.length === 0) return null;
  const currency = amounts[0].currency;
  let total = 0n;
  for (const amount of amounts) {
    if (amount.currency !== currency) return null;
    total += BigInt(amount.minor);
  }
  return { minor: Number(total), currency };
}

// Splits a total into `count` equal instalments, the remainder in the last, as the server
// does for `agreement add --kind plan`.
export function splitInstalments(total: number, count: number): number[] {
  if (count < 1 || !Number.isSafeInteger(total)) return [];
  const each = Math.trunc(total / count);
  const parts = Array.from({ length: count }, () => each);
  parts[count - 1] = total - each * (count - 1);
  return parts;
}

// The date `months` calendar months after a civil date, clamped to the month's last day.
export function addMonths(civil: string, months: number): string {
  const [y, m, d] = civil.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

// Whole days from civil date `from` to `to` (negative when `to` is earlier).
export function daysBetween(from: string, to: string): number {
  const a = Date.parse(from + "T00:00:00Z");
  const b = Date.parse(to + "T00:00:00Z");
  return Math.round((b - a) / 86_400_000);
}
