// The client portal: the creditor's own cases and their stage, a case's timeline with call
// minutes, agreements and payments, the KPI report by month with a chart, the claim file
// upload with its reject report, and CSV/PDF exports. The server scopes every answer to the
// client the user belongs to; the portal only ever asks about that client.
import { useState } from "preact/hooks";
import { api, ApiError, enc, type User } from "../api.ts";
import { formatNumber, formatPercent } from "../format.ts";
import { rowsByMonth, type KpiRow } from "../kpi.ts";
import { AgreementsPanel, BalancesPanel, DebtorPanel, PaymentsPanel, TimelinePanel, type CaseFile } from "../case.tsx";
import { BarChart } from "../chart.tsx";
import { label, locale, t } from "../i18n.ts";
import { navigate } from "../router.ts";
import { ErrorNote, Loaded, Moneys, NotAvailable, Panel, useHasRoute, useLoad } from "../ui.tsx";

export function Portal(props: { user: User; path: string }) {
  const client = props.user.client ?? "";
  const match = /^\/portal\/cases\/([^/]+)\/([^/]+)$/.exec(props.path);
  if (match) return <PortalCase client={decodeURIComponent(match[1])} refCode={decodeURIComponent(match[2])} />;
  return (
    <div class="portal">
      <OpenByReference client={client} />
      <CaseList client={client} />
      <KpiReport client={client} />
      <ClaimUpload client={client} />
      <Exports client={client} />
    </div>
  );
}

// Opens one of the client's cases by a debtor or claim reference (works without the list).
function OpenByReference(props: { client: string }) {
  const [ref, setRef] = useState("");
  return (
    <form class="open-case" id="open-by-ref"
      onSubmit={(e) => { e.preventDefault(); if (ref.trim()) navigate(`/portal/cases/${enc(props.client)}/${enc(ref.trim())}`); }}>
      <input aria-label={t("agent.reference")} placeholder={t("agent.reference")} value={ref}
        onInput={(e) => setRef((e.target as HTMLInputElement).value)} />
      <button type="submit">{t("agent.open")}</button>
    </form>
  );
}

function CaseList(props: { client: string }) {
  const [q, setQ] = useState("");
  const [offset, setOffset] = useState(0);
  const limit = 50;
  const [load] = useLoad<any>(
    "GET /api/cases",
    () => api.get<any>(`/api/cases?client=${enc(props.client)}&q=${enc(q)}&limit=${limit}&offset=${offset}`),
    [props.client, q, offset],
  );
  return (
    <Panel title={t("portal.cases")} id="cases"
      actions={<input type="search" aria-label={t("portal.search")} placeholder={t("portal.search")} value={q}
        onChange={(e) => { setOffset(0); setQ((e.target as HTMLInputElement).value); }} />}>
      <Loaded load={load} what="GET /api/cases">
        {(data) => (
          <>
            <table class="cases">
              <thead>
                <tr><th>{t("portal.debtor")}</th><th>{t("portal.ref")}</th><th>{t("case.stage")}</th><th>{t("portal.nextAction")}</th><th class="num">{t("portal.claims")}</th><th class="num">{t("bucket.open")}</th></tr>
              </thead>
              <tbody>
                {(data.cases ?? []).map((c: any) => (
                  <tr>
                    <td>
                      <a href={`/portal/cases/${enc(c.client)}/${enc(c.debtor_ref)}`}
                        onClick={(e) => { e.preventDefault(); navigate(`/portal/cases/${enc(c.client)}/${enc(c.debtor_ref)}`); }}>
                        {c.name}
                      </a>
                    </td>
                    <td>{c.debtor_ref}</td>
                    <td>{label("stage", c.stage)}</td>
                    <td>{typeof c.next_action === "string" ? label("stage", c.next_action) : c.next_action?.step ? label("stage", c.next_action.step) : "–"}</td>
                    <td class="num">{c.claims}</td>
                    <td class="num"><Moneys values={c.open} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p class="pager">
              {t("portal.shown", { from: data.total === 0 ? 0 : offset + 1, to: offset + (data.cases?.length ?? 0), total: data.total ?? 0 })}{" "}
              <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - limit))}>‹</button>
              <button type="button" disabled={offset + limit >= (data.total ?? 0)} onClick={() => setOffset(offset + limit)}>›</button>
            </p>
          </>
        )}
      </Loaded>
    </Panel>
  );
}

function PortalCase(props: { client: string; refCode: string }) {
  const [load] = useLoad<CaseFile>(null, () => api.get<CaseFile>(`/api/cases/${enc(props.client)}/${enc(props.refCode)}`), [props.client, props.refCode]);
  return (
    <div class="portal-case">
      <p><a href="/portal" onClick={(e) => { e.preventDefault(); navigate("/portal"); }}>← {t("portal.back")}</a></p>
      <Loaded load={load}>
        {(file) => (
          <div class="case-grid">
            <div class="column">
              <DebtorPanel file={file} showContacts={false} />
              <BalancesPanel file={file} />
              <AgreementsPanel agreements={file.agreements ?? []} />
              <PaymentsPanel file={file} />
            </div>
            <div class="column">
              <TimelinePanel file={file} />
            </div>
          </div>
        )}
      </Loaded>
    </div>
  );
}

