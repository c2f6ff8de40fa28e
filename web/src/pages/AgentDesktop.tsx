// The agent desktop: take the next case from the work queue, see the screen-pop (debtor,
// balances, payments, agreements, timeline), read the script with its objections, record the
// outcome with an agreement built against the client's floors, and work the to-do list.
// Keyboard: N next case, 1-6 the contact result, P promise, L plan, S settlement,
// C callback, R refusal, D dispute (not while typing in a field).
import { useEffect, useRef, useState } from "preact/hooks";
import { api, ApiError, enc, type User } from "../api.ts";
import { AgreementsPanel, BalancesPanel, Breaches, DebtorPanel, PaymentsPanel, TimelinePanel, type CaseFile } from "../case.tsx";
import { formatDate, formatMoney, minorToDecimal, parseAmount } from "../format.ts";
import { label, locale, t } from "../i18n.ts";
import { breaches, scheduleOf, type AgreementKind, type Proposal } from "../policy.ts";
import { Day, ErrorNote, Loaded, Money, NotAvailable, Panel, useHasRoute, useLoad, When } from "../ui.tsx";

const results = ["no_answer", "busy", "voicemail", "wrong_number", "third_party", "right_party"] as const;
const outcomes = ["promise", "plan", "settlement", "extension", "dispute", "refusal", "callback", "already_paid", "hardship"] as const;
const agreementKinds: readonly string[] = ["promise", "plan", "settlement", "extension"];

export function AgentDesktop(props: { user: User }) {
  const [item, setItem] = useState<any | null>(null);
  const [queueMessage, setQueueMessage] = useState("");
  const [caseKey, setCaseKey] = useState<{ client: string; ref: string } | null>(null);
  const [file, setFile] = useState<CaseFile | null>(null);
  const [caseError, setCaseError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const outcomeRef = useRef<OutcomeControls>(null);

  const nextCase = async () => {
    setQueueMessage("");
    try {
      const answer = await api.post<{ item: any }>("/api/queue/next", {});
      setItem(answer.item);
      if (answer.item) setCaseKey({ client: answer.item.client, ref: answer.item.debtor_ref });
      else setQueueMessage(t("agent.queueEmpty"));
    } catch (error) {
      setQueueMessage(error instanceof ApiError ? `${error.status}: ${error.detail}` : String(error));
    }
  };

  useEffect(() => {
    if (!caseKey) return;
    setCaseError(null);
    api
      .get<CaseFile>(`/api/cases/${enc(caseKey.client)}/${enc(caseKey.ref)}`)
      .then(setFile)
      .catch((error) => {
        setFile(null);
        setCaseError(error);
      });
  }, [caseKey?.client, caseKey?.ref, version]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
      const key = e.key.toLowerCase();
      if (key === "n") {
        e.preventDefault();
        nextCase();
        return;
      }
      outcomeRef.current?.shortcut(key) && e.preventDefault();
    };
    addEventListener("keydown", onKey);
    return () => removeEventListener("keydown", onKey);
  }, []);

  return (
    <div class="desktop">
      <div class="toolbar">
        <button type="button" class="primary" id="next-case" onClick={nextCase} title="N">
          {t("agent.nextCase")} <kbd>N</kbd>
        </button>
        <OpenCase onOpen={(client, ref) => { setItem(null); setCaseKey({ client, ref }); }} />
        {queueMessage && <span class="note" role="status">{queueMessage}</span>}
        {item && (
          <span class="work-item" role="status">
            {label("tier", item.rank?.tier)} · {item.debtor_name} · <Money value={item.total_due} /> · {t("agent.leaseUntil")}{" "}
            <When value={item.lease_until} />
          </span>
        )}
      </div>
      <p class="shortcuts muted">{t("agent.shortcuts")}</p>
      {caseError ? <ErrorNote error={caseError} /> : null}
      {file && (
        <div class="case-grid">
          <div class="column">
            <DebtorPanel file={file} showContacts />
            <BalancesPanel file={file} />
            <PaymentsPanel file={file} />
            <AgreementsPanel agreements={file.agreements ?? []} />
            <TimelinePanel file={file} />
          </div>
          <div class="column">
            <ScriptPanel file={file} operatorName={props.user.name} />
            <OutcomeForm file={file} controls={outcomeRef} onRecorded={() => setVersion((v) => v + 1)} />
          </div>
        </div>
      )}
      {!file && !caseError && <p class="muted">{t("agent.noCase")}</p>}
      <TodoPanel user={props.user} onOpen={(client, ref) => setCaseKey({ client, ref })} />
    </div>
  );
}

