import { OWNED_PREFIX } from "../../src/engine";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { MARK_COLOR } from "../../src/excel/marks";
import type { SavedRun } from "../../src/excel/port";
import { SETTING } from "../../src/excel/settings";
import { SimBook, SimSheet } from "../../src/preview/excelSim";
import { adapterFor, SimSettings } from "./harness";
import { OfficeMockObject } from "./officeMock";

describe("marks, selection and settings", () => {
  test("bad cells get the fill and a note; the next validation clears Jili's earlier marks only", async () => {
    const book = new SimBook("明细");
    book.active.notes.push({ address: "A1", content: "用户自己的批注" });
    const { port, contexts, settings } = adapterFor(book);
    const done = await port.markCells("明细", [
      { address: "D3", message: "日期无效" },
      { address: "D3", message: "另一条" },
      { address: "E9", message: "客户类型无效" },
    ]);
    expect(done).toEqual({ marked: 2, annotated: 2 });
    expect(contexts[0].syncs).toBe(2);
    expect(book.active.fills.get(SimSheet.key(3, 3))).toBe(MARK_COLOR);
    expect(book.active.notes).toContainEqual({ address: "D3", content: `${OWNED_PREFIX}日期无效\n另一条` });
    expect(settings.get(SETTING.marks)).toEqual({ 明细: ["D3", "E9"] });

    await port.markCells("明细", [{ address: "B2", message: "揽装人为空" }]);
    expect(book.active.fills.has(SimSheet.key(3, 3))).toBe(false);
    expect(book.active.fills.get(SimSheet.key(1, 2))).toBe(MARK_COLOR);
    expect(book.active.notes.map((n) => n.content)).toEqual(["用户自己的批注", `${OWNED_PREFIX}揽装人为空`]);
  });

  test("before ExcelApi 1.18 the reason goes into a comment", async () => {
    const book = new SimBook("明细");
    const { port } = adapterFor(book, { apis: ["1.10"] });
    await port.markCells("明细", [{ address: "D3", message: "日期无效" }]);
    expect(book.comments).toEqual([{ address: "'明细'!D3", content: `${OWNED_PREFIX}日期无效` }]);
    expect(book.active.notes).toEqual([]);
  });

  test("clicking an issue selects its cell on the data sheet", async () => {
    const book = new SimBook("明细");
    book.addSheet("其他");
    const { port, contexts } = adapterFor(book);
    await port.selectCell("明细", "D7");
    expect(contexts[0].selected).toBe("明细!D7");
    expect(contexts[0].syncs).toBe(1);
  });

  test("the run is saved in document settings (office-addin-mock) and read back", async () => {
    const store = new Map<string, unknown>();
    let saves = 0;
    const office = new OfficeMockObject({
      context: {
        document: {
          settings: {
            get: (k: string) => store.get(k) ?? null,
            set: (k: string, v: unknown) => void store.set(k, v),
            remove: (k: string) => void store.delete(k),
            saveAsync: (cb: (r: { status: string }) => void) => {
              saves++;
              cb({ status: "succeeded" });
            },
          },
        },
      },
    }) as unknown as { context: { document: { settings: SimSettings } } };
    const port = new ExcelWorkbook({ run: () => Promise.reject(new Error("no Excel needed")), settings: office.context.document.settings, isSetSupported: () => true });
    expect(port.loadRun()).toBeNull();
    const run: SavedRun = { version: 1, scheme: { preset: "mobile-retention" }, part: "orders", params: { effectiveFrom: "2016-01-01" }, columns: { recruiter: "揽装人员" }, lang: "zh-CN" };
    await port.saveRun(run);
    expect(saves).toBe(1);
    expect(store.get(SETTING.run)).toEqual(run);
    expect(port.loadRun()).toEqual(run);
  });

  test("a failed settings save is a typed error, not swallowed", async () => {
    const settings = new SimSettings();
    settings.failNext = true;
    const { port } = adapterFor(new SimBook(), { settings });
    await expect(port.saveRun({ version: 1, scheme: { preset: "x" }, params: {}, columns: {} })).rejects.toMatchObject({ code: "SETTINGS_SAVE_FAILED" });
  });
});
