// Sign-in and the served UI: the page comes from `duecall serve` itself (index.html for the
// UI's own routes, hashed assets cached for a year), a wrong password is refused in words,
// the language switcher changes the page between sl, en and pt-BR, a deep link survives a
// reload, and a state-changing request without the session's CSRF token is refused.
import { check, kPassword, newPage, rawGet, run, screenshot } from "./harness.mjs";

await run("signin", async (ctx) => {
  const page = await newPage(ctx);
  ctx.lastPage = page;

  // E2E_BASE_URL points the browser at another front (a Vite preview while developing the
  // UI); the checks of duecall's own file serving only apply without it.
  const byDuecall = !process.env.E2E_BASE_URL;
  const index = await fetch(ctx.url + "/agent");
  check(index.status === 200 && (index.headers.get("content-type") ?? "").startsWith("text/html"), "a UI route answers index.html");
  check(!byDuecall || index.headers.get("cache-control") === "no-cache", "index.html is revalidated");
  const html = await index.text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  check(asset, "index.html names a hashed script");
  const script = await fetch(ctx.url + asset);
  check(script.status === 200 && script.headers.get("content-type")?.startsWith("text/javascript"), "the script is served as JavaScript");
  check(!byDuecall || script.headers.get("cache-control")?.includes("immutable"), "hashed assets are cached as immutable");
  for (const target of ["/../../etc/passwd", "/assets/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
    "/assets/..%2f..%2f..%2fetc%2fpasswd", "/..%5c..%5cetc%5cpasswd", "/.git/config"]) {
    const response = await rawGet(ctx.url, target);
    check(!response.body.includes("root:"), `${target} does not leak a file outside the UI`);
    check(!byDuecall || response.status === 404, `${target} is refused (got ${response.status})`);
  }
  check((await fetch(ctx.url + "/api/nothing-here")).status === 404, "unknown API paths stay 404");

  await page.goto(ctx.url + "/");
  await page.waitForSelector("form.signin");
  check((await page.textContent("form.signin button")) === "Prijava", "Slovenian is the default");
  await screenshot(page, ctx, "signin-sl");

  await page.fill("input[name=login]", "e2e-ana");
  await page.fill("input[name=password]", "not the password");
  await page.click("button[type=submit]");
  await page.waitForSelector("form.signin .error");
  check((await page.textContent("form.signin .error"))?.includes("Napačno"), "a refused sign-in says so");

  await page.selectOption("select[aria-label=Jezik]", "en");
  await page.waitForSelector("text=Sign in");
  await page.selectOption("select[aria-label=Language]", "pt-BR");
  await page.waitForSelector("button:has-text('Entrar')");
  await screenshot(page, ctx, "signin-pt-BR");

  await page.fill("input[name=login]", "e2e-ana");
  await page.fill("input[name=password]", kPassword);
  await page.click("button[type=submit]");
  await page.waitForSelector(".topbar");
  check(new URL(page.url()).pathname === "/agent", "an operator lands on the agent desktop");
  check((await page.textContent("#next-case"))?.includes("Próximo caso"), "the chosen language stays after sign-in");
  await page.reload();
  await page.waitForSelector("#next-case");

  const withoutToken = await page.evaluate(async () => (await fetch("/api/queue/next", { method: "POST", body: "{}" })).status);
  check(withoutToken === 403, `a POST without X-CSRF-Token is refused (got ${withoutToken})`);

  await page.click("text=Sair");
  await page.waitForSelector("form.signin");
});
