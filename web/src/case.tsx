// The parts of a case file (GET /api/cases/{client}/{ref}, the JSON `case show --json`
// prints) that the agent desktop and the client portal both show.
import { formatMoney, type Money as MoneyValue } from "./format.ts";
import { label, locale, t } from "./i18n.ts";
import { Day, Money, Panel, When } from "./ui.tsx";

export type CaseFile = any;

export function DebtorPanel(props: { file: CaseFile; showContacts: boolean }) {
  const d = props.file.debtor;
  return (
    <Panel title={t("case.debtor")} id="debtor">
      <p class="debtor-name"><strong>{d.name}</strong> <span class="muted">{d.ref}</span></p>
      <p>{[d.address, [d.postal_code, d.city].filter(Boolean).join(" "), d.country].filter(Boolean).join(", ")}</p>
      <p>
        {t("case.stage")}: <strong class="stage">{label("stage", props.file.case?.stage)}</strong> ·{" "}
        {t("case.language")}: {d.language}
      </p>
      {props.showContacts && (
        <ul class="contact-points">
          {(d.contact_points ?? []).map((c: any) => (
            <li class={c.do_not_call || !c.valid ? "blocked" : ""}>
              {label("channel", c.channel)} {c.type ? `(${c.type})` : ""}: <code>{c.value}</code>
              {c.do_not_call ? ` · ${t("case.doNotCall")}` : ""}
              {!c.valid ? ` · ${t("case.invalid")}` : ""}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

export function BalancesPanel(props: { file: CaseFile }) {
  const claims: any[] = props.file.claims ?? [];
  return (
    <Panel title={t("case.balances")} id="balances">
      <table>
        <thead>
          <tr>
            <th>{t("case.claim")}</th>
            <th>{t("case.due")}</th>
            <th class="num">{t("bucket.principal")}</th>
            <th class="num">{t("bucket.interest")}</th>
            <th class="num">{t("bucket.fees")}</th>
            <th class="num">{t("bucket.paid")}</th>
            <th class="num">{t("bucket.open")}</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => (
            <tr>
              <td>{c.client_ref} <span class="muted">{label("claimType", c.claim_type)}</span></td>
              <td><Day value={c.due_date} /></td>
              <td class="num"><Money value={c.open?.principal} /></td>
              <td class="num"><Money value={c.open?.interest} /></td>
              <td class="num"><Money value={c.open?.fees} /></td>
              <td class="num"><Money value={c.paid?.total} /></td>
              <td class="num"><strong><Money value={c.open?.total} /></strong></td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={6}>{t("case.totalDue")}</th>
            <th class="num total-due">
              {(props.file.total_due as MoneyValue[] | undefined)?.map((m) => formatMoney(m, locale())).join(" + ")}
            </th>
          </tr>
        </tfoot>
      </table>
    </Panel>
  );
}

export function PaymentsPanel(props: { file: CaseFile }) {
  const payments: any[] = props.file.payments ?? [];
  return (
    <Panel title={t("case.payments")} id="payments">
      {payments.length === 0 ? (
        <p class="muted">{t("case.noPayments")}</p>
      ) : (
        <table>
          <thead>
            <tr><th>{t("case.valueDate")}</th><th class="num">{t("case.amount")}</th><th>{t("case.payer")}</th><th>{t("case.allocation")}</th></tr>
          </thead>
          <tbody>
            {payments.map((p) => (
              <tr>
                <td><Day value={p.value_date} /></td>
                <td class="num"><Money value={p.amount} /></td>
                <td>{p.payer}</td>
                <td>{(p.allocations ?? []).map((a: any) => `${a.claim} ${label("bucket", a.bucket)} ${formatMoney(a.amount, locale())}`).join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

export function AgreementsPanel(props: { agreements: any[] }) {
  return (
    <Panel title={t("case.agreements")} id="agreements">
      {props.agreements.length === 0 ? (
        <p class="muted">{t("case.noAgreements")}</p>
      ) : (
        <ul class="agreements">
          {props.agreements.map((a) => (
            <li class={`agreement state-${a.state}`}>
              <strong>{label("kind", a.kind)}</strong> · {a.claim} ·{" "}
              <span class="state">{label("state", a.state)}</span> · <When value={a.created_at} />
              {a.instalments?.length > 0 && (
                <details open={a.instalments.length <= 6}>
                  <summary>{t("case.instalmentCount", { count: a.instalments.length })}</summary>
                  <ol>
                    {a.instalments.map((i: any) => (
                      <li>
                        <Day value={i.due_date} />: <Money value={i.amount} />
                        {i.open && i.open.minor === 0 ? ` ✓` : ""}
                      </li>
                    ))}
                  </ol>
                </details>
              )}
              <Breaches floors={a.outside_floors ?? []} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

// The floors an agreement is outside of, one line per floor: a plan of 24 instalments
// below the minimum is one breach, not 24.
export function Breaches(props: { floors: { floor: string; reason: string }[] }) {
  const byFloor = new Map<string, { reason: string; count: number }>();
  for (const f of props.floors) {
    const seen = byFloor.get(f.floor);
    if (seen) seen.count += 1;
    else byFloor.set(f.floor, { reason: f.reason, count: 1 });
  }
  if (byFloor.size === 0) return null;
  return (
    <ul class="floors">
      {[...byFloor.entries()].map(([floor, { reason, count }]) => (
        <li>
          {label("breach", floor)}: {reason}
          {count > 1 ? ` (${t("case.timesMore", { count: count - 1 })})` : ""}
        </li>
      ))}
    </ul>
  );
}

// One line of the timeline in words; contact attempts show their call minutes.
function TimelineEntry(props: { event: any }) {
  const e = props.event;
  const d = e.details ?? {};
  let what = label("event", e.kind);
  if (e.kind === "contact_attempted") {
    what = `${label("channel", d.channel)}: ${label("result", d.result)}${d.outcome ? " → " + label("oc", d.outcome) : ""}`;
  } else if (e.kind === "stage_changed") {
    what = `${label("event", e.kind)}: ${label("stage", d.from)} → ${label("stage", d.to)}`;
  } else if (e.kind === "claim_placed") {
    what = `${label("event", e.kind)}: ${d.client_ref}`;
  }
  return (
    <li class={`event kind-${e.kind}`}>
      <When value={e.occurred_at} /> · <span class="actor">{e.actor}</span> · {what}
      {d.minutes && (
        <blockquote class="minutes">
          <strong>{t("case.minutes")}</strong>
          {d.minutes.spoke_with ? <div>{t("outcome.spokeWith")}: {d.minutes.spoke_with}</div> : null}
          {d.minutes.identity_verified !== undefined ? (
            <div>{t("outcome.identityVerified")}: {d.minutes.identity_verified ? t("common.yes") : t("common.no")}</div>
          ) : null}
          {d.minutes.summary ? <div class="summary">{d.minutes.summary}</div> : null}
          {d.minutes.notes ? <div class="notes">{d.minutes.notes}</div> : null}
        </blockquote>
      )}
    </li>
  );
}

export function TimelinePanel(props: { file: CaseFile; hideInternal?: boolean }) {
  const events: any[] = [...(props.file.timeline ?? [])].reverse();
  return (
    <Panel title={t("case.timeline")} id="timeline">
      <ol class="timeline">
        {events.map((e) => <TimelineEntry event={e} />)}
      </ol>
    </Panel>
  );
}
