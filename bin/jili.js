#!/usr/bin/env node
"use strict";
// Launcher of the `jili` command line. It runs the compiled command line, dist/cli/jili.js (built by `npm ci`'s
// prepare step, or `npm run build:cli`), while that file matches the sources it was built from: every file listed
// in dist/cli/sources.json still has its size and modification time. Otherwise (a source edited since, no build, or
// JILI_FROM_SOURCE=1) it runs the TypeScript sources directly: each .ts file is transpiled (TypeScript's
// transpileModule, no type check) and the result cached under node_modules/.cache/jili, keyed by the file's content.
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const Module = require("module");
const { compiledIsCurrent } = require("./compiled");

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

const compiled = path.join(root, "dist", "cli");
if (process.env.JILI_FROM_SOURCE !== "1" && compiledIsCurrent(root, compiled)) {
  require(path.join(compiled, "jili.js")).main();
} else {
  Module._extensions[".ts"] = function (module, filename) {
    module._compile(transpile(fs.readFileSync(filename, "utf8"), filename), filename);
  };
  require(path.join(root, "src", "cli", "main.ts")).main();
}
