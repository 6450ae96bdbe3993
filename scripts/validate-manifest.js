// npm run validate: Microsoft's online manifest validator; only when its service cannot be reached (as on the
// project's machines, which reach nothing but package registries) fall back to the offline checks: the
// manifest parsed by office-addin-manifest, then the structural tests in test/addin/manifest.test.ts.
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const cli = path.join(root, "node_modules", "office-addin-manifest", "cli.js");
const manifest = process.argv[2] || "manifest.xml";

const online = spawnSync(process.execPath, [cli, "validate", manifest], { cwd: root, encoding: "utf8" });
process.stdout.write(online.stdout);
process.stderr.write(online.stderr);
const unreachable = /Unable to contact the manifest validation service/.test(online.stdout + online.stderr);
if (!unreachable) process.exit(online.status === null ? 1 : online.status);

console.log("\nThe online validator cannot be reached from here: running the offline checks instead.");
const info = spawnSync(process.execPath, [cli, "info", manifest], { cwd: root, stdio: "inherit" });
if (info.status !== 0) process.exit(info.status || 1);
const jest = path.join(root, "node_modules", "jest", "bin", "jest.js");
const tests = spawnSync(process.execPath, [jest, "test/addin/manifest.test.ts"], { cwd: root, stdio: "inherit" });
process.exit(tests.status === null ? 1 : tests.status);
