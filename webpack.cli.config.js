// Builds the `jili` command line into one compiled file, dist/cli/jili.js, so a run starts without loading and
// transpiling ≈ 450 TypeScript modules (0.23 s → 0.14 s measured for `jili --version`; BENCHMARKS.md). bin/jili.js
// uses it only while it matches the sources it was built from (dist/cli/sources.json), else it runs the sources.
// Plain JavaScript, not TypeScript: `npm ci` runs it (the `prepare` script) before anything could compile a config.
"use strict";
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

const { SOURCES_FORMAT } = require("./bin/compiled");

/** dist/cli, or another folder for a test that builds the command line (JILI_CLI_OUT) */
const OUT = process.env.JILI_CLI_OUT || path.join(__dirname, "dist", "cli");

function isFile(f) {
  try {
    return fs.statSync(f).isFile();
  } catch {
    return false;
  }
}

/**
 * Records what the launcher compares (bin/compiled.js): every file of the bundle outside node_modules, and the lock
 * file (dependencies), with their sizes and modification times. Written after the bundle, so a launcher that finds
 * it finds the bundle complete.
 */
class SourcesPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("JiliSources", (compilation) => {
      const files = [...compilation.fileDependencies]
        .filter((f) => f.startsWith(__dirname + path.sep) && !f.includes(`${path.sep}node_modules${path.sep}`) && isFile(f))
        .concat([path.join(__dirname, "package-lock.json")])
        .sort()
        .map((f) => {
          const s = fs.statSync(f);
          return [path.relative(__dirname, f).split(path.sep).join("/"), s.size, s.mtimeMs];
        });
      fs.writeFileSync(path.join(compiler.outputPath, "sources.json"), JSON.stringify({ format: SOURCES_FORMAT, files }) + "\n");
    });
  }
}

module.exports = {
  mode: "production",
  target: "node20",
  // the command line, and the worker thread it starts for strict XML work (src/cli/xlsx/xmlThread.ts)
  entry: { jili: path.join(__dirname, "src", "cli", "main.ts"), "jili.xmlWorker": path.join(__dirname, "src", "cli", "xlsx", "xmlWorker.ts") },
  output: { path: OUT, filename: "[name].js", chunkFilename: "jili.[name].js", library: { type: "commonjs2" }, clean: true },
  // __dirname is the folder of the compiled file (dist/cli), where the worker's file is
  node: { __dirname: false },
  resolve: { extensions: [".ts", ".js", ".json"] },
  module: {
    rules: [{ test: /\.ts$/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", moduleResolution: "node", sourceMap: false } } } }],
  },
  // readable stack traces in bug reports: names and lines are kept
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
  stats: "errors-warnings",
  plugins: [new webpack.DefinePlugin({ __JILI_COMPILED__: "true" }), new SourcesPlugin()],
};
