import { readFileSync } from "fs";
import { join } from "path";

// The task pane runs inside Office with the user's workbook open: its page allows scripts from itself and from
// Office's CDN only, never eval (webpack's default development devtool is eval-based, so the config is checked too).
const root = join(__dirname, "..", "..");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

function policyOf(file: string): Map<string, string[]> {
  const html = readFileSync(join(root, file), "utf8");
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!meta) throw new Error(`${file} sets no Content-Security-Policy`);
  const directives = new Map<string, string[]>();
  for (const part of meta[1].split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

describe.each(["src/taskpane/taskpane.html", "src/preview/preview.html"])("%s", (file) => {
  const policy = policyOf(file);

  test("falls back to the page's own origin", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  test("runs scripts from the page and Office's CDN only: no inline script, no eval", () => {
    const scripts = policy.get("script-src") ?? [];
    expect(scripts).toContain("'self'");
    for (const source of scripts) expect(["'self'", OFFICE_CDN]).toContain(source);
  });

  test("loads no plugins and cannot move its base URL", () => {
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
  });

  test("names no plain-http or wildcard source", () => {
    for (const sources of policy.values()) {
      for (const source of sources) {
        expect(source).not.toMatch(/^http:|^\*$|^https:$/);
      }
    }
  });
});

test("the webpack build uses no eval-based source maps (the policy would block them)", () => {
  const config = readFileSync(join(root, "webpack.config.ts"), "utf8");
  const devtool = /devtool:\s*([^,\n]+)/.exec(config);
  expect(devtool).not.toBeNull();
  expect(devtool![1]).not.toMatch(/eval/);
});
