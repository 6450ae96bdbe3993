// A small scheme document around any header text: what the file-layer tests and `npm run corpus` fill workbooks with.

const t = (s: string) => ({ "zh-CN": s, "en-US": s });

/**
 * A one-part scheme reading one text column (headed `header`): every row with a value there earns 2, grouped by
 * that value (so `fill` writes a column, a status, an explanation and a summary sheet with a chart).
 */
export function smallScheme(header: string): Record<string, unknown> {
  return {
    format: "jili-scheme/1",
    id: "file-layer-test",
    title: t("file layer test"),
    parts: [
      {
        id: "main",
        title: t("main"),
        fields: [{ key: "who", type: "text", title: t("who"), headers: [header] }],
        levels: [{ id: "g", title: t("g"), keys: [{ name: "person", expr: "who", title: t("person") }] }],
        steps: [
          { name: "pay", kind: "flatRate", quantity: "1", rate: 2 },
          { name: "total", kind: "aggregate", scope: "g", op: "sum", of: "pay" },
        ],
        outputs: { row: [{ name: "pay", title: t("pay"), type: "money" }], g: [{ name: "total", title: t("total"), type: "money" }] },
      },
    ],
  };
}
