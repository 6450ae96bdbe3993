/**
 * The preview server (npm run preview): serves the built preview page (dist/preview) and the workbooks it shows,
 * read from examples/ — or uploaded by the user — and converted to JSON with exceljs. Local only, no network.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { xlsxToJson } from "./xlsxToJson";

const ROOT = path.resolve(__dirname, "..", "..");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};
const MAX_UPLOAD = 30 * 1024 * 1024;

export interface PreviewServerOptions {
  /** the host "/" opens the page on: "wps" for the simulated WPS 表格 (npm run preview -- --host wps) */
  hostApp?: "excel" | "wps";
  port?: number;
  host?: string;
  /** the built page, default dist/preview */
  dist?: string;
  /** the bundled samples, default examples/ */
  examples?: string;
}

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

function samples(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".xlsx") && !f.startsWith("~$"))
    .sort();
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, TYPES[".json"], JSON.stringify(value));
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    req.on("data", (b: Buffer) => {
      size += b.length;
      if (size > MAX_UPLOAD) {
        reject(new Error(`upload larger than ${MAX_UPLOAD} bytes`));
        req.destroy();
      } else parts.push(b);
    });
    req.on("end", () => resolve(Buffer.concat(parts)));
    req.on("error", reject);
  });
}

export function startPreviewServer(options: PreviewServerOptions = {}): Promise<PreviewServer> {
  const dist = path.resolve(options.dist ?? path.join(ROOT, "dist", "preview"));
  const examples = path.resolve(options.examples ?? path.join(ROOT, "examples"));
  const server = http.createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => sendJson(res, 500, { error: e instanceof Error ? e.message : String(e) }));
  });
  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/") {
      res.writeHead(302, { Location: options.hostApp === "wps" ? "/preview.html?host=wps" : "/preview.html" });
      return void res.end();
    }
    if (url.pathname === "/favicon.ico") {
      res.writeHead(204);
      return void res.end();
    }
    if (url.pathname === "/api/samples") return sendJson(res, 200, samples(examples));
    if (url.pathname === "/api/workbook") {
      const name = url.searchParams.get("name") ?? "";
      // only a listed sample: never a path
      if (!samples(examples).includes(name)) return sendJson(res, 404, { error: `no sample named ${name}` });
      return sendJson(res, 200, await xlsxToJson(fs.readFileSync(path.join(examples, name)), name));
    }
    if (url.pathname === "/api/convert") {
      if (req.method !== "POST") return sendJson(res, 405, { error: "POST the .xlsx file" });
      const name = (url.searchParams.get("name") ?? "upload.xlsx").slice(0, 200);
      try {
        return sendJson(res, 200, await xlsxToJson(await readBody(req), name));
      } catch (e) {
        return sendJson(res, 400, { error: `not a readable .xlsx: ${e instanceof Error ? e.message : String(e)}` });
      }
    }
    const file = path.resolve(dist, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(dist + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, TYPES[".txt"], "not found");
    send(res, 200, TYPES[path.extname(file)] ?? "application/octet-stream", fs.readFileSync(file));
  }
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 3100, options.host ?? "127.0.0.1", () => {
      const { address, port } = server.address() as AddressInfo;
      resolve({
        url: `http://${address}:${port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3100);
  const dist = path.join(ROOT, "dist", "preview");
  if (!fs.existsSync(path.join(dist, "preview.html"))) {
    console.error("dist/preview/preview.html is missing: build it with `npm run preview` (or webpack --env preview --output-path dist/preview)");
    process.exit(1);
  }
  // npm run preview -- --host wps
  const at = process.argv.indexOf("--host");
  const hostApp = at > 0 && process.argv[at + 1] === "wps" ? "wps" : "excel";
  startPreviewServer({ port, dist, hostApp }).then(
    (s) => console.log(`Jili preview: ${s.url}preview.html${hostApp === "wps" ? "?host=wps" : ""}  (Ctrl+C to stop)`),
    (e: unknown) => {
      console.error(`could not start the preview server on port ${port}: ${e instanceof Error ? e.message : String(e)} (set PORT=…)`);
      process.exit(1);
    },
  );
}
