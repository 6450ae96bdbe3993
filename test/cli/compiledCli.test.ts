// The compiled command line (dist/cli/jili.js, built by `npm ci`'s prepare step) is the same program as the sources:
// built here into a folder of its own, it fills the example workbook to the same bytes and prints the same report as
// the sources run by bin/jili.js; and the launcher runs it only while every source it was built from is unchanged.
import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import { mobileRows } from "../../bench/data";
import { writeOrders } from "../../bench/workbooks";
import { EXAMPLES, ROOT, tmpDir } from "./helpers";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the launcher's own CommonJS helper, plain JavaScript
const { compiledIsCurrent, SOURCES_FORMAT } = require("../../bin/compiled") as {
  compiledIsCurrent: (root: string, dir: string) => boolean;
  SOURCES_FORMAT: string;
};

function node(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: ROOT, maxBuffer: 1 << 26, env: { ...process.env, FORCE_COLOR: "0", ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 99) : 0, stdout, stderr });
    });
  });
}

// one build for the file's tests, in a folder of its own
const out = tmpDir();
const built = path.join(out, "cli");

beforeAll(async () => {
  const r = await node([path.join(ROOT, "scripts", "build-cli.js")], { JILI_CLI_OUT: built });
  if (r.code !== 0) throw new Error(`build-cli failed: ${r.stderr}`);
}, 180_000);

describe("the compiled command line", () => {
  test("lists the sources it was built from: the CLI's and the engine's TypeScript, and the lock file", () => {
    const { format, files } = JSON.parse(fs.readFileSync(path.join(built, "sources.json"), "utf8")) as { format: string; files: [string, number, number][] };
    expect(format).toBe(SOURCES_FORMAT);
    const names = files.map((f) => f[0]);
    expect(names).toEqual(expect.arrayContaining(["src/cli/main.ts", "src/engine/index.ts", "package-lock.json"]));
    expect(names.some((n) => n.includes("node_modules"))).toBe(false);
    expect(compiledIsCurrent(ROOT, built)).toBe(true);
  });

  test("fills the example workbook to the same bytes, with the same report, as the sources", async () => {
    // runs the bundle as bin/jili.js does (loadCompiled, with V8's code cache): its main() reads process.argv
    const runner = path.join(out, "run.js");
    const loader = JSON.stringify(path.join(ROOT, "bin", "compiled.js"));
    fs.writeFileSync(runner, `const dir = require("path").dirname(process.argv.splice(2, 1)[0]);\nrequire(${loader}).loadCompiled(dir).main();\n`);
    const input = path.join(EXAMPLES, "mobile-retention.xlsx");
    const a = path.join(out, "compiled.xlsx");
    const b = path.join(out, "sources.xlsx");
    const compiled = await node([runner, path.join(built, "jili.js"), "fill", input, "--scheme", "mobile-retention", "--out", a]);
    const sources = await node([path.join(ROOT, "bin", "jili.js"), "fill", input, "--scheme", "mobile-retention", "--out", b], { JILI_FROM_SOURCE: "1" });
    expect(compiled.code).toBe(0);
    expect(sources.code).toBe(0);
    expect(compiled.stdout.split(a).join("OUT")).toBe(sources.stdout.split(b).join("OUT"));
    // the example's total by hand (docs/presets/mobile-retention.md, README): 1,380.00 to 10 people
    expect(compiled.stdout).toContain("1,380.00");
    expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
    // the first run left V8's code cache beside the bundle; a run that uses it writes the same bytes
    expect(fs.existsSync(path.join(built, "jili.js.cache"))).toBe(true);
    const c = path.join(out, "cached.xlsx");
    expect((await node([runner, path.join(built, "jili.js"), "fill", input, "--scheme", "mobile-retention", "--out", c])).code).toBe(0);
    expect(fs.readFileSync(c).equals(fs.readFileSync(b))).toBe(true);
  }, 120_000);
});

