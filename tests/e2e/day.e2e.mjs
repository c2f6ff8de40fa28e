// A day through the UI alone, in one browser: an operator takes a case from the queue,
// reads the script and agrees an instalment plan outside the client's floors, with call
// minutes; a supervisor approves it on the floor; the creditor's user then sees the minute
// and the now active plan on its portal, and none of another client's cases.
// Needs POST /api/cases/{client}/{ref}/contacts and .../agreements, GET /api/approvals and
// POST /api/approvals/{id}/approve.
import { check, cliJson, newPage, requireRoute, run, screenshot, signIn } from "./harness.mjs";

await run("day", async (ctx) => {
  const page = await newPage(ctx);
  ctx.lastPage = page;
  await page.goto(ctx.url + "/");
  for (const route of [["POST", "/api/cases/{client}/{ref}/contacts"], ["POST", "/api/cases/{client}/{ref}/agreements"],
    ["GET", "/api/approvals"], ["POST", "/api/approvals/{id}/approve"]]) {
    await requireRoute(ctx, ...route);
  }

  // The operator.
  await signIn(page, ctx, "e2e-ana");
  await page.click("#next-case");
  await page.waitForSelector("#script .say");
  check(((await page.textContent("#script")) ?? "").includes("Ana E2E"), "the script names the operator");
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("l");
  check((await page.inputValue("select[name=outcome]")) === "plan", "key L picks a plan");
  await page.fill("input[name=amount]", "240,00");
  await page.fill("input[name=instalments]", "24");
  await page.fill("input[name=first_date]", "2026-12-01");
  await page.waitForSelector("#approval-state.needs-approval");
  await page.fill("input[name=spoke_with]", "dolžnik");
  await page.fill("textarea[name=summary]", "E2E dan: 24 obrokov, čaka na odobritev.");
  await page.click("#outcome button[type=submit]");
  await page.waitForSelector("#recorded .state-pending_approval");
  await screenshot(page, ctx, "operator-plan");
  const claim = await page.inputValue("select[name=claim]");
  const clients = ["TEL", "NLB", "ENE"];
  const plan = clients.flatMap((c) => cliJson(ctx, ["agreement", "list", "--client", c, "--json"]))
    .find((a) => a.claim === claim && a.kind === "plan" && a.operator === "e2e-ana");
  check(plan?.state === "pending_approval", `the plan waits for approval (is ${plan?.state})`);
  await page.click(".topbar button");
  await page.waitForSelector("form.signin");

  // The supervisor.
  await signIn(page, ctx, "e2e-sara");
  const item = page.locator(`#approvals li.approval[data-id="${plan.id}"]`);
  await item.locator("button.approve").click();
  await item.waitFor({ state: "detached" });
  await screenshot(page, ctx, "supervisor-approved");
  await page.click(".topbar button:has-text('Odjava')");
  await page.waitForSelector("form.signin");

  // The creditor.
  const file = cliJson(ctx, ["case", "show", "--client", plan.client, claim, "--json"]);
  const login = { TEL: "e2e-tel", NLB: "e2e-nlb", ENE: "e2e-ene" }[plan.client];
  await signIn(page, ctx, login);
  await page.goto(`${ctx.url}/portal/cases/${plan.client}/${encodeURIComponent(file.debtor.ref)}`);
  await page.waitForSelector("#timeline .minutes:has-text('E2E dan: 24 obrokov')");
  await page.waitForSelector(`#agreements li.state-active:has-text('${claim}')`);
  await screenshot(page, ctx, "client-sees-plan");
  const other = clients.find((c) => c !== plan.client);
  const otherCase = cliJson(ctx, ["case", "show", "--client", other, `${other}-00000000`, "--json"]);
  const status = await page.evaluate(async (path) => (await fetch(path)).status,
    `/api/cases/${other}/${encodeURIComponent(otherCase.debtor.ref)}`);
  check(status === 404, `another client's case answers 404 (got ${status})`);
});