function OpenCase(props: { onOpen: (client: string, ref: string) => void }) {
  const [client, setClient] = useState("");
  const [ref, setRef] = useState("");
  return (
    <form class="open-case" onSubmit={(e) => { e.preventDefault(); if (client && ref) props.onOpen(client.trim(), ref.trim()); }}>
      <input aria-label={t("agent.client")} placeholder={t("agent.client")} size={5} value={client}
        onInput={(e) => setClient((e.target as HTMLInputElement).value)} />
      <input aria-label={t("agent.reference")} placeholder={t("agent.reference")} size={14} value={ref}
        onInput={(e) => setRef((e.target as HTMLInputElement).value)} />
      <button type="submit">{t("agent.open")}</button>
    </form>
  );
}

// The server fills the script with the agency's facts; the operator's own name is the
// signed-in user's, so a placeholder the server left for it is filled here.
function fillOperator(text: string, name: string): string {
  return text.split("[operator.name]").join(name);
}

function ScriptPanel(props: { file: CaseFile; operatorName: string }) {
  const script = props.file.script;
  const say = (text: string) => fillOperator(text, props.operatorName);
  const [objection, setObjection] = useState<number | null>(null);
  useEffect(() => setObjection(null), [props.file.case?.id]);
  if (!script?.available) {
    return (
      <Panel title={t("script.title")} id="script">
        <p class="muted">{script?.note ?? t("script.none")}</p>
      </Panel>
    );
  }
  const missing: string[] = (script.missing_facts ?? []).filter((f: string) => f !== "operator.name");
  const objectionPart = (script.parts ?? []).find((p: any) => p.part === "objections");
  const objections: any[] = objectionPart?.objections ?? [];
  return (
    <Panel title={`${t("script.title")} · ${label("stage", script.step)} · ${script.language}`} id="script">
      {missing.length > 0 && <p class="warning">{t("script.missing", { facts: missing.join(", ") })}</p>}
      {(script.parts ?? [])
        .filter((p: any) => p.part !== "objections")
        .map((p: any) => (
          <div class={`script-part part-${p.part}`}>
            <h3>{label("part", p.part)}</h3>
            {(p.lines ?? []).map((line: any) => (
              <p class={line.text.startsWith("(") ? "stage-direction" : "say"} title={line.required_by ?? ""}>
                {say(line.text)}
              </p>
            ))}
          </div>
        ))}
      {objections.length > 0 && (
        <div class="objections">
          <h3>{label("part", "objections")}</h3>
          <div class="objection-buttons">
            {objections.map((o, i) => (
              <button type="button" class={objection === i ? "active" : ""} aria-pressed={objection === i}
                onClick={() => setObjection(objection === i ? null : i)}>
                {o.objection}
              </button>
            ))}
          </div>
          {objection !== null && (
            <div class="objection-response" role="region" aria-label={t("script.response")}>
              {objections[objection].responses.map((r: string) => <p class="say">{say(r)}</p>)}
            </div>
          )}
        </div>
      )}
    </Panel>
  );
}

export interface OutcomeControls {
  shortcut(key: string): boolean;
}

function today(file: CaseFile): string {
  return file.today ?? new Date().toISOString().slice(0, 10);
}

