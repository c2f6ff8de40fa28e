// The agent desktop: an operator signs in, takes the next case from the queue, reads the
// screen-pop and the script with its placeholders filled, opens an objection's answer, uses
// the keyboard shortcuts, sees the agreement builder flag terms outside the client's floors,
// and records a promise inside them with call minutes; the case's timeline then shows it.
// Recording needs POST /api/cases/{client}/{ref}/contacts and .../agreements.
import { check, cliJson, hasRoute, newPage, requireRoute, run, screenshot, signIn } from "./harness.mjs";

await run("agent", async (ctx) => {
  const page = await newPage(ctx);
  ctx.lastPage = page;
  await signIn(page, ctx, "e2e-ana");
  check(new URL(page.url()).pathname === "/agent", "the operator lands on the agent desktop");
  await page.waitForSelector("#todo");
  await screenshot(page, ctx, "desktop");

  await page.keyboard.press("n");
  await page.waitForSelector("#debtor .debtor-name");
  const debtor = (await page.textContent("#debtor .debtor-name")) ?? "";
  check(debtor.trim().length > 0, "the screen-pop names the debtor");
  check(((await page.textContent("#balances .total-due")) ?? "").includes("€"), "balances show the total in euros");
  await page.waitForSelector("#timeline .event");

  const script = (await page.textContent("#script")) ?? "";
  check(script.includes("Izterjava d.o.o."), "the agency's name is filled into the script");
  check(!script.includes("[agency.name]"), "no agency placeholder is left in the script");
  check(script.includes("Ana E2E") && !script.includes("[operator.name]"), "the operator's own name is in the script");
  const objection = page.locator(".objection-buttons button").first();
  await objection.click();
  await page.waitForSelector(".objection-response .say");
  await screenshot(page, ctx, "screen-pop");

  if (!(await hasRoute(ctx, "POST", "/api/cases/{client}/{ref}/contacts"))) {
    await page.waitForSelector("#outcome .not-available");
    await requireRoute(ctx, "POST", "/api/cases/{client}/{ref}/contacts");
  }

  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("1");
  check(await page.isChecked("input[name=result][value=no_answer]"), "key 1 picks 'no answer'");
  await page.keyboard.press("p");
  check(await page.isChecked("input[name=result][value=right_party]"), "key P picks 'debtor reached'");
  check((await page.inputValue("select[name=outcome]")) === "promise", "key P picks a promise");

  await page.waitForSelector("#floors");
  check(/\d+,\d\d\s€/.test((await page.textContent("#floors")) ?? ""), "the client's minimum promise is shown in Slovenian format");
  await page.fill("input[name=amount]", "5,00");
  await page.fill("input[name=date]", "2026-12-01");
  await page.waitForSelector("#approval-state.needs-approval");
  await page.fill("input[name=amount]", "50,00");
  await page.waitForSelector("#approval-state.within-floors");
  await page.fill("input[name=spoke_with]", "dolžnik");
  await page.fill("textarea[name=summary]", "E2E: dolžnik obljubi 50 € do 1. decembra.");
  await screenshot(page, ctx, "outcome-form");

  await requireRoute(ctx, "POST", "/api/cases/{client}/{ref}/agreements");
  await page.click("#outcome button[type=submit]");
  await page.waitForSelector("#recorded");
  await page.waitForSelector("#recorded .state-active");
  await page.waitForSelector("#timeline .minutes:has-text('E2E: dolžnik obljubi')");
  await page.waitForSelector("#agreements .state-active");
  await screenshot(page, ctx, "recorded");

  const claim = await page.inputValue("select[name=claim]");
  const agreements = ["TEL", "NLB", "ENE"].flatMap((client) => cliJson(ctx, ["agreement", "list", "--client", client, "--json"]));
  check(agreements.some((a) => a.claim === claim && a.kind === "promise" && a.state === "active" && a.operator === "e2e-ana"),
    "the promise is stored as the operator's active agreement");
});

