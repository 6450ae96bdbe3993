// The cells a fill writes into each data row, written as bytes made once per column and value (dataCells.ts): the
// XML must be what each cell means whether its bytes were remembered or made on the spot (more than 4 096 distinct
// values in a column), for texts, numbers with and without a number format (the same numbers in both), yes/no, and a
// number no cell can hold.
// Expected cells are written out here by hand.
import { FillPlan } from "../../src/engine";
import { writeCell } from "../../src/cli/xlsx/cellXml";
import { dataCells } from "../../src/cli/xlsx/dataCells";
import { TextSink } from "../../src/cli/xlsx/partSink";

const ROWS = 6000;

function plan(): FillPlan {
  const texts = Array.from({ length: ROWS }, (_, k) => (k % 7 === 0 ? "" : `无效: 「金额」应填数字：${k}<&>`));
  // distinct amounts past the 4 096 kept, and the small whole numbers the units column also holds
  const amounts = Array.from({ length: ROWS }, (_, k) => (k === 3 ? Number.POSITIVE_INFINITY : k % 11 === 0 ? null : k % 2 || k >= 600 ? k + 0.5 : k % 3));
  const units = Array.from({ length: ROWS }, (_, k) => k % 3);
  const flags = Array.from({ length: ROWS }, (_, k) => k % 2 === 0);
  return {
    columns: [
      { name: "status", header: "【Jili】状态", kind: "status", values: texts },
      { name: "amount", header: "【Jili】金额", kind: "output", numberFormat: "#,##0.00", values: amounts },
      { name: "units", header: "【Jili】效能", kind: "output", values: units },
      { name: "flag", header: "【Jili】标记", kind: "output", values: flags },
    ],
    summary: null,
    stats: { rows: ROWS, ok: ROWS, excluded: 0, invalid: 0, pending: 0, paid: 0, total: 0, byReason: {} },
  };
}

/** row r (sheet row r + 2) as the test expects it: columns K, L, M, N; the amount's style 7 */
function expected(p: FillPlan, r: number): string {
  const row = r + 2;
  const out: string[] = [];
  const text = p.columns[0].values[r] as string;
  if (text !== "") out.push(`<c r="K${row}" t="inlineStr"><is><t>${text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</t></is></c>`);
  const amount = p.columns[1].values[r];
  // a number no cell can hold is written as its text, in the column's style
  if (amount === Number.POSITIVE_INFINITY) out.push(`<c r="L${row}" s="7" t="inlineStr"><is><t>Infinity</t></is></c>`);
  else if (amount !== null) out.push(`<c r="L${row}" s="7"><v>${amount}</v></c>`);
  out.push(`<c r="M${row}"><v>${p.columns[2].values[r]}</v></c>`);
  out.push(`<c r="N${row}" t="b"><v>${p.columns[3].values[r] ? 1 : 0}</v></c>`);
  return out.join("");
}

test("every cell of 6 000 rows is what it means, remembered or made on the spot", () => {
  const p = plan();
  const rowIndex = new Int32Array(ROWS + 2).fill(-1);
  for (let r = 0; r < ROWS; r++) rowIndex[r + 2] = r;
  const cellsOf = dataCells({ prefix: "", plan: p, slots: [10, 11, 12, 13], letters: ["K", "L", "M", "N"], order: [0, 1, 2, 3], columnStyles: [undefined, 7, undefined, undefined], headerRow: 1, headerStyle: 3, rowIndex, lastRow: ROWS + 1 });
  // twice over: the second pass reads the remembered bytes of the first 4 096 values of each column
  for (let pass = 0; pass < 2; pass++) {
    for (let r = 0; r < ROWS; r++) {
      const sink = new TextSink();
      const cells = cellsOf(r + 2);
      for (const c of cells) writeCell(sink, c);
      expect(sink.toString()).toBe(expected(p, r));
      expect(cells.map((c) => c.col)).toEqual([10, 11, 12, 13].filter((col, i) => (i === 0 ? p.columns[0].values[r] !== "" : i === 1 ? p.columns[1].values[r] !== null : true)));
    }
  }
  const header = new TextSink();
  for (const c of cellsOf(1)) writeCell(header, c);
  expect(header.toString()).toBe(`<c r="K1" s="3" t="inlineStr"><is><t>【Jili】状态</t></is></c><c r="L1" s="3" t="inlineStr"><is><t>【Jili】金额</t></is></c><c r="M1" s="3" t="inlineStr"><is><t>【Jili】效能</t></is></c><c r="N1" s="3" t="inlineStr"><is><t>【Jili】标记</t></is></c>`);
  // a row outside the plan gets nothing
  expect(cellsOf(ROWS + 5)).toEqual([]);
});
