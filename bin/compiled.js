"use strict";
// Whether the compiled command line (dist/cli/jili.js) may run: it must have been built from the sources as they are
// now. sources.json (written by webpack.cli.config.js) lists every file the bundle was built from with its size and
// modification time; one changed, missing or unreadable means the sources run instead (bin/jili.js).
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const Module = require("module");

const SOURCES_FORMAT = "jili-cli-sources/1";

/** True when every file listed in `<dir>/sources.json` (paths relative to `root`) is as it was at the build. */
function compiledIsCurrent(root, dir) {
  try {
    const { format, files } = JSON.parse(fs.readFileSync(path.join(dir, "sources.json"), "utf8"));
    if (format !== SOURCES_FORMAT || !Array.isArray(files) || files.length === 0) return false;
    if (!fs.existsSync(path.join(dir, "jili.js"))) return false;
    return files.every(([file, size, mtimeMs]) => {
      const s = fs.statSync(path.join(root, file), { throwIfNoEntry: false });
      return s !== undefined && s.size === size && s.mtimeMs === mtimeMs;
    });
  } catch {
    return false;
  }
}

/**
 * Loads the compiled command line with V8's code cache (jili.js.cache beside it): the 4 MB file is not parsed and
 * compiled again at each run (≈ 30 ms of the 0.13 s start measured). Node 20 has no module compile cache of its own
 * (module.enableCompileCache came in Node 22), and for one file a library would be more than this: the file is
 * wrapped and run as Node's loader would, with a require of its own folder. The cache is written after a run that
 * had none, or whose cache V8 refused (another Node or another build); a folder that cannot be written is no error.
 */
function loadCompiled(dir) {
  const file = path.join(dir, "jili.js");
  const cacheFile = `${file}.cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, "utf8")), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(dir);
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, dir);
  mod.loaded = true;
  if (cachedData === undefined || script.cachedDataRejected) {
    // after the run, so the functions it compiled are in the cache too
    process.once("exit", () => {
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        // a read-only install runs without the cache
      }
    });
  }
  return mod.exports;
}

module.exports = { compiledIsCurrent, loadCompiled, SOURCES_FORMAT };
