// What an agreement proposed on the desktop asks of the client's floors (the `solutions`
// of the screen-pop). The server decides for real when the agreement is recorded; this
// shows the operator, while typing, which terms will need a supervisor's approval.
// Amounts are integer minor units; dates are civil "YYYY-MM-DD" strings, which compare
// correctly as text.
import { addMonths, splitInstalments } from "./format.ts";

export type AgreementKind = "promise" | "plan" | "settlement" | "extension";

export interface Proposal {
  kind: AgreementKind;
  amount: number | null; // minor units: promise amount, settlement sum, plan total
  date: string; // promise, settlement, extension
  instalments: number; // plan
  firstDate: string; // plan
  every: "month" | "week" | "2weeks";
}

// A floor the proposal is outside of, by the names the server uses (domain/policy_check);
// kind_not_allowed: the client's solutions do not offer this kind of agreement at all.
export type FloorBreach =
  | "kind_not_allowed"
  | "more_instalments_than_allowed"
  | "instalment_below_minimum"
  | "term_longer_than_allowed"
  | "settlement_below_floor"
  | "extension_longer_than_allowed";

export function scheduleOf(p: Proposal): { date: string; minor: number }[] {
  if (p.kind !== "plan" || p.amount === null || !p.firstDate || p.instalments < 1) return [];
  const parts = splitInstalments(p.amount, p.instalments);
  return parts.map((minor, i) => ({ date: stepDate(p.firstDate, p.every, i), minor }));
}

function stepDate(first: string, every: Proposal["every"], index: number): string {
  if (every === "month") return addMonths(first, index);
  const days = (every === "week" ? 7 : 14) * index;
  const date = new Date(Date.parse(first + "T00:00:00Z") + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

// Returns the floors the proposal breaks; empty when it is inside the client's limits.
export function breaches(p: Proposal, solutions: any): FloorBreach[] {
  const out: FloorBreach[] = [];
  const rule = solutions?.[p.kind];
  if (!rule) return ["kind_not_allowed"];
  if (p.kind === "promise") {
    if (p.amount !== null && p.amount < rule.min_amount.minor) out.push("instalment_below_minimum");
    if (p.date && p.date > rule.latest_date) out.push("term_longer_than_allowed");
  } else if (p.kind === "plan") {
    if (p.instalments > rule.max_instalments) out.push("more_instalments_than_allowed");
    const schedule = scheduleOf(p);
    if (schedule.some((s) => s.minor < rule.min_instalment.minor)) out.push("instalment_below_minimum");
    const last = schedule[schedule.length - 1];
    if (last && last.date > rule.latest_date) out.push("term_longer_than_allowed");
  } else if (p.kind === "settlement") {
    if (p.amount !== null && p.amount < rule.min_amount.minor) out.push("settlement_below_floor");
  } else if (p.kind === "extension") {
    if (p.date && p.date > rule.latest_date) out.push("extension_longer_than_allowed");
  }
  return out;
}
