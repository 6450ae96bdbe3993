// The pane's longest main-thread task, in Chromium on the preview build (the pane beside the simulated workbook):
// Validate, Fill and Statements (500 people) at 20 000 and 100 000 rows; before (the baseline revision, the engine
// on the pane's thread), after with the worker, and after with the fallback (the page without `Worker`). Long tasks
// come from a PerformanceObserver ('longtask', tasks over 50 ms). What Excel does in its own process the preview does
// on the page's thread, so it is kept apart: the simulated host's syncs are timed and their time is taken out of the
// task they fell in ("pane's share"), and so is the simulation's work outside a sync that Excel does in its own
// process (a loaded range's values made at their first read, the used range's scan); each sync returns in a new task
// as a real one does, and the simulated grid is not redrawn after the first drawing. The preview is built in production
// mode, as the add-in is (BUILD_MODE below).
// Run alone: npx ts-node --transpile-only bench/paneThread.ts [rows …]   (JILI_BENCH_BEFORE=<rev>, default c1672dc)
import { execSync, spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startPreviewServer } from "../src/preview/server";
import { mobileRows } from "./data";
import { emit, fmt, type Figure } from "./measure";
import { writeOrders } from "./workbooks";

const ROOT = path.join(__dirname, "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const BEFORE = process.env.JILI_BENCH_BEFORE ?? "c1672dc";
const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const ROWS = SIZES.length ? SIZES : [20_000, 100_000];
/** a hang ends the bench; a slow phase never does */
const PHASE_LIMIT_MS = 15 * 60 * 1000;

/**
 * The preview's build: production by default, as the add-in a clerk runs is built (React's production mode; its
 * development mode checks every render and roughly doubles a large render's time); JILI_BENCH_PANE_BUILD=development
 * for the development build.
 */
const BUILD_MODE = process.env.JILI_BENCH_PANE_BUILD === "development" ? "development" : "production";

type Mode = "before" | "worker" | "fallback";

/** Builds the preview of the working tree, or of a revision (extracted with git archive), into a folder of its own. */
function buildPreview(rev: string | null, out: string): void {
  let src = ROOT;
  if (rev) {
    src = fs.mkdtempSync(path.join(os.tmpdir(), "jili-before-"));
    execSync(`git archive ${rev} | tar -x -C ${src}`, { cwd: ROOT, stdio: "inherit", shell: "/bin/bash" });
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(src, "node_modules"));
  }
  const webpack = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  const r = spawnSync(process.execPath, [webpack, "--mode", BUILD_MODE, "--env", "preview", "--output-path", out], { cwd: src, encoding: "utf8", env: { ...process.env, NODE_ENV: BUILD_MODE } });
  if (r.status !== 0) throw new Error(`building the preview${rev ? ` of ${rev}` : ""} failed:\n${r.stdout}\n${r.stderr}`);
  if (rev) fs.rmSync(src, { recursive: true, force: true });
}

/**
 * Runs in the page before its scripts: the long-task observer, and the simulated host's work timed (its syncs, made
 * to return in a new task, and what it computes outside them: see `HOST_CALLS`); the Excel global is wrapped as the
 * preview installs it.
 */
