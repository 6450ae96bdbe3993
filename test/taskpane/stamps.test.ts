import "./textEncoder";
import type { SavedRun, WorkbookPort } from "../../src/excel/port";
import type { StatementsPort } from "../../src/excel/statements";
import { SimBook } from "../../src/preview/excelSim";
import { stampTime } from "../../src/taskpane/controller/clock";
import { PaneSession } from "../../src/taskpane/controller/session";
import { attachStatements, StatementsController } from "../../src/taskpane/controller/statements";
import { whatIfFor } from "../../src/taskpane/controller/whatIf";
import { HEADERS, order } from "../excel/data";
import { sheetAdapterFor } from "../excel/harness";
import { summaryByKey } from "../excel/tablesScenario";
import type { Cell } from "../excel/types";
import { wpsAdapterFor } from "../wps/harness";

// Issue 19 item 1: every result knows what it was computed from, and the pane says when the data or the rules have
// changed since — on the simulated Excel and WPS hosts, the run saved in the workbook and read back on re-opening.
// Amounts: mobile-retention 营业员, the first 5 counted households 20 yuan each, every one after 40
// (docs/presets/mobile-retention.md): 8 households 5×20 + 3×40 = 220; 9 households 5×20 + 4×40 = 260.

const DATA = "明细";

/** 王丽's households, one a day in January 2016 */
const households = (n: number): (Cell | null)[][] => [HEADERS, ...Array.from({ length: n }, (_, i) => order("王丽", "营业员", i + 1, true))];

function bookOf(n: number): SimBook {
  const book = new SimBook(DATA);
  book.active.put(households(n));
  return book;
}

interface Opened {
  port: WorkbookPort;
  statements: StatementsPort;
}

/** The host's ports over the book as the pane starts them: Jili's settings read from the workbook. */
const HOSTS: [string, (book: SimBook) => Promise<Opened>][] = [
  ["Excel", async (book) => sheetAdapterFor(book)],
  ["WPS", async (book) => wpsAdapterFor(book)],
];

/** A pane started over the book (a new session: the workbook opened again), with its clock and statements action. */
async function openPane(open: (book: SimBook) => Promise<Opened>, book: SimBook, at: string): Promise<{ session: PaneSession; statements: StatementsController; port: WorkbookPort }> {
  const ports = await open(book);
  const session = new PaneSession(ports.port, "zh-CN", () => at);
  const statements = attachStatements(session, ports.statements);
  await session.open();
  return { session, statements, port: ports.port };
}

/** Every text cell of a sheet. */
function texts(book: SimBook, sheet: string): string[] {
  return [...(book.sheet(sheet)?.cells.values() ?? [])].filter((v): v is string => typeof v === "string");
}

const stampLineOf = (book: SimBook, sheet: string) => texts(book, sheet).find((v) => v.startsWith("计算依据："));

const total = (book: SimBook) => summaryByKey(book.sheet("Jili汇总")).get("王丽")?.["揽装奖励合计(元)"];

