import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { startPreviewServer, type PreviewServer } from "../../src/preview/server";

export const ROOT = path.resolve(__dirname, "..", "..");
export const SCREENSHOTS = path.join(ROOT, "docs", "screenshots");
const DIST = path.join(ROOT, "dist", "preview");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** no network, no background services: the preview must work offline */
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"];

/** Builds the preview page (as npm run preview does) unless JILI_E2E_NO_BUILD=1 and a build is there. */
export function buildPreview(): void {
  if (process.env.JILI_E2E_NO_BUILD === "1" && fs.existsSync(path.join(DIST, "preview.html"))) return;
  const webpack = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  const run = spawnSync(process.execPath, [webpack, "--mode", "development", "--env", "preview", "--output-path", DIST], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NODE_ENV: "development" } });
  if (run.status !== 0) throw new Error(`building the preview failed:\n${run.stdout}\n${run.stderr}`);
}

export interface Session {
  server: PreviewServer;
  context: BrowserContext;
  page: Page;
  /** uncaught errors in the page */
  errors: string[];
  /** requests that left the preview server */
  external: string[];
  close(): Promise<void>;
}

/** The preview server on a free port and Chromium with a fresh profile, one page at the task pane's real width beside the grid. */
export async function openBrowser(): Promise<Session> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`);
  const server = await startPreviewServer({ port: 0, dist: DIST });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "jili-e2e-"));
  // a persistent context is how playwright takes --user-data-dir: a fresh one per run
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
  // a page of its own: the persistent context's first blank page was once found closed under the first goto in CI
  // ("Target page, context or browser has been closed"); a new page does not depend on how Chromium started
  const page = await context.newPage();
  const errors: string[] = [];
  const external: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  context.on("request", (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith("data:")) external.push(r.url());
  });
  return {
    server,
    context,
    page,
    errors,
    external,
    close: async () => {
      await context.close();
      await server.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The pane alone, at its real width and full height. */
export async function shootPane(page: Page, file: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const out = path.join(SCREENSHOTS, file);
  await page.evaluate(() => document.body.classList.add("capture"));
  await page.locator("#pane-frame").screenshot({ path: out, animations: "disabled", caret: "hide" });
  await page.evaluate(() => document.body.classList.remove("capture"));
  return out;
}

/** The whole page: the pane, full height, beside the workbook. */
export async function shootPage(page: Page, file: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const out = path.join(SCREENSHOTS, file);
  await page.evaluate(() => document.body.classList.add("capture"));
  await page.screenshot({ path: out, animations: "disabled", caret: "hide", fullPage: true });
  await page.evaluate(() => document.body.classList.remove("capture"));
  return out;
}

/**
 * The one preview session of a test file: built and opened before its tests, closed after them. `use` receives the
 * session (each file keeps its own `s` and `page`).
 */
export function usePreviewSession(use: (s: Session) => void): void {
  let session: Session | undefined;
  beforeAll(async () => {
    buildPreview();
    session = await openBrowser();
    use(session);
  });
  afterAll(async () => {
    await session?.close();
  });
}

/** The 1-based rows of the grid shown whose column `col` (letters) reads exactly `text`. */
export async function gridRowsWith(page: Page, text: string, col = "A"): Promise<number[]> {
  const cells = await page
    .locator(`[data-testid="grid"] tbody td[data-address^="${col}"]`)
    .evaluateAll((els, c) => els.filter((e) => /^[A-Z]+/.exec(e.getAttribute("data-address") ?? "")?.[0] === c).map((e) => e.textContent ?? ""), col);
  return cells.flatMap((t, i) => (t === text ? [i + 1] : []));
}

/** The cells of a person's first line of the summary sheet Jili汇总 (opened first). */
export async function summaryLine(page: Page, person: string): Promise<string[]> {
  await page.locator('.wb-tab[data-sheet="Jili汇总"]').click();
  await page.locator('[data-testid="grid"][data-sheet="Jili汇总"]').waitFor();
  const [r] = await gridRowsWith(page, person);
  return page.locator(`[data-testid="grid"] tbody tr:nth-child(${r}) td`).allInnerTexts();
}
