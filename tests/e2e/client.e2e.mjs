// The client portal: a creditor's user signs in and sees its own case with the call minute
// and the agreement the operator recorded (timeline, agreements), but never another
// client's case: not in the list, not by a typed address, not through the API.
// The case list, KPI report, claim upload and exports need GET /api/cases, GET /api/kpi,
// POST /api/clients/{client}/claims and GET /api/clients/{client}/report.
import { check, cli, cliJson, hasRoute, newPage, RouteMissing, run, screenshot, signIn } from "./harness.mjs";
import { writeFileSync } from "node:fs";
import path from "node:path";

await run("client", async (ctx) => {
  // What an operator records on a call, through the CLI: a right-party contact with minutes
  // and a promise inside TEL's floors.
  cli(ctx, ["contact", "log", "--client", "TEL", "--claim", "TEL-00000000", "--channel", "call", "--result", "right_party",
    "--outcome", "promise", "--operator", "e2e-ana", "--spoke-with", "dolžnik", "--identity-verified", "yes",
    "--summary", "E2E zapisnik: dolžnik obljubi plačilo do 1. decembra."]);
  cli(ctx, ["agreement", "add", "--client", "TEL", "--claim", "TEL-00000000", "--operator", "e2e-ana",
    "--kind", "promise", "--amount", "150.00", "--date", "2026-12-01"]);
  const telCase = cliJson(ctx, ["case", "show", "--client", "TEL", "TEL-00000000", "--json"]);
  const nlbCase = cliJson(ctx, ["case", "show", "--client", "NLB", "NLB-00000000", "--json"]);
  const telRef = telCase.debtor.ref;
  const nlbRef = nlbCase.debtor.ref;

  const page = await newPage(ctx);
  ctx.lastPage = page;
  await signIn(page, ctx, "e2e-tel");
  check(new URL(page.url()).pathname === "/portal", "a client user lands on the portal");
  await page.waitForSelector("#cases .panel-body > :not(.muted)");
  await screenshot(page, ctx, "portal");

  // The case by a deep link (the server answers index.html for it).
  await page.goto(`${ctx.url}/portal/cases/TEL/${encodeURIComponent(telRef)}`);
  await page.waitForSelector("#timeline .minutes:has-text('E2E zapisnik')");
  await page.waitForSelector("#agreements .state-active");
  check(((await page.textContent("#agreements")) ?? "").includes("150,00"), "the promised amount shows in Slovenian format");
  check(((await page.textContent("#debtor")) ?? "").includes(telCase.debtor.name), "the debtor is named");
  await screenshot(page, ctx, "case");

  // Another client's case: not by address, not through the API.
  await page.goto(`${ctx.url}/portal/cases/NLB/${encodeURIComponent(nlbRef)}`);
  await page.waitForSelector(".portal-case .error, .portal-case .not-available");
  check(!((await page.textContent("main")) ?? "").includes("NLB-00000000"), "no NLB claim shows");
  const status = await page.evaluate(async (ref) => (await fetch(`/api/cases/NLB/${encodeURIComponent(ref)}`)).status, nlbRef);
  check(status === 404, `another client's case answers 404 (got ${status})`);

  const missing = [];
  await page.goto(`${ctx.url}/portal`);
  if (await hasRoute(ctx, "GET", "/api/cases")) {
    await page.waitForSelector("#cases table.cases tbody tr");
    const listed = await page.evaluate(async () => (await (await fetch("/api/cases?client=TEL&limit=500")).json()).cases);
    check(listed.length > 0 && listed.every((c) => c.client === "TEL"), "the list holds TEL's cases only");
    const foreign = await page.evaluate(async () => {
      const r = await fetch("/api/cases?client=NLB&limit=500");
      return r.ok ? (await r.json()).cases.filter((c) => c.client !== "TEL").length : 0;
    });
    check(foreign === 0, "asking for NLB's cases gives none of them");
  } else {
    await page.waitForSelector("#cases .not-available");
    missing.push("GET /api/cases");
  }
  if (await hasRoute(ctx, "GET", "/api/kpi")) await page.waitForSelector("#kpi svg, #kpi .no-activity");
  else {
    await page.waitForSelector("#kpi .not-available");
    missing.push("GET /api/kpi");
  }
  if (await hasRoute(ctx, "POST", "/api/clients/{client}/claims")) {
    const file = path.join(ctx.dir, "claims.csv");
    writeFileSync(file, "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,claim_type,currency,principal,fees,due_date,reminder_sent_on\n" +
      "E2E-1,DE2E-1,person,Mojca Test,12345678,+386 41 123 456,m@example.com,Glavna 1,Celje,SI,energy,EUR,100.00,0.00,2026-10-01,2026-10-10\n" +
      "E2E-2,broken row\n");
    await page.setInputFiles("#upload input[type=file]", file);
    await page.click("#upload button[type=submit]");
    await page.waitForSelector("#upload .import-report table.rejects tr:has-text('3')");
  } else {
    await page.waitForSelector("#upload .not-available");
    missing.push("POST /api/clients/{client}/claims");
  }
  if (await hasRoute(ctx, "GET", "/api/clients/{client}/report")) {
    const href = await page.getAttribute("#exports a[href*='format=csv']", "href");
    const csv = await page.evaluate(async (h) => (await fetch(h)).status, href);
    check(csv === 200, `the CSV export answers (got ${csv})`);
  } else {
    await page.waitForSelector("#exports .not-available");
    missing.push("GET /api/clients/{client}/report");
  }
  await screenshot(page, ctx, "portal-full");
  if (missing.length) throw new RouteMissing(missing.join(", "));
});
