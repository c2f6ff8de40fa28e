// Message catalogs (sl, en, pt-BR) and the current locale. Slovenian is the default: the
// agency works in Slovenia. The choice is kept in localStorage; the html lang attribute
// follows it. A missing key falls back to English, then to the key itself.
import { en } from "./messages/en.ts";
import { sl } from "./messages/sl.ts";
import { ptBR } from "./messages/pt-BR.ts";
import type { Locale } from "./format.ts";

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;

export const catalogs: Record<Locale, Catalog> = { sl, en, "pt-BR": ptBR };
export const localeNames: Record<Locale, string> = { sl: "Slovenščina", en: "English", "pt-BR": "Português (Brasil)" };

let current: Locale = initialLocale();

function initialLocale(): Locale {
  const stored = typeof localStorage !== "undefined" ? localStorage.getItem("duecall.locale") : null;
  if (stored === "sl" || stored === "en" || stored === "pt-BR") return stored;
  return "sl";
}

export function locale(): Locale {
  return current;
}

export function setLocale(next: Locale): void {
  current = next;
  try {
    localStorage.setItem("duecall.locale", next);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page only.
  }
  if (typeof document !== "undefined") document.documentElement.lang = next;
}

// The message for `key` with {name} placeholders filled from `params`.
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogs[current][key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

// A code from the API (an outcome, a stage, a floor) in words when the catalog knows it.
export function label(prefix: string, code: string | null | undefined): string {
  if (!code) return "–";
  const key = `${prefix}.${code}` as MessageKey;
  return catalogs[current][key] ?? en[key] ?? code.replace(/_/g, " ");
}
