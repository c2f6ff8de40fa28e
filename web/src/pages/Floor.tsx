// The supervisor floor: operators and today's KPIs against targets (GET /api/floor, pushed
// over the WebSocket /api/live when the server has it, else polled every 10 s), calls per
// hour as a chart, the dialer campaigns with their abandon rates against the cap (and
// Start/Pause for supervisors), the approvals queue, the strategy run preview, and editors for a
// client's strategy and scripts that show the server's validation messages.
import { useEffect, useState } from "preact/hooks";
import { api, enc, hasRoute, type User } from "../api.ts";
import { BarChart } from "../chart.tsx";
import { Breaches } from "../case.tsx";
import { decimalToMinor, formatMoney } from "../format.ts";
import { label, locale, t } from "../i18n.ts";
import { ErrorNote, Loaded, Moneys, NotAvailable, Panel, useHasRoute, useLoad, When, type Load } from "../ui.tsx";

export function Floor(props: { user: User }) {
  const canDecide = props.user.role === "supervisor" || props.user.role === "admin";
  return (
    <div class="floor">
      <FloorBoard />
      <Campaigns canChange={canDecide} />
      <Approvals canDecide={canDecide} />
      {canDecide && <StrategyPreview />}
      <Editors canEdit={canDecide} />
    </div>
  );
}

