#!/usr/bin/env node
"use strict";
// Launcher of the `jili` command line. It runs the compiled command line, dist/cli/jili.js (built by `npm ci`'s
// prepare step, or `npm run build:cli`), while that file matches the sources it was built from: every file listed
// in dist/cli/sources.json still has its size and modification time. Otherwise (a source edited since, no build, or
// JILI_FROM_SOURCE=1) it runs the TypeScript sources directly (bin/tsHook.js).
const path = require("path");
const { compiledIsCurrent, loadCompiled } = require("./compiled");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "dist", "cli");
if (process.env.JILI_FROM_SOURCE !== "1" && compiledIsCurrent(root, compiled)) {
  loadCompiled(compiled).main();
} else {
  require("./tsHook").registerTypeScript();
  require(path.join(root, "src", "cli", "main.ts")).main();
}