function instrument(): void {
  const w = window as unknown as { __long: number[][]; __host: number[][]; Excel?: unknown };
  w.__long = [];
  w.__host = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__long.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
  let excel: unknown;
  const host = (t0: number) => {
    const t1 = performance.now();
    // reads of a few microseconds are left to the pane (conservative, and it keeps the list short)
    if (t1 - t0 > 0.05) w.__host.push([t0, t1]);
  };
  // What Excel computes in its own process the simulation computes when the adapter asks: a loaded property's value
  // (the sheet's cells turned into `values` and `numberFormat` arrays at the first read after the sync, where Office.js
  // reads them from the response) and the answers of these calls (the used range's bounds, found by a scan of the
  // sheet). Both are timed as the host's, like the syncs; every other call is the pane's (Office.js queues it there).
  const HOST_CALLS = new Set(["getUsedRange", "getUsedRangeOrNullObject", "getSpecialCellsOrNullObject", "getMergedAreasOrNullObject"]);
  const inner = new WeakMap<object, object>();
  const outer = new WeakMap<object, object>();
  const unwrap = (v: unknown) => (v !== null && typeof v === "object" && inner.get(v)) || v;
  const wrap = (v: unknown): unknown => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const known = outer.get(v);
    if (known) return known;
    const proxy = new Proxy(v, {
      get(t, p) {
        if (typeof p === "symbol" || p === "then") return Reflect.get(t, p);
        if (p === "sync") {
          return async () => {
            const t0 = performance.now();
            const done = (t as { sync: () => Promise<void> }).sync();
            w.__host.push([t0, performance.now()]);
            await done;
            // a real sync is a round trip to Excel: it always comes back in a new task
            await new Promise((r) => setTimeout(r, 0));
          };
        }
        const t0 = performance.now();
        const got = Reflect.get(t, p) as unknown;
        if (typeof got !== "function") {
          host(t0);
          return wrap(got);
        }
        return (...args: unknown[]) => {
          const c0 = performance.now();
          const r = (got as (...a: unknown[]) => unknown).apply(t, args.map(unwrap));
          if (HOST_CALLS.has(p)) host(c0);
          return wrap(r);
        };
      },
      set(t, p, v) {
        return Reflect.set(t, p, unwrap(v));
      },
    });
    inner.set(proxy, v);
    outer.set(v, proxy);
    return proxy;
  };
  const wrapContext = (ctx: Record<string, unknown>) => wrap(ctx);
  // the preview draws the simulated workbook on the page's thread after every change, where Excel draws its grid in
  // its own process: the drawing is kept out (the grid stays as first drawn)
  let preview: { book: { subscribe: (l: () => void) => () => void } } | undefined;
  Object.defineProperty(window, "jiliPreview", {
    configurable: true,
    get: () => preview,
    set: (p: typeof preview) => {
      preview = p;
      if (p) p.book.subscribe = () => () => undefined;
    },
  });
  Object.defineProperty(window, "Excel", {
    configurable: true,
    get: () => excel,
    set: (real: { run: (batch: (ctx: unknown) => Promise<unknown>) => Promise<unknown> }) => {
      const run = (batch: (ctx: unknown) => Promise<unknown>) => real.run((ctx) => batch(wrapContext(ctx as Record<string, unknown>)));
      excel = new Proxy(real, { get: (t, p) => (p === "run" ? run : Reflect.get(t, p)) });
    },
  });
}

function noWorker(): void {
  delete (window as unknown as { Worker?: unknown }).Worker;
}

interface PhaseFigure {
  /** wall time of the phase, ms */
  wall: number;
  /** the longest task, ms, and the simulated host's sync time inside it */
  longest: number;
  hostInLongest: number;
  /** the longest task less the host's time in it, over all tasks of the phase */
  paneLongest: number;
  /** tasks over 50 ms */
  tasks: number;
  /** the workers the page had running */
  workers: number;
}

async function phase(page: Page, act: () => Promise<void>, done: () => Promise<void>): Promise<PhaseFigure> {
  const start = await page.evaluate(() => performance.now());
  await act();
  await done();
  // the long-task entries of the last task come a little after it
  await page.waitForTimeout(300);
  const end = await page.evaluate(() => performance.now());
  const { long, host } = await page.evaluate(() => {
    const w = window as unknown as { __long: number[][]; __host: number[][] };
    return { long: w.__long, host: w.__host };
  });
  const tasks = long.filter(([s, d]) => s + d >= start && s <= end);
  const hostIn = ([s, d]: number[]) => host.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, s + d) - Math.max(a, s)), 0);
  let longest = 0;
  let hostInLongest = 0;
  let paneLongest = 0;
  for (const t of tasks) {
    const h = hostIn(t);
    if (t[1] > longest) [longest, hostInLongest] = [t[1], h];
    paneLongest = Math.max(paneLongest, t[1] - h);
  }
  return { wall: end - start - 300, longest, hostInLongest, paneLongest, tasks: tasks.length, workers: page.workers().length };
}