describe.each(HOSTS)("%s: run stamps and staleness", (_host, open) => {
  test("a fill carries its stamp, with the injected clock's time, under the summary; the stamp is saved with the run", async () => {
    const book = bookOf(8);
    const { session, port } = await openPane(open, book, "2016-02-01 09:30");
    session.chooseScheme("preset:mobile-retention");
    await session.fill();
    expect(session.getState().error).toBeNull();
    expect(total(book)).toBe(220);
    expect(stampLineOf(book, "Jili汇总")).toMatch(/^计算依据：方案「.+」（mobile-retention），规则 #[0-9a-f]{8}；数据：工作表「明细」8 行 #[0-9a-f]{8}；计算时间 2016-02-01 09:30$/);
    const saved = port.loadRun() as SavedRun;
    expect(saved.stamps?.fill).toMatchObject({ sheet: DATA, rows: 8, at: "2016-02-01 09:30" });
    expect(session.getState().stale).toBeNull();
  });

  test("re-opened with nothing changed (Jili's columns on the sheet now): no warning", async () => {
    const book = bookOf(8);
    const first = await openPane(open, book, "2016-02-01 09:30");
    first.session.chooseScheme("preset:mobile-retention");
    await first.session.fill();
    const again = await openPane(open, book, "2016-02-03 08:00");
    const st = again.session.getState();
    expect(st.error).toBeNull();
    expect(st.schemeKey).toBe("saved");
    expect(st.table?.sheet).toBe(DATA);
    expect(st.stale).toBeNull();
  });

  test("re-opened after the data changed: the data is named stale, and Refresh all restores fresh results from the data sheet, whichever sheet is active", async () => {
    const book = bookOf(8);
    const first = await openPane(open, book, "2016-02-01 09:30");
    first.session.chooseScheme("preset:mobile-retention");
    await first.session.fill();
    // a ninth household added after the fill, and the clerk left the summary sheet active
    book.sheet(DATA)!.put([order("王丽", "营业员", 9, true)], 10, 0);
    book.activate(book.sheet("Jili汇总")!);

    const { session, port } = await openPane(open, book, "2016-02-03 08:00");
    let st = session.getState();
    expect(st.error).toBeNull();
    expect(st.stale).toMatchObject({ data: true, rules: false });
    expect(st.stale?.outputs.map((o) => [o.kind, o.stamp.at])).toEqual([["fill", "2016-02-01 09:30"]]);

    await session.refreshAll();
    st = session.getState();
    expect(st.error).toBeNull();
    expect(st.summary?.totalText).toBe("260.00");
    expect(total(book)).toBe(260);
    expect(stampLineOf(book, "Jili汇总")).toMatch(/数据：工作表「明细」9 行 #[0-9a-f]{8}；计算时间 2016-02-03 08:00$/);
    expect(st.stale).toBeNull();
    expect((port.loadRun() as SavedRun).stamps?.fill).toMatchObject({ rows: 9, at: "2016-02-03 08:00" });
  });

  test("a rate changed by what-if marks the results stale (the rules, not the data); Refresh all computes them with it", async () => {
    const book = bookOf(8);
    const { session } = await openPane(open, book, "2016-02-01 09:30");
    session.chooseScheme("preset:mobile-retention");
    await session.fill();
    const whatIf = whatIfFor(session);
    const rate = whatIf.options().find((o) => o.label.includes("营业员 1–5 · 每户奖励（元）"));
    expect(rate?.value).toBe(20);
    whatIf.choose(rate!.id);
    whatIf.setValue("25");
    await whatIf.compare();
    expect(whatIf.getState().error).toBeNull();
    whatIf.apply();
    expect(session.getState().stale).toMatchObject({ data: false, rules: true });
    await session.refreshAll();
    // 5×25 + 3×40 = 245
    expect(total(book)).toBe(245);
    expect(session.getState().stale).toBeNull();
  });

  test("statements carry the stamp too; re-opened after the data changed both are named, and Refresh all writes both again", async () => {
    const book = bookOf(8);
    const first = await openPane(open, book, "2016-02-01 09:30");
    first.session.chooseScheme("preset:mobile-retention");
    await first.session.fill();
    await first.statements.run();
    expect(first.statements.getState().error).toBeNull();
    const sheet = first.statements.getState().done!.sheets[0];
    expect(stampLineOf(book, sheet)).toMatch(/数据：工作表「明细」8 行 #[0-9a-f]{8}；计算时间 2016-02-01 09:30$/);

    book.sheet(DATA)!.put([order("王丽", "营业员", 9, true)], 10, 0);
    const { session, statements } = await openPane(open, book, "2016-02-03 08:00");
    expect(session.getState().stale?.outputs.map((o) => o.kind)).toEqual(["fill", "statements"]);
    await session.refreshAll();
    expect(statements.getState().error).toBeNull();
    expect(statements.getState().done?.totalText).toBe("260.00");
    expect(stampLineOf(book, sheet)).toMatch(/数据：工作表「明细」9 行 #[0-9a-f]{8}；计算时间 2016-02-03 08:00$/);
    expect(session.getState().stale).toBeNull();
  });
});

describe("the clock", () => {
  test("the real clock's time reads as the stamp shows it: YYYY-MM-DD HH:mm, local", () => {
    expect(stampTime(new Date(2016, 0, 5, 8, 3))).toBe("2016-01-05 08:03");
    expect(stampTime(new Date(2016, 11, 31, 23, 59, 59))).toBe("2016-12-31 23:59");
  });
});