function yearRange(): { from: string; to: string } {
  const now = new Date();
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  // Up to the month's last day: the server's clock may be ahead of the browser's.
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

function KpiReport(props: { client: string }) {
  const range = yearRange();
  const [load] = useLoad<KpiRow[]>(
    "GET /api/kpi",
    async () => {
      const base = `/api/kpi?from=${range.from}&to=${range.to}&client=${enc(props.client)}`;
      try {
        return rowsByMonth(await api.get<any>(`${base}&by=month`));
      } catch (error) {
        // A server without the monthly grouping answers 400: sum its days instead.
        if (!(error instanceof ApiError) || error.status !== 400) throw error;
        return rowsByMonth(await api.get<any>(`${base}&by=day`));
      }
    },
    [props.client],
  );
  return (
    <Panel title={t("portal.kpi")} id="kpi">
      <Loaded load={load} what="GET /api/kpi">
        {(rows) => rows.length === 0 ? <p class="muted no-activity">{t("portal.noActivity")}</p> : (
          <>
            <BarChart
              title={t("portal.kpiChart")}
              labels={rows.map((r) => r.period)}
              series={[
                { name: t("kpi.calls"), values: rows.map((r) => r.calls) },
                { name: t("kpi.rpc"), values: rows.map((r) => r.right_party_contacts) },
                { name: t("kpi.promises"), values: rows.map((r) => r.promises) },
              ]}
            />
            <table>
              <thead><tr><th>{t("kpi.period")}</th><th class="num">{t("kpi.calls")}</th><th class="num">{t("kpi.rpc")}</th><th class="num">{t("kpi.promises")}</th><th class="num">{t("kpi.promised")}</th><th class="num">{t("kpi.collected")}</th><th class="num">{t("kpi.keptRate")}</th></tr></thead>
              <tbody>
                {rows.map((r) => (
                  <tr>
                    <td>{r.period}</td><td class="num">{formatNumber(r.calls, locale())}</td><td class="num">{formatNumber(r.right_party_contacts, locale())}</td><td class="num">{formatNumber(r.promises, locale())}</td>
                    <td class="num"><Moneys values={r.promised} /></td><td class="num"><Moneys values={r.collected} /></td>
                    <td class="num">{r.kept_rate === null ? "–" : formatPercent(r.kept_rate, locale())}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Loaded>
    </Panel>
  );
}

function ClaimUpload(props: { client: string }) {
  const has = useHasRoute("POST", "/api/clients/{client}/claims");
  const [report, setReport] = useState<any>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem("file") as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      setReport(await api.upload<any>(`/api/clients/${enc(props.client)}/claims`, file, "text/csv"));
    } catch (err: any) {
      // A file with rejected rows may answer 400 with the report's rejects.
      if (err?.body?.rejects) setReport(err.body);
      else setError(err);
    } finally {
      setBusy(false);
    }
  };
  const rejects: any[] = Array.isArray(report?.rejects) ? report.rejects : [];
  return (
    <Panel title={t("portal.upload")} id="upload">
      {has === false ? (
        <NotAvailable what="POST /api/clients/{client}/claims" />
      ) : (
        <form onSubmit={submit}>
          <input type="file" name="file" accept=".csv,text/csv" aria-label={t("portal.claimFile")} />
          <button type="submit" disabled={busy}>{t("portal.send")}</button>
        </form>
      )}
      {error ? <ErrorNote error={error} /> : null}
      {report && (
        <div class="import-report" role="status">
          <p>{t("portal.imported", { rows: report.rows ?? 0, imported: report.imported ?? 0, rejected: report.rejected ?? rejects.length })}</p>
          {rejects.length > 0 && (
            <table class="rejects">
              <thead><tr><th>{t("portal.line")}</th><th>{t("portal.column")}</th><th>{t("portal.reason")}</th></tr></thead>
              <tbody>{rejects.map((r: any) => <tr><td>{r.line}</td><td>{r.column ?? ""}</td><td>{r.reason ?? r.message}</td></tr>)}</tbody>
            </table>
          )}
        </div>
      )}
    </Panel>
  );
}

function Exports(props: { client: string }) {
  const has = useHasRoute("GET", "/api/clients/{client}/report");
  const range = yearRange();
  const base = `/api/clients/${enc(props.client)}/report?from=${range.from}&to=${range.to}`;
  return (
    <Panel title={t("portal.exports")} id="exports">
      {has === false ? (
        <NotAvailable what="GET /api/clients/{client}/report" />
      ) : (
        <p>
          <a href={`${base}&format=csv`} download>{t("portal.csv")}</a> · <a href={`${base}&format=pdf`} download>{t("portal.pdf")}</a>
        </p>
      )}
    </Panel>
  );
}