async function measure(browser: Browser, url: string, mode: Mode, rows: number): Promise<Record<string, PhaseFigure>> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  if (mode === "fallback") await page.addInitScript(noWorker);
  page.setDefaultTimeout(PHASE_LIMIT_MS);
  const button = (name: string) => page.getByRole("button", { name, exact: true });
  await page.goto(`${url}preview.html?book=orders-${rows}.xlsx`);
  await page.getByRole("heading", { name: "Jili 激励计算" }).waitFor();
  await page.getByRole("combobox", { name: "方案", exact: true }).selectOption("preset:mobile-retention");
  await button("校验").waitFor();
  const out: Record<string, PhaseFigure> = {};
  const idle = async () => {
    await page.waitForFunction(() => [...document.querySelectorAll("button")].some((b) => b.textContent === "计算并填写" && !b.disabled));
  };
  out.validate = await phase(page, () => button("校验").click(), async () => {
    await page.getByTestId("counts").waitFor();
    await idle();
  });
  out.fill = await phase(page, () => button("计算并填写").click(), async () => {
    await page.getByTestId("total").waitFor();
    await idle();
  });
  out.total = { wall: Number((await page.getByTestId("total").innerText()).replace(/,/g, "")), longest: 0, hostInLongest: 0, paneLongest: 0, tasks: 0, workers: 0 };
  // at every size (500 people either way: the statements sheet grows with the rows)
  out.statements = await phase(page, () => button("个人明细").click(), () => page.getByTestId("statements-done").waitFor());
  await context.close();
  return out;
}

const ms = (n: number) => `${fmt(n)} ms`;

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium, or set CHROMIUM_PATH)`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "jili-pane-thread-"));
  const examples = path.join(work, "examples");
  fs.mkdirSync(examples);
  for (const n of ROWS) await writeOrders(path.join(examples, `orders-${n}.xlsx`), mobileRows(n));
  const builds: Record<"before" | "after", string> = { before: path.join(work, "before"), after: path.join(work, "after") };
  process.stderr.write(`paneThread: building the preview of ${BEFORE} and of the working tree…\n`);
  buildPreview(BEFORE, builds.before);
  buildPreview(null, builds.after);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const figures: Figure[] = [];
  const rev = execSync("git rev-parse --short HEAD", { cwd: ROOT, encoding: "utf8" }).trim();
  try {
    for (const mode of ["before", "worker", "fallback"] as Mode[]) {
      const server = await startPreviewServer({ port: 0, dist: mode === "before" ? builds.before : builds.after, examples });
      try {
        for (const n of ROWS) {
          process.stderr.write(`paneThread: ${mode}, ${fmt(n)} rows…\n`);
          const r = await measure(browser, server.url, mode, n);
          const label = mode === "before" ? `before (${BEFORE}: engine on the pane's thread)` : mode === "worker" ? `after (${rev}: worker)` : `after (${rev}: fallback, no Worker)`;
          for (const p of ["validate", "fill", "statements"]) {
            const f = r[p];
            if (!f) continue;
            const what = p === "statements" ? `statements, 500 people (${fmt(n)} rows)` : `${p}, ${fmt(n)} rows`;
            figures.push({
              section: "pane thread",
              what: `${what} — ${label}: longest main-thread task (${BUILD_MODE} build)`,
              value: ms(f.longest),
              note: `pane's share ${ms(f.paneLongest)} (simulated host in it ${ms(f.hostInLongest)}); ${f.tasks} tasks > 50 ms; phase ${(f.wall / 1000).toFixed(1)} s; workers ${f.workers}${p === "fill" ? `; total ${r.total.wall}` : ""}`,
            });
          }
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
  emit(figures);
  for (const f of figures) process.stderr.write(`${f.what}: ${f.value} (${f.note})\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
