import { publishWorkbookScheme, readWorkbookScheme, resetWorkbookScheme } from "../../src/functions/workbookScheme";
import { getPreset } from "../../src/schemes";

// In Excel the task pane (taskpane.js) and the functions (functions.js) are two bundles in one page: each has its own
// copy of src/functions, and the registry they share is the global one. A change asks Excel for a full recalculation.

afterEach(() => {
  resetWorkbookScheme();
  delete (globalThis as { Excel?: unknown }).Excel;
});

test("a second copy of the modules (another bundle) sees the pane's publication and asks Excel.run for calculate(full)", async () => {
  const calls: string[] = [];
  const context = { workbook: { application: { calculate: (t: string) => calls.push(t) } }, sync: async () => undefined };
  (globalThis as { Excel?: unknown }).Excel = { CalculationType: { full: "Full" }, run: async (batch: (c: typeof context) => Promise<void>) => batch(context) };
  let other!: { read: typeof readWorkbookScheme; start: () => void };
  jest.isolateModules(() => {
    // a fresh copy of the modules, as a second bundle has: only require() loads one inside isolateModules
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    other = { read: require("../../src/functions/workbookScheme").readWorkbookScheme, start: require("../../src/functions/excelRecalc").recalcOnWorkbookSchemeChange };
  });
  other.start();
  expect(other.read()).toBeUndefined(); // a cell asks before the pane loaded
  const scheme = getPreset("mobile-retention")!;
  publishWorkbookScheme({ scheme, part: null, params: {} }); // the pane's bundle
  expect(other.read()?.scheme).toBe(scheme);
  await new Promise((r) => setTimeout(r, 400));
  expect(calls).toEqual(["Full"]);
});
