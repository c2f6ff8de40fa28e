// KPI rows by month. The server's report may come by day only; then the days are summed
// into months here: counts add up, money adds up per currency (in minor units), and the
// kept rate is recomputed from the kept and broken counts rather than averaged.
import type { Money } from "./format.ts";

export interface KpiRow {
  period: string;
  calls: number;
  right_party_contacts: number;
  promises: number;
  agreements: number;
  kept: number;
  broken: number;
  promised: Money[];
  collected: Money[];
  kept_rate: number | null; // 0..1
}

function addMoney(into: Money[], add: Money[] | undefined): Money[] {
  const out = into.map((m) => ({ ...m }));
  for (const m of add ?? []) {
    const same = out.find((o) => o.currency === m.currency);
    if (same) same.minor = Number(BigInt(same.minor) + BigInt(m.minor));
    else out.push({ ...m });
  }
  return out;
}

function keptRate(kept: number, broken: number): number | null {
  return kept + broken === 0 ? null : kept / (kept + broken);
}

export function rowsByMonth(report: any): KpiRow[] {
  const by: string = report.by ?? "month";
  const months = new Map<string, KpiRow>();
  for (const row of report.rows ?? []) {
    const key = String(row[by] ?? row.month ?? row.day ?? "");
    const month = by === "day" ? key.slice(0, 7) : key;
    const into = months.get(month) ?? {
      period: month, calls: 0, right_party_contacts: 0, promises: 0, agreements: 0, kept: 0, broken: 0,
      promised: [], collected: [], kept_rate: null,
    };
    into.calls += row.calls ?? 0;
    into.right_party_contacts += row.right_party_contacts ?? 0;
    into.promises += row.promises ?? 0;
    into.agreements += row.agreements ?? 0;
    into.kept += row.kept ?? 0;
    into.broken += row.broken ?? 0;
    into.promised = addMoney(into.promised, row.promised);
    into.collected = addMoney(into.collected, row.collected);
    into.kept_rate = keptRate(into.kept, into.broken);
    months.set(month, into);
  }
  return [...months.values()].sort((a, b) => a.period.localeCompare(b.period));
}
