// Writes the benchmark workbooks: the orders as a clerk's sheet (dates as real dates) and, for the peer, the same
// orders with the rules as native spreadsheet formulas (IF/AND per row, COUNTIFS/SUMIFS per person-month, MIN/MAX for
// the step bonus).
import ExcelJS from "exceljs";
import { MOBILE_HEADERS } from "./data";

export const ORDERS_SHEET = "订单";
export const PEOPLE_SHEET = "人月";

function isoDate(text: string): Date {
  return new Date(`${text}T00:00:00Z`);
}

/** person-month key as the peer's formulas build it: staff id | yyyymm */
export function peerKey(row: string[]): string {
  return `${row[1]}|${row[3].slice(0, 4)}${row[3].slice(5, 7)}`;
}

async function write(file: string, rows: string[][], formulas: boolean): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet(ORDERS_SHEET);
  const extra = formulas ? ["有效", "年月", "人月", "移动效能"] : [];
  ws.addRow([...MOBILE_HEADERS, ...extra]).commit();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const cells: ExcelJS.CellValue[] = [r[0], r[1], r[2], isoDate(r[3]), r[4], r[5], r[6], r[7], r[8], r[9]];
    if (formulas) {
      const n = i + 2;
      cells.push(
        { formula: `IF(AND(G${n}="否",H${n}="否",J${n}="否",I${n}="是",OR(C${n}="营业员",C${n}="中心经理",C${n}="网格经理",C${n}="装维经理"),D${n}>=DATE(2016,1,1)),1,0)` } as ExcelJS.CellFormulaValue,
        { formula: `YEAR(D${n})*100+MONTH(D${n})` } as ExcelJS.CellFormulaValue,
        { formula: `B${n}&"|"&L${n}` } as ExcelJS.CellFormulaValue,
        { formula: `IF(K${n}=1,IF(F${n}="到期目标客户",1,0.5),0)` } as ExcelJS.CellFormulaValue,
      );
    }
    const row = ws.addRow(cells);
    row.getCell(4).numFmt = "yyyy-mm-dd";
    row.commit();
  }
  ws.commit();
  if (formulas) {
    const last = rows.length + 1;
    const range = (col: string) => `${ORDERS_SHEET}!$${col}$2:$${col}$${last}`;
    const people = wb.addWorksheet(PEOPLE_SHEET);
    people.addRow(["人月", "岗位", "计奖户数", "月度移动效能", "揽装奖励合计"]).commit();
    const keys = [...new Set(rows.map(peerKey))];
    keys.forEach((key, i) => {
      const n = i + 2;
      people
        .addRow([
          key,
          { formula: `INDEX(${range("C")},MATCH(A${n},${range("M")},0))` },
          { formula: `COUNTIFS(${range("M")},A${n},${range("K")},1)` },
          { formula: `SUMIFS(${range("N")},${range("M")},A${n},${range("K")},1)` },
          { formula: `IF(B${n}="营业员",20*MIN(C${n},5)+40*MAX(0,C${n}-5),20*MIN(C${n},2)+40*MAX(0,C${n}-2))` },
        ] as ExcelJS.CellValue[])
        .commit();
    });
    people.commit();
  }
  await wb.commit();
}

/** The orders sheet Jili fills. */
export function writeOrders(file: string, rows: string[][]): Promise<void> {
  return write(file, rows, false);
}

/** The peer: the same orders with formula columns and a person-month sheet of COUNTIFS/SUMIFS/MIN/MAX. */
export function writePeer(file: string, rows: string[][]): Promise<void> {
  return write(file, rows, true);
}
