"use strict";
// Runs TypeScript sources under plain Node, for bin/jili.js and for the worker threads the command line starts
// (bin/tsWorker.js): each .ts file is transpiled (TypeScript's transpileModule, no type check) and the result cached
// under node_modules/.cache/jili, keyed by the file's content, so later runs start fast.
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const Module = require("module");

const root = path.join(__dirname, "..");
const cacheDir = path.join(root, "node_modules", ".cache", "jili");
let ts = null;
let tsVersion = null;

function typescriptVersion() {
  if (tsVersion === null) tsVersion = JSON.parse(fs.readFileSync(require.resolve("typescript/package.json", { paths: [root] }), "utf8")).version;
  return tsVersion;
}

function transpile(source, filename) {
  const key = crypto.createHash("sha256").update(`${typescriptVersion()}\0${filename}\0${source}`).digest("hex");
  const cached = path.join(cacheDir, `${key}.js`);
  try {
    return fs.readFileSync(cached, "utf8");
  } catch {
    // not cached yet
  }
  if (!ts) ts = require(require.resolve("typescript", { paths: [root] }));
  const out = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021, esModuleInterop: true, resolveJsonModule: true, sourceMap: false, inlineSourceMap: true },
  }).outputText;
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, out);
    fs.renameSync(tmp, cached);
  } catch {
    // a read-only install still runs, just without the cache
  }
  return out;
}

/** Makes `require` of a .ts file transpile it (once per process). */
function registerTypeScript() {
  if (Module._extensions[".ts"]) return;
  Module._extensions[".ts"] = function (module, filename) {
    module._compile(transpile(fs.readFileSync(filename, "utf8"), filename), filename);
  };
}

module.exports = { registerTypeScript };