function OutcomeForm(props: { file: CaseFile; controls: { current: OutcomeControls | null }; onRecorded: () => void }) {
  const file = props.file;
  const currency: string = file.claims?.[0]?.open?.total?.currency ?? file.solutions?.balance?.currency ?? "EUR";
  const openClaims = (file.claims ?? []).filter((c: any) => c.status === "open");
  const hasContacts = useHasRoute("POST", "/api/cases/{client}/{ref}/contacts");
  const hasAgreements = useHasRoute("POST", "/api/cases/{client}/{ref}/agreements");
  const [claim, setClaim] = useState<string>(openClaims[0]?.client_ref ?? "");
  const [result, setResult] = useState<string>("right_party");
  const [outcome, setOutcome] = useState<string>("promise");
  const [amountText, setAmountText] = useState("");
  const [date, setDate] = useState("");
  const [instalments, setInstalments] = useState(3);
  const [firstDate, setFirstDate] = useState("");
  const [every, setEvery] = useState<Proposal["every"]>("month");
  const [callbackAt, setCallbackAt] = useState("");
  const [spokeWith, setSpokeWith] = useState("");
  const [identityVerified, setIdentityVerified] = useState(true);
  const [summary, setSummary] = useState("");
  const [notes, setNotes] = useState("");
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<{ contact?: any; agreement?: any } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    setClaim(openClaims[0]?.client_ref ?? "");
    setAnswer(null);
    setError(null);
    setAmountText("");
    setDate("");
    setFirstDate("");
  }, [file.case?.id]);

  props.controls.current = {
    shortcut(key: string) {
      const byDigit = Number(key);
      if (byDigit >= 1 && byDigit <= results.length) {
        setResult(results[byDigit - 1]);
        return true;
      }
      const byLetter: Record<string, string> = { p: "promise", l: "plan", s: "settlement", c: "callback", r: "refusal", d: "dispute" };
      if (byLetter[key]) {
        setResult("right_party");
        setOutcome(byLetter[key]);
        return true;
      }
      return false;
    },
  };

  const isAgreement = result === "right_party" && agreementKinds.includes(outcome);
  const amount = parseAmount(amountText, currency, locale());
  const proposal: Proposal = { kind: outcome as AgreementKind, amount, date, instalments, firstDate, every };
  const broken = isAgreement ? breaches(proposal, file.solutions) : [];
  const schedule = isAgreement && outcome === "plan" ? scheduleOf(proposal) : [];

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setAnswer(null);
    const base = `/api/cases/${enc(file.case.client)}/${enc(claim)}`;
    try {
      const contactBody: Record<string, unknown> = { channel: "call", result };
      if (result === "right_party") {
        contactBody.outcome = outcome;
        contactBody.identity_verified = identityVerified;
        if (spokeWith) contactBody.spoke_with = spokeWith;
        if (summary) contactBody.summary = summary;
        if (notes) contactBody.notes = notes;
        if (outcome === "callback" && callbackAt) contactBody.callback_at = new Date(callbackAt).toISOString();
      }
      const contact = await api.post<any>(`${base}/contacts`, contactBody);
      let agreement: any = undefined;
      if (isAgreement && hasAgreements) {
        const body: Record<string, unknown> = { kind: outcome };
        if (outcome === "plan") {
          if (amount !== null) body.amount = minorToDecimal(amount, currency);
          body.instalments = instalments;
          if (firstDate) body.first_date = firstDate;
          body.every = every;
        } else {
          if (amount !== null && outcome !== "extension") body.amount = minorToDecimal(amount, currency);
          if (date) body.date = date;
        }
        agreement = await api.post<any>(`${base}/agreements`, body);
      }
      setAnswer({ contact, agreement });
      props.onRecorded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (hasContacts === false) {
    return (
      <Panel title={t("outcome.title")} id="outcome">
        <NotAvailable what="POST /api/cases/{client}/{ref}/contacts" />
      </Panel>
    );
  }
  const sol = file.solutions ?? {};
  return (
    <Panel title={t("outcome.title")} id="outcome">
      <form class="outcome-form" onSubmit={submit}>
        <label>
          {t("case.claim")}
          <select name="claim" value={claim} onChange={(e) => setClaim((e.target as HTMLSelectElement).value)}>
            {openClaims.map((c: any) => (
              <option value={c.client_ref}>{c.client_ref} · {formatMoney(c.open.total, locale())}</option>
            ))}
          </select>
        </label>
        <fieldset class="results">
          <legend>{t("outcome.result")}</legend>
          {results.map((r, i) => (
            <label class="chip">
              <input type="radio" name="result" value={r} checked={result === r} onChange={() => setResult(r)} />
              {label("result", r)} <kbd>{i + 1}</kbd>
            </label>
          ))}
        </fieldset>
        {result === "right_party" && (
          <>
            <label>
              {t("outcome.outcome")}
              <select name="outcome" value={outcome} onChange={(e) => setOutcome((e.target as HTMLSelectElement).value)}>
                {outcomes.map((o) => <option value={o}>{label("oc", o)}</option>)}
              </select>
            </label>
            {outcome === "callback" && (
              <label>
                {t("outcome.callbackAt")}
                <input type="datetime-local" name="callback_at" value={callbackAt} required
                  onInput={(e) => setCallbackAt((e.target as HTMLInputElement).value)} />
              </label>
            )}
            {isAgreement && (
              <fieldset class="agreement-builder">
                <legend>{t("agreement.builder")}</legend>
                <p class="floors" id="floors">
                  {outcome === "promise" && sol.promise && t("limits.promise", { min: formatMoney(sol.promise.min_amount, locale()), latest: formatDate(sol.promise.latest_date, locale()) })}
                  {outcome === "plan" && sol.plan && t("limits.plan", { max: sol.plan.max_instalments, min: formatMoney(sol.plan.min_instalment, locale()), latest: formatDate(sol.plan.latest_date, locale()) })}
                  {outcome === "settlement" && sol.settlement && t("limits.settlement", { percent: sol.settlement.floor_percent, min: formatMoney(sol.settlement.min_amount, locale()) })}
                  {outcome === "extension" && sol.extension && t("limits.extension", { latest: formatDate(sol.extension.latest_date, locale()) })}
                  {!sol[outcome] && t("limits.none")}
                </p>
                {outcome !== "extension" && (
                  <label>
                    {outcome === "plan" ? t("agreement.total") : t("case.amount")} ({currency})
                    <input name="amount" inputMode="decimal" value={amountText} required
                      aria-invalid={amountText !== "" && amount === null}
                      onInput={(e) => setAmountText((e.target as HTMLInputElement).value)} />
                  </label>
                )}
                {outcome === "plan" ? (
                  <>
                    <label>
                      {t("agreement.instalments")}
                      <input name="instalments" type="number" min={1} max={120} value={instalments}
                        onInput={(e) => setInstalments(Number((e.target as HTMLInputElement).value) || 1)} />
                    </label>
                    <label>
                      {t("agreement.firstDate")}
                      <input name="first_date" type="date" min={today(file)} value={firstDate} required
                        onInput={(e) => setFirstDate((e.target as HTMLInputElement).value)} />
                    </label>
                    <label>
                      {t("agreement.every")}
                      <select name="every" value={every} onChange={(e) => setEvery((e.target as HTMLSelectElement).value as Proposal["every"])}>
                        <option value="month">{t("agreement.month")}</option>
                        <option value="2weeks">{t("agreement.2weeks")}</option>
                        <option value="week">{t("agreement.week")}</option>
                      </select>
                    </label>
                    {schedule.length > 0 && (
                      <ol class="schedule">
                        {schedule.map((s) => <li><Day value={s.date} />: {formatMoney({ minor: s.minor, currency }, locale())}</li>)}
                      </ol>
                    )}
                  </>
                ) : (
                  <label>
                    {t("agreement.date")}
                    <input name="date" type="date" min={today(file)} value={date} required
                      onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
                  </label>
                )}
                <p class={broken.length ? "needs-approval" : "within-floors"} id="approval-state" role="status">
                  {broken.length ? t("agreement.needsApproval") : t("agreement.withinFloors")}
                </p>
                {broken.length > 0 && <ul class="breaches">{broken.map((b) => <li>{label("breach", b)}</li>)}</ul>}
                {hasAgreements === false && <NotAvailable what="POST /api/cases/{client}/{ref}/agreements" />}
              </fieldset>
            )}
            <label>
              {t("outcome.spokeWith")}
              <input name="spoke_with" value={spokeWith} onInput={(e) => setSpokeWith((e.target as HTMLInputElement).value)} />
            </label>
            <label class="inline">
              <input type="checkbox" name="identity_verified" checked={identityVerified}
                onChange={(e) => setIdentityVerified((e.target as HTMLInputElement).checked)} />
              {t("outcome.identityVerified")}
            </label>
            <label>
              {t("outcome.summary")}
              <textarea name="summary" rows={2} value={summary} onInput={(e) => setSummary((e.target as HTMLTextAreaElement).value)} />
            </label>
            <label>
              {t("outcome.notes")}
              <textarea name="notes" rows={2} value={notes} onInput={(e) => setNotes((e.target as HTMLTextAreaElement).value)} />
            </label>
          </>
        )}
        <button type="submit" class="primary" disabled={busy || !claim}>{t("outcome.record")}</button>
      </form>
      {error ? <ErrorNote error={error} /> : null}
      {answer && (
        <div class="recorded" role="status" id="recorded">
          <p>{t("outcome.recorded")}</p>
          {answer.agreement && (
            <p class={`agreement-state state-${answer.agreement.state}`}>
              {label("kind", answer.agreement.kind)}: {label("state", answer.agreement.state)}
              <Breaches floors={answer.agreement.outside_floors ?? []} />
            </p>
          )}
        </div>
      )}
    </Panel>
  );
}

