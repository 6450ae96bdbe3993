"use strict";
// Whether the compiled command line (dist/cli/jili.js) may run: it must have been built from the sources as they are
// now. sources.json (written by webpack.cli.config.js) lists every file the bundle was built from with its size and
// modification time; one changed, missing or unreadable means the sources run instead (bin/jili.js).
const fs = require("fs");
const path = require("path");

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

module.exports = { compiledIsCurrent, SOURCES_FORMAT };
