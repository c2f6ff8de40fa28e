// The supervisor floor: a supervisor signs in, sees the floor (operators and today's KPIs,
// or a clear "not available" while GET /api/floor is missing), and approves an instalment
// plan an operator agreed outside the client's floors; the agreement is then active.
// Strategy preview and the editors show their content or "not available".
// Needs GET /api/approvals and POST /api/approvals/{id}/approve (and GET /api/floor for the
// floor's own checks).
import { check, cli, cliJson, hasRoute, newPage, requireRoute, run, screenshot, signIn } from "./harness.mjs";

await run("supervisor", async (ctx) => {
  // Ten monthly instalments where TEL allows six: outside the floors, so it waits for approval.
  cli(ctx, ["agreement", "add", "--client", "TEL", "--claim", "TEL-00000000", "--operator", "e2e-ana",
    "--kind", "plan", "--amount", "4000.00", "--instalments", "10", "--first-date", "2026-12-01"]);
  const plan = cliJson(ctx, ["agreement", "list", "--client", "TEL", "--json"])
    .find((a) => a.claim === "TEL-00000000" && a.operator === "e2e-ana" && a.kind === "plan");
  check(plan?.state === "pending_approval", `the plan waits for approval (is ${plan?.state})`);

  const page = await newPage(ctx, { locale: "en" });
  ctx.lastPage = page;
  await signIn(page, ctx, "e2e-sara");
  check(new URL(page.url()).pathname === "/floor", "a supervisor lands on the floor");
  await page.waitForSelector("#operators .panel-body > :not(.muted)");
  const missing = [];
  if (await hasRoute(ctx, "GET", "/api/floor")) {
    await page.waitForSelector("#operators table");
    await page.waitForSelector("#kpi-today svg");
    // Pushed over the WebSocket when the server has it, else polled.
    await page.waitForSelector((await hasRoute(ctx, "GET", "/api/live")) ? "#floor-mode:has-text('live')" : "#floor-mode");
  } else {
    await page.waitForSelector("#operators .not-available");
    missing.push("GET /api/floor");
  }
  for (const [id, route] of [["#preview", ["POST", "/api/strategy/preview"]]]) {
    if (!(await hasRoute(ctx, ...route))) await page.waitForSelector(`${id} .not-available`);
  }
  await page.selectOption("#editors select[aria-label=Client]", "TEL");
  if (await hasRoute(ctx, "GET", "/api/clients/{client}/strategy")) await page.waitForSelector("#strategy-editor textarea");
  else await page.waitForSelector("#strategy-editor .not-available");
  if (await hasRoute(ctx, "GET", "/api/clients/{client}/scripts")) await page.waitForSelector("#script-editor textarea");
  else await page.waitForSelector("#script-editor .not-available");
  await screenshot(page, ctx, "floor");

  if (!(await hasRoute(ctx, "GET", "/api/approvals"))) {
    await page.waitForSelector("#approvals .not-available");
  }
  await requireRoute(ctx, "GET", "/api/approvals");
  await requireRoute(ctx, "POST", "/api/approvals/{id}/approve");
  const item = page.locator(`#approvals li.approval[data-id="${plan.id}"]`);
  await item.waitFor();
  check(((await item.textContent()) ?? "").includes("more instalments than allowed"), "the approval says which floor it breaks");
  await screenshot(page, ctx, "approvals");
  await item.locator("button.approve").click();
  await item.waitFor({ state: "detached" });
  const after = cliJson(ctx, ["agreement", "list", "--client", "TEL", "--json"]).find((a) => a.id === plan.id);
  check(after?.state === "active" && after?.decided_by === "e2e-sara", `the plan is active, approved by the supervisor (is ${after?.state})`);
  await screenshot(page, ctx, "approved");
  if (missing.length) await requireRoute(ctx, ...missing[0].split(" "));
});
