#!/usr/bin/env node
// `npm run build:cli`, and the `prepare` step of `npm ci`: compiles the command line into dist/cli/jili.js with
// webpack's Node API. Where webpack is not installed (an install without dev dependencies) it says so and stops
// without failing the install: bin/jili.js then runs the TypeScript sources, only slower to start.
"use strict";
let webpack;
try {
  webpack = require("webpack");
} catch {
  console.warn("jili: webpack is not installed; the command line will run from its TypeScript sources");
  process.exit(0);
}
const config = require("../webpack.cli.config.js");

// as `npm ci`'s prepare step a failed build does not fail the install (the sources still run); `npm run build:cli`
// and the tests' build fail on it
const asPrepare = process.argv.includes("--prepare");

webpack(config, (err, stats) => {
  if (err || stats.hasErrors()) {
    console.error(err ? err.message : stats.toString("errors-only"));
    if (asPrepare) console.warn("jili: the command line was not compiled; it will run from its TypeScript sources");
    else process.exitCode = 1;
    return;
  }
  console.log(`jili: command line compiled to dist/cli/jili.js in ${((stats.endTime - stats.startTime) / 1000).toFixed(1)} s`);
});