describe("the compiled XML worker", () => {
  test("is beside the command line and answers a job as the sources' worker does", async () => {
    const file = path.join(built, "jili.xmlWorker.js");
    expect(fs.existsSync(file)).toBe(true);
    const worker = new Worker(file);
    try {
      const ask = (job: object) =>
        new Promise<Record<string, unknown>>((resolve) => {
          worker.once("message", resolve);
          worker.postMessage(job);
        });
      expect(await ask({ id: 1, kind: "wellFormed", parts: [{ part: "a.xml", text: "<a/>" }] })).toEqual({ id: 1, ok: true });
      expect(await ask({ id: 2, kind: "wellFormed", parts: [{ part: "b.xml", text: "<b><c:d/></b>" }] })).toMatchObject({ id: 2, ok: false, part: "b.xml" });
    } finally {
      await worker.terminate();
    }
  });

  test("a fill large enough for the worker gives the bytes the sources give", async () => {
    const dir = tmpDir();
    const input = path.join(dir, "orders.xlsx");
    await writeOrders(input, mobileRows(6000, 50));
    const runner = path.join(dir, "run.js");
    fs.writeFileSync(runner, `require(${JSON.stringify(path.join(ROOT, "bin", "compiled.js"))}).loadCompiled(${JSON.stringify(built)}).main();\n`);
    const a = path.join(dir, "compiled.xlsx");
    const b = path.join(dir, "sources.xlsx");
    expect((await node([runner, "fill", input, "--scheme", "mobile-retention", "--out", a])).code).toBe(0);
    expect((await node([path.join(ROOT, "bin", "jili.js"), "fill", input, "--scheme", "mobile-retention", "--out", b], { JILI_FROM_SOURCE: "1", JILI_XML_THREAD: "off" })).code).toBe(0);
    expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
  }, 120_000);
});

describe("when the launcher runs the compiled command line (bin/compiled.js)", () => {
  function fakeBuild(): { root: string; dir: string; source: string } {
    const root = tmpDir();
    const dir = path.join(root, "dist", "cli");
    fs.mkdirSync(dir, { recursive: true });
    const source = path.join(root, "a.ts");
    fs.writeFileSync(source, "export const a = 1;\n");
    fs.writeFileSync(path.join(dir, "jili.js"), "module.exports = {};\n");
    const s = fs.statSync(source);
    fs.writeFileSync(path.join(dir, "sources.json"), JSON.stringify({ format: SOURCES_FORMAT, files: [["a.ts", s.size, s.mtimeMs]] }));
    return { root, dir, source };
  }

  test("only while every listed source has the size and time it had at the build", () => {
    const { root, dir, source } = fakeBuild();
    expect(compiledIsCurrent(root, dir)).toBe(true);
    fs.writeFileSync(source, "export const a = 2;\n"); // same size, edited later
    fs.utimesSync(source, new Date(), new Date(Date.now() + 5000));
    expect(compiledIsCurrent(root, dir)).toBe(false);
  });

  test("never when a source is gone, the list is unreadable or of another format, or the bundle is missing", () => {
    const gone = fakeBuild();
    fs.unlinkSync(gone.source);
    expect(compiledIsCurrent(gone.root, gone.dir)).toBe(false);
    const garbled = fakeBuild();
    fs.writeFileSync(path.join(garbled.dir, "sources.json"), "{");
    expect(compiledIsCurrent(garbled.root, garbled.dir)).toBe(false);
    const other = fakeBuild();
    fs.writeFileSync(path.join(other.dir, "sources.json"), JSON.stringify({ format: "other/1", files: [] }));
    expect(compiledIsCurrent(other.root, other.dir)).toBe(false);
    const noBundle = fakeBuild();
    fs.unlinkSync(path.join(noBundle.dir, "jili.js"));
    expect(compiledIsCurrent(noBundle.root, noBundle.dir)).toBe(false);
  });
});
