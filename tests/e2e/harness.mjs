// The e2e harness: a fresh SQLite database made with the CLI, `duecall serve` on a free
// port, and Debian's Chromium driven by playwright-core (never a downloaded browser).
//
// Each scenario gets its own temporary directory, database, server and browser profile, so
// scenarios run in parallel and leave nothing behind but their screenshots in
// build/e2e-artifacts/. The clock of every CLI call and of the server is fixed by
// DUECALL_NOW to a Tuesday morning in Ljubljana, so the work queue has calls due whenever
// the tests run.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, existsSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

export const kNow = process.env.E2E_NOW ?? "2026-11-24T09:00:00Z";
export const kPassword = "e2e-Geslo-2026!";
export const kChromium = process.env.CHROMIUM ?? "/usr/bin/chromium";
// A scenario whose route the server does not have yet exits with this code; CTest counts
// it as skipped (SKIP_RETURN_CODE), unless E2E_REQUIRE_ALL_ROUTES=1 makes it a failure.
export const kSkipped = 77;

export class RouteMissing extends Error {
  constructor(route) {
    super(`the server has no ${route} yet`);
    this.route = route;
  }
}

export function paths() {
  const source = process.env.DUECALL_SOURCE_DIR ?? path.resolve(import.meta.dirname, "../..");
  const binary = process.env.DUECALL_BINARY ?? path.join(source, "build", "duecall");
  const artifacts = process.env.E2E_ARTIFACTS ?? path.join(source, "build", "e2e-artifacts");
  return { source, binary, artifacts };
}

function cliEnv(extra = {}) {
  return { ...process.env, DUECALL_NOW: kNow, DUECALL_AGENCY: "Izterjava d.o.o.",
    DUECALL_RECORDING_RETENTION_MONTHS: "24", ...extra };
}

// Runs the CLI on the scenario's database; throws with its stderr when it fails.
export function cli(ctx, args, input) {
  const result = spawnSync(ctx.binary, ["--db", `sqlite:${ctx.db}`, ...args], {
    env: cliEnv(), input: input ?? "", encoding: "utf8", timeout: 300_000,
  });
  if (result.error) throw new Error(`cannot run ${ctx.binary}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`duecall ${args.join(" ")} failed (${result.status}): ${result.stderr}${result.stdout}`);
  }
  return result.stdout;
}

export function cliJson(ctx, args) {
  return JSON.parse(cli(ctx, args));
}

// The demo database (clients TEL, NLB, ENE with claims, policies and call scripts), plus
// one user per role that the tests sign in as, and the due actions of a strategy run.
export function makeDatabase(ctx) {
  const help = cli(ctx, ["demo", "--help"]);
  cli(ctx, ["demo", ...(help.includes("--no-serve") ? ["--no-serve"] : [])]);
  const users = [
    ["e2e-ana", "Ana E2E", "operator", []],
    ["e2e-sara", "Sara E2E", "supervisor", []],
    ["e2e-tel", "Tina E2E", "client", ["--client", "TEL"]],
    ["e2e-nlb", "Nina E2E", "client", ["--client", "NLB"]],
    ["e2e-ene", "Eva E2E", "client", ["--client", "ENE"]],
  ];
  for (const [login, name, role, extra] of users) {
    cli(ctx, ["user", "add", "--login", login, "--name", name, "--role", role, ...extra], kPassword + "\n");
  }
  cli(ctx, ["strategy", "run"]);
}

// Starts `duecall serve --listen 127.0.0.1:0` and resolves with its URL once it listens.
export function startServer(ctx) {
  const args = ["--db", `sqlite:${ctx.db}`, "serve", "--listen", process.env.E2E_LISTEN ?? "127.0.0.1:0"];
  if (process.env.E2E_UI_DIR) args.push("--ui", process.env.E2E_UI_DIR);
  const child = spawn(ctx.binary, args, { env: cliEnv({ DUECALL_OPERATOR: "" }), stdio: ["ignore", "pipe", "pipe"] });
  ctx.server = child;
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
    if (stderr.length > 200_000) stderr = stderr.slice(-100_000);
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 30_000);
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(process.env.E2E_BASE_URL ?? match[1]);
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}: ${stderr}`));
    });
  });
}

