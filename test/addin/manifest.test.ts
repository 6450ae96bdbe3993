import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

// Structural rules of a shared-runtime manifest that Microsoft's online validator would check, and that the
// shared runtime needs to load at all (same resid for Runtime, Page and FunctionFile; <Runtimes> first in <Host>).
const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", preserveOrder: true });
const ordered = parser.parse(xml) as Node[];

function children(node: Node): Node[] {
  const key = Object.keys(node).find((k) => k !== ":@");
  const value = key ? node[key] : undefined;
  return Array.isArray(value) ? (value as Node[]) : [];
}
function nameOf(node: Node): string {
  return Object.keys(node).find((k) => k !== ":@") ?? "";
}
function attr(node: Node, a: string): string | undefined {
  return (node[":@"] as Record<string, string> | undefined)?.[`@${a}`];
}
/** every element named `name`, depth-first */
function all(nodes: Node[], name: string, out: Node[] = []): Node[] {
  for (const n of nodes) {
    if (nameOf(n) === name) out.push(n);
    all(children(n), name, out);
  }
  return out;
}
function first(nodes: Node[], name: string): Node {
  const n = all(nodes, name)[0];
  if (!n) throw new Error(`no <${name}>`);
  return n;
}
function sourceResid(node: Node): string | undefined {
  return attr(first(children(node), "SourceLocation"), "resid");
}

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test("asks for ReadWriteDocument and no more", () => {
    expect(all(ordered, "Permissions").map((p) => (children(p)[0] as { "#text": string })["#text"])).toEqual(["ReadWriteDocument"]);
  });

  test("requires the shared runtime and declares it long-lived, first inside the workbook <Host>", () => {
    expect(all(ordered, "Set").map((s) => attr(s, "Name"))).toContain("SharedRuntime");
    const overrides = first(ordered, "VersionOverrides");
    const host = all(children(overrides), "Host").find((h) => attr(h, "xsi:type") === "Workbook") as Node;
    expect(nameOf(children(host)[0])).toBe("Runtimes");
    const runtime = first(children(host), "Runtime");
    expect(attr(runtime, "lifetime")).toBe("long");
  });

  test("Runtime, custom-functions Page and FunctionFile use the same resid (or the shared runtime won't load)", () => {
    const runtime = attr(first(ordered, "Runtime"), "resid");
    const page = sourceResid(first(ordered, "Page"));
    const functionFile = attr(first(ordered, "FunctionFile"), "resid");
    expect([page, functionFile]).toEqual([runtime, runtime]);
    const action = first(ordered, "Action");
    expect(sourceResid(action)).toBe(runtime);
  });

  test("custom functions: namespace JILI; script, metadata and resids within Office's limits", () => {
    const ns = attr(first(ordered, "Namespace"), "resid") as string;
    const shortStrings = all(ordered, "bt:String");
    const namespace = shortStrings.find((s) => attr(s, "id") === ns);
    expect(attr(namespace as Node, "DefaultValue")).toBe("JILI");
    expect(ns.length).toBeLessThanOrEqual(32);
    for (const el of [...all(ordered, "Runtime"), ...all(ordered, "Namespace")]) expect((attr(el, "resid") as string).length).toBeLessThanOrEqual(32);
  });

  test("every resid used is defined in Resources, and every image file exists", () => {
    const defined = new Set([...all(ordered, "bt:Image"), ...all(ordered, "bt:Url"), ...all(ordered, "bt:String")].map((e) => attr(e, "id")).filter(Boolean));
    const used = (xml.match(/resid="([^"]+)"/g) ?? []).map((m) => m.slice(7, -1));
    expect(used.filter((r) => !defined.has(r))).toEqual([]);
    for (const url of xml.match(/https:\/\/localhost:3000\/assets\/[\w-]+\.png/g) ?? []) {
      expect(existsSync(join(root, "assets", url.split("/").pop() as string))).toBe(true);
    }
  });

  test("display name, description and the zh-CN function metadata have zh-CN overrides", () => {
    for (const tag of ["DisplayName", "Description"]) {
      const el = first(ordered, tag);
      expect(all(children(el), "Override").map((o) => attr(o, "Locale"))).toEqual(["zh-CN"]);
    }
    const metadata = all(ordered, "bt:Url").find((u) => attr(u, "id") === "Functions.Metadata.Url") as Node;
    const zh = all(children(metadata), "bt:Override").find((o) => attr(o, "Locale") === "zh-CN") as Node;
    expect(attr(zh, "Value")).toBe("https://localhost:3000/functions-zh-cn.json");
  });
});