function useFloor(): [Load<any>, "live" | "polling" | null] {
  const [load, setLoad] = useState<Load<any>>({ state: "loading" });
  const [mode, setMode] = useState<"live" | "polling" | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    let socket: WebSocket | null = null;
    const poll = async () => {
      try {
        const data = await api.get<any>("/api/floor");
        if (!stopped) setLoad({ state: "ok", data });
      } catch (error) {
        if (!stopped) setLoad({ state: "error", error: error as Error });
      }
      if (!stopped) timer = window.setTimeout(poll, 10_000);
    };
    (async () => {
      if (!(await hasRoute("GET", "/api/floor"))) {
        setLoad({ state: "unavailable" });
        return;
      }
      // A first answer at once, whatever the socket does.
      api.get<any>("/api/floor").then(
        (data) => !stopped && setLoad((current) => (current.state === "ok" ? current : { state: "ok", data })),
        (error) => !stopped && setLoad((current) => (current.state === "ok" ? current : { state: "error", error })),
      );
      // The WebSocket is tried even when the OpenAPI document does not list it (an upgrade
      // may be answered outside the route table); a refusal falls back to polling.
      {
        const url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/api/live`;
        socket = new WebSocket(url);
        socket.onmessage = (event) => {
          try {
            const message = JSON.parse(event.data);
            if (message.type === "floor") {
              setLoad({ state: "ok", data: message });
              setMode("live");
            }
          } catch {
            // A message we do not understand is ignored; the next one replaces it.
          }
        };
        socket.onerror = socket.onclose = () => {
          if (stopped || socket === null) return;
          socket = null;
          setMode("polling");
          if (timer === undefined) poll();
        };
      }
    })();
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      socket?.close();
    };
  }, []);
  return [load, mode];
}

function FloorBoard() {
  const [load, mode] = useFloor();
  return (
    <>
      <Panel title={t("floor.operators")} id="operators" actions={mode && <span class="muted" id="floor-mode">{t(mode === "live" ? "floor.live" : "floor.polling")}</span>}>
        <Loaded load={load} what="GET /api/floor">
          {(floor) => (
            <table>
              <thead><tr><th>{t("floor.operator")}</th><th>{t("floor.team")}</th><th>{t("floor.state")}</th><th>{t("floor.since")}</th><th>{t("floor.case")}</th><th class="num">{t("kpi.calls")}</th><th class="num">{t("kpi.rpc")}</th><th class="num">{t("kpi.promises")}</th></tr></thead>
              <tbody>
                {(floor.operators ?? []).map((o: any) => (
                  <tr class={`op-state-${o.state}`}>
                    <td>{o.name} <span class="muted">{o.login}</span></td><td>{o.team ?? "–"}</td>
                    <td>{label("opState", o.state)}</td><td><When value={o.since} /></td>
                    <td>{o.case ? `${o.case.client} ${o.case.ref}` : "–"}</td>
                    <td class="num">{o.calls_today}</td><td class="num">{o.rpc_today}</td><td class="num">{o.promises_today}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Loaded>
      </Panel>
      <Panel title={t("floor.today")} id="kpi-today">
        <Loaded load={load} what="GET /api/floor">
          {(floor) => <KpiVsTargets floor={floor} />}
        </Loaded>
      </Panel>
    </>
  );
}

const kpiFields: { key: string; name: "kpi.calls" | "kpi.rpc" | "kpi.promises" | "kpi.agreements" }[] = [
  { key: "calls", name: "kpi.calls" },
  { key: "right_party_contacts", name: "kpi.rpc" },
  { key: "promises", name: "kpi.promises" },
  { key: "agreements", name: "kpi.agreements" },
];

// Today's target for a KPI: the targets are per day, by team or by client
// ({scope, name, calls_per_day, agreements_per_day}); the floor's target is the sum of the
// teams' targets, or of the clients' when no team has one.
function targetOf(targets: any[], key: string): number | null {
  const field = key === "calls" ? "calls_per_day" : key === "agreements" ? "agreements_per_day" : null;
  if (!field) return null;
  const teams = (targets ?? []).filter((target) => target.scope === "team" && typeof target[field] === "number");
  const chosen = teams.length ? teams : (targets ?? []).filter((target) => typeof target[field] === "number");
  if (chosen.length === 0) return null;
  return chosen.reduce((sum, target) => sum + target[field], 0);
}

function KpiVsTargets(props: { floor: any }) {
  const totals = props.floor.kpi_today ?? {};
  const hourly: any[] = props.floor.hourly ?? [];
  return (
    <>
      <table class="kpi-targets">
        <thead><tr><th>KPI</th><th class="num">{t("floor.actual")}</th><th class="num">{t("floor.target")}</th><th /></tr></thead>
        <tbody>
          {kpiFields.map((f) => {
            const actual = Number(totals[f.key] ?? 0);
            const target = targetOf(props.floor.targets, f.key);
            return (
              <tr>
                <td>{t(f.name)}</td><td class="num">{actual}</td><td class="num">{target ?? "–"}</td>
                <td>{target ? <meter min={0} max={target} value={actual} /> : null}</td>
              </tr>
            );
          })}
          <tr><td>{t("kpi.promised")}</td><td class="num"><Moneys values={totals.promised} /></td><td /><td /></tr>
          <tr><td>{t("kpi.collected")}</td><td class="num"><Moneys values={totals.collected} /></td><td /><td /></tr>
        </tbody>
      </table>
      <BarChart
        title={t("floor.perHour")}
        labels={hourly.map((h) => h.hour)}
        series={[
          { name: t("kpi.calls"), values: hourly.map((h) => h.calls ?? 0) },
          { name: t("kpi.rpc"), values: hourly.map((h) => h.rpc ?? 0) },
          { name: t("kpi.promises"), values: hourly.map((h) => h.promises ?? 0) },
        ]}
      />
    </>
  );
}

// A share as the API gives it (0.025) as a percentage ("2.5 %"); "–" when there is none.
function percent(share: number | null | undefined): string {
  if (share === null || share === undefined) return "–";
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(share * 100)} %`;
}

function Campaigns(props: { canChange: boolean }) {
  const [load, reload] = useLoad<any[]>("GET /api/campaigns", () => api.get<any[]>("/api/campaigns"), []);
  const [error, setError] = useState<unknown>(null);
  const change = async (id: number, action: "start" | "pause") => {
    setError(null);
    try {
      await api.post(`/api/campaigns/${id}/${action}`, {});
      reload();
    } catch (err) {
      setError(err);
    }
  };
  // A server without campaigns shows no panel rather than an empty one.
  if (load.state === "unavailable") return null;
  return (
    <Panel title={t("campaigns.title")} id="campaigns" actions={<button type="button" onClick={reload}>{t("common.refresh")}</button>}>
      {error ? <ErrorNote error={error} /> : null}
      <Loaded load={load} what="GET /api/campaigns">
        {(items) =>
          items.length === 0 ? (
            <p class="muted">{t("campaigns.empty")}</p>
          ) : (
            <table class="campaigns">
              <thead>
                <tr>
                  <th>{t("campaigns.name")}</th>
                  <th>{t("campaigns.state")}</th>
                  <th>{t("campaigns.mode")}</th>
                  <th class="num">{t("campaigns.rate24h")}</th>
                  <th class="num">{t("campaigns.rate30d")}</th>
                  <th class="num">{t("campaigns.cap")}</th>
                  {props.canChange && <th />}
                </tr>
              </thead>
              <tbody>
                {items.map((c) => {
                  const over = (rate: number | null) => rate !== null && rate > c.abandon_cap;
                  return (
                    <tr class="campaign" data-id={c.id} data-state={c.state}>
                      <td>{c.name}</td>
                      <td>{label("campaignState", c.state)}</td>
                      <td>{label("campaignMode", c.mode)}</td>
                      <td class={over(c.abandon_rate_24h) ? "num over-cap" : "num"} title={over(c.abandon_rate_24h) ? t("campaigns.overCap") : undefined}>
                        {percent(c.abandon_rate_24h)}
                      </td>
                      <td class={over(c.abandon_rate_30d) ? "num over-cap" : "num"} title={over(c.abandon_rate_30d) ? t("campaigns.overCap") : undefined}>
                        {percent(c.abandon_rate_30d)}
                      </td>
                      <td class="num">{percent(c.abandon_cap)}</td>
                      {props.canChange && (
                        <td>
                          {c.state === "running" && (
                            <button type="button" class="pause" onClick={() => change(c.id, "pause")}>{t("campaigns.pause")}</button>
                          )}
                          {(c.state === "created" || c.state === "paused") && (
                            <button type="button" class="start" onClick={() => change(c.id, "start")}>{t("campaigns.start")}</button>
                          )}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </Panel>
  );
}

function Approvals(props: { canDecide: boolean }) {
  const [load, reload] = useLoad<any[]>("GET /api/approvals", () => api.get<any[]>("/api/approvals"), []);
  const [error, setError] = useState<unknown>(null);
  const [reasons, setReasons] = useState<Record<number, string>>({});
  const decide = async (id: number, decision: "approve" | "reject") => {
    setError(null);
    const reason = (reasons[id] ?? "").trim();
    try {
      await api.post(`/api/approvals/${id}/${decision}`, reason ? { reason } : {});
      reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Panel title={t("approvals.title")} id="approvals" actions={<button type="button" onClick={reload}>{t("common.refresh")}</button>}>
      {error ? <ErrorNote error={error} /> : null}
      <Loaded load={load} what="GET /api/approvals">
        {(items) =>
          items.length === 0 ? (
            <p class="muted">{t("approvals.empty")}</p>
          ) : (
            <ul class="approvals">
              {items.map((a) => (
                <li class="approval" data-id={a.id}>
                  <strong>{label("kind", a.kind)}</strong> · {a.client} {a.claim} · {a.operator} · <When value={a.created_at} />
                  {decimalMoney(a.terms?.total ?? a.terms?.amount, a.schedule?.[0]?.currency)}
                  <Breaches floors={a.outside_floors ?? []} />
                  {props.canDecide && (
                    <span class="decide">
                      <button type="button" class="approve" onClick={() => decide(a.id, "approve")}>{t("approvals.approve")}</button>
                      <input class="reason" aria-label={t("approvals.reason")} placeholder={t("approvals.reason")} value={reasons[a.id] ?? ""}
                        onInput={(e) => setReasons({ ...reasons, [a.id]: (e.target as HTMLInputElement).value })} />
                      <button type="button" class="reject" disabled={!(reasons[a.id] ?? "").trim()} onClick={() => decide(a.id, "reject")}>
                        {t("approvals.reject")}
                      </button>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </Panel>
  );
}

// " · 4.000,00 €" from the decimal strings approvals carry ("4000.00", "EUR").
function decimalMoney(amount: string | undefined, currency: string | undefined) {
  if (!amount || !currency) return null;
  const minor = decimalToMinor(amount, currency);
  return minor === null ? ` · ${amount} ${currency}` : ` · ${formatMoney({ minor, currency }, locale())}`;
}

function useClients() {
  return useLoad<any[]>("GET /api/clients", () => api.get<any[]>("/api/clients"), []);
}

function StrategyPreview() {
  const has = useHasRoute("POST", "/api/strategy/preview");
  const [clients] = useClients();
  const [client, setClient] = useState("");
  const [report, setReport] = useState<any>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setError(null);
    try {
      setReport(await api.post<any>("/api/strategy/preview", client ? { client } : {}));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Panel title={t("strategy.preview")} id="preview">
      {has === false ? (
        <NotAvailable what="POST /api/strategy/preview" />
      ) : (
        <>
          <ClientSelect clients={clients} value={client} onChange={setClient} allowAll />
          <button type="button" onClick={run}>{t("strategy.runPreview")}</button>
          {error ? <ErrorNote error={error} /> : null}
          {report && (
            <div class="preview-report">
              {report.sentence && <p class="sentence">{report.sentence}</p>}
              <pre>{JSON.stringify(report, null, 2).slice(0, 4000)}</pre>
            </div>
          )}
        </>
      )}
    </Panel>
  );
}

function ClientSelect(props: { clients: Load<any[]>; value: string; onChange: (v: string) => void; allowAll?: boolean }) {
  const list = props.clients.state === "ok" ? props.clients.data : [];
  return (
    <select aria-label={t("agent.client")} value={props.value} onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}>
      {props.allowAll && <option value="">{t("strategy.allClients")}</option>}
      {!props.allowAll && <option value="">–</option>}
      {list.map((c) => <option value={c.code}>{c.code} · {c.name}</option>)}
    </select>
  );
}

function Editors(props: { canEdit: boolean }) {
  const [clients] = useClients();
  const [client, setClient] = useState("");
  return (
    <Panel title={t("editors.title")} id="editors" actions={<ClientSelect clients={clients} value={client} onChange={setClient} />}>
      {client ? (
        <div class="editors">
          <StrategyEditor client={client} canEdit={props.canEdit} />
          <ScriptEditor client={client} canEdit={props.canEdit} />
        </div>
      ) : (
        <p class="muted">{t("editors.chooseClient")}</p>
      )}
    </Panel>
  );
}

function StrategyEditor(props: { client: string; canEdit: boolean }) {
  const [load] = useLoad<any>("GET /api/clients/{client}/strategy", () => api.get<any>(`/api/clients/${enc(props.client)}/strategy`), [props.client]);
  const [text, setText] = useState<string | null>(null);
  const [message, setMessage] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setText(null), [props.client]);
  const save = async () => {
    setMessage(null);
    setSaved(false);
    let document: unknown;
    try {
      document = JSON.parse(text ?? "");
    } catch (err) {
      setMessage(new Error(t("editors.badJson", { detail: String((err as Error).message) })));
      return;
    }
    try {
      await api.put(`/api/clients/${enc(props.client)}/strategy`, document);
      setSaved(true);
    } catch (err) {
      setMessage(err);
    }
  };
  return (
    <div class="editor" id="strategy-editor">
      <h3>{t("editors.strategy")}</h3>
      <Loaded load={load} what="GET /api/clients/{client}/strategy">
        {(strategy) => (
          <>
            <textarea rows={16} spellcheck={false} aria-label={t("editors.strategy")} readOnly={!props.canEdit}
              value={text ?? JSON.stringify(strategy, null, 2)} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
            {props.canEdit && <button type="button" onClick={save} disabled={text === null}>{t("editors.save")}</button>}
            {saved && <p class="ok" role="status">{t("editors.saved")}</p>}
            {message ? <ErrorNote error={message} /> : null}
          </>
        )}
      </Loaded>
    </div>
  );
}

function ScriptEditor(props: { client: string; canEdit: boolean }) {
  const [load] = useLoad<any>("GET /api/clients/{client}/scripts", () => api.get<any>(`/api/clients/${enc(props.client)}/scripts`), [props.client]);
  const [chosen, setChosen] = useState(0);
  const [text, setText] = useState<string | null>(null);
  const [message, setMessage] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => { setText(null); setChosen(0); }, [props.client]);
  return (
    <div class="editor" id="script-editor">
      <h3>{t("editors.scripts")}</h3>
      <Loaded load={load} what="GET /api/clients/{client}/scripts">
        {(data) => {
          const scripts: any[] = Array.isArray(data) ? data : data.scripts ?? [];
          const script = scripts[chosen];
          const save = async () => {
            setMessage(null);
            setSaved(false);
            let body: unknown;
            try {
              body = JSON.parse(text ?? "");
            } catch (err) {
              setMessage(new Error(t("editors.badJson", { detail: String((err as Error).message) })));
              return;
            }
            try {
              await api.put(`/api/clients/${enc(props.client)}/scripts/${enc(script.step)}/${enc(script.language)}`, body);
              setSaved(true);
            } catch (err) {
              setMessage(err);
            }
          };
          return scripts.length === 0 ? (
            <p class="muted">{t("editors.noScripts")}</p>
          ) : (
            <>
              <select aria-label={t("editors.scripts")} value={chosen} onChange={(e) => { setChosen(Number((e.target as HTMLSelectElement).value)); setText(null); }}>
                {scripts.map((s, i) => <option value={i}>{label("stage", s.step)} · {s.language} · v{s.version}</option>)}
              </select>
              <textarea rows={16} spellcheck={false} aria-label={t("editors.scriptText")} readOnly={!props.canEdit}
                value={text ?? JSON.stringify(script.script ?? script, null, 2)} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
              {props.canEdit && <button type="button" onClick={save} disabled={text === null}>{t("editors.save")}</button>}
              {saved && <p class="ok" role="status">{t("editors.saved")}</p>}
              {message ? <ErrorNote error={message} /> : null}
            </>
          );
        }}
      </Loaded>
    </div>
  );
}