function TodoPanel(props: { user: User; onOpen: (client: string, ref: string) => void }) {
  const [load, reload] = useLoad<any[]>("GET /api/todo", () => api.get<any[]>("/api/todo"), []);
  const [error, setError] = useState<unknown>(null);
  const [outcomes, setOutcomes] = useState<Record<number, string>>({});
  const done = async (id: number) => {
    const outcome = (outcomes[id] ?? "").trim();
    if (!outcome) return;
    try {
      await api.post(`/api/todo/${id}/done`, { outcome });
      reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Panel title={t("todo.title")} id="todo" actions={<button type="button" onClick={reload}>{t("common.refresh")}</button>}>
      {error ? <ErrorNote error={error} /> : null}
      <Loaded load={load} what="GET /api/todo">
        {(items) =>
          items.length === 0 ? (
            <p class="muted">{t("todo.empty")}</p>
          ) : (
            <table>
              <thead><tr><th>{t("todo.due")}</th><th>{t("todo.kind")}</th><th>{t("case.claim")}</th><th>{t("case.amount")}</th><th /></tr></thead>
              <tbody>
                {items.map((item) => (
                  <tr>
                    <td><When value={item.due_at} /></td>
                    <td>{label("todoKind", item.kind)}</td>
                    <td><a href="#" onClick={(e) => { e.preventDefault(); props.onOpen(item.client, item.claim_ref); }}>{item.client} {item.claim_ref}</a></td>
                    <td>{item.amount ? <Money value={item.amount} /> : "–"}</td>
                    <td>
                      {item.kind !== "approval" && props.user.role !== "auditor" && (
                        <form class="todo-done" onSubmit={(e) => { e.preventDefault(); done(item.id); }}>
                          <input aria-label={t("todo.whatWasDone")} placeholder={t("todo.whatWasDone")} value={outcomes[item.id] ?? ""}
                            onInput={(e) => setOutcomes({ ...outcomes, [item.id]: (e.target as HTMLInputElement).value })} />
                          <button type="submit" disabled={!(outcomes[item.id] ?? "").trim()}>{t("todo.done")}</button>
                        </form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </Panel>
  );
}