// Chromium with a fresh profile in the scenario's directory; one browser context, so the
// scenario's pages share its cookies. The page language starts as `locale`.
export async function launchBrowser(ctx, locale) {
  if (!existsSync(kChromium)) throw new Error(`${kChromium} is missing: run scripts/setup (apt-get install chromium)`);
  const require = createRequire(path.join(ctx.source, "web", "package.json"));
  const { chromium } = require("playwright-core");
  const context = await chromium.launchPersistentContext(path.join(ctx.dir, "chromium-profile"), {
    executablePath: kChromium,
    headless: true,
    locale,
    viewport: { width: 1400, height: 1000 },
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  await context.addInitScript((l) => {
    if (!localStorage.getItem("duecall.locale")) localStorage.setItem("duecall.locale", l);
  }, locale);
  ctx.browser = context;
  return context;
}

// A page in the scenario's browser (started on first use), in Slovenian unless told.
export async function newPage(ctx, { locale = "sl" } = {}) {
  if (!ctx.browser) await launchBrowser(ctx, locale);
  const page = await ctx.browser.newPage();
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (error) => ctx.pageErrors.push(String(error)));
  return page;
}

export async function signIn(page, ctx, login) {
  await page.goto(ctx.url + "/");
  await page.fill("input[name=login]", login);
  await page.fill("input[name=password]", kPassword);
  await page.click("button[type=submit]");
  await page.waitForSelector(".topbar");
}

export async function screenshot(page, ctx, name) {
  mkdirSync(ctx.artifacts, { recursive: true });
  await page.screenshot({ path: path.join(ctx.artifacts, `${ctx.scenario}-${name}.png`), fullPage: true });
}

// Whether the server has a route, from its OpenAPI document ("POST", "/api/approvals/{id}/approve").
export async function hasRoute(ctx, method, pattern) {
  ctx.openapi ??= await (await fetch(ctx.url + "/api/openapi.json")).json();
  return Boolean(ctx.openapi.paths?.[pattern]?.[method.toLowerCase()]);
}

export async function requireRoute(ctx, method, pattern) {
  if (!(await hasRoute(ctx, method, pattern))) throw new RouteMissing(`${method} ${pattern}`);
}

// GET of a path exactly as written (fetch would resolve "/../" before sending it).
export function rawGet(baseUrl, rawPath) {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.get({ host: url.hostname, port: url.port, path: rawPath }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode, body }));
    });
    request.on("error", reject);
  });
}

export function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
}

// Runs one scenario in a fresh world and exits 0 (passed), 77 (a route is missing) or 1.
export async function run(scenario, body) {
  const { source, binary, artifacts } = paths();
  const dir = mkdtempSync(path.join(tmpdir(), `duecall-e2e-${scenario}-`));
  const ctx = { scenario, source, binary, artifacts, dir, db: path.join(dir, "e2e.db"), pageErrors: [] };
  let code = 0;
  try {
    if (!process.env.E2E_UI_DIR && !process.env.E2E_BASE_URL && !existsSync(path.join(source, "web", "dist", "index.html"))) {
      throw new Error("web/dist/index.html is missing: build the UI first (scripts/build, or npm ci && npm run build in web/)");
    }
    makeDatabase(ctx);
    ctx.url = await startServer(ctx);
    await body(ctx);
    check(ctx.pageErrors.length === 0, `no script errors in the page: ${ctx.pageErrors.join("; ")}`);
    console.log(`e2e ${scenario}: passed`);
  } catch (error) {
    if (error instanceof RouteMissing && process.env.E2E_REQUIRE_ALL_ROUTES !== "1") {
      console.log(`e2e ${scenario}: skipped, ${error.message} (the screen showed "not available")`);
      code = kSkipped;
    } else {
      console.error(`e2e ${scenario}: FAILED: ${error.stack ?? error}`);
      if (ctx.lastPage) await screenshot(ctx.lastPage, ctx, "failure").catch(() => {});
      code = 1;
    }
  } finally {
    await ctx.browser?.close().catch(() => {});
    if (ctx.server && ctx.server.exitCode === null) {
      ctx.server.kill("SIGTERM");
      await new Promise((resolve) => ctx.server.on("exit", resolve));
    }
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(code);
}
