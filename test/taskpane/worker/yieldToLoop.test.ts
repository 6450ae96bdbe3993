// The pane's turn of the event loop (yieldToLoop.ts) under Node: a process awaiting a turn must get it. Its
// MessageChannel was unref'd, so a Node process (the bench's pane fill) ended there, silently, with exit 0.
import { execFileSync } from "child_process";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..", "..");

test("a Node process that awaits turns gets them and goes on, then ends (the idle channel does not hold it)", () => {
  const script = [
    `require(${JSON.stringify(path.join(ROOT, "bin", "tsHook.js"))}).registerTypeScript();`,
    `const { yieldToLoop } = require(${JSON.stringify(path.join(ROOT, "src", "taskpane", "worker", "yieldToLoop.ts"))});`,
    `(async () => { for (let i = 0; i < 3; i++) await yieldToLoop(); console.log("turned 3"); })();`,
  ].join("\n");
  // a process kept alive by an idle channel would never end: execFileSync's timeout would fail the test
  const out = execFileSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 30_000 });
  expect(out.trim()).toBe("turned 3");
});
