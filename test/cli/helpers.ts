import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../../src/cli/main";

export const ROOT = path.join(__dirname, "..", "..");
export const EXAMPLES = path.join(ROOT, "examples");
export const FIXTURES = path.join(ROOT, "test", "fixtures");
const BIN = path.join(ROOT, "bin", "jili.js");

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `bin/jili.js` as a subprocess, as a user would. */
export function jili(args: string[], cwd = ROOT): Promise<CliOutcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: "0" } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 99) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs the same command line in this process (fast; used where many variants are checked). */
export async function jiliInProcess(args: string[]): Promise<CliOutcome> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { out: (s) => (stdout += s), err: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

export function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "jili-cli-"));
}

export function example(name: string): string {
  return path.join(EXAMPLES, name);
}
