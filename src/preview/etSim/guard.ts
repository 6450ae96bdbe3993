// The ET simulation's refusals: a member it does not implement, and the errors the object model throws.

/** Every member of each ET object the simulation implements: the list docs/wps.md gives, and what src/wps may call. */
export const ET_SURFACE = {
  Application: ["ActiveWorkbook", "ActiveCell", "ActiveWindow", "ScreenUpdating", "DisplayAlerts"],
  Window: ["SplitRow", "SplitColumn", "FreezePanes"],
  Workbook: ["Sheets", "ActiveSheet", "Date1904", "ProtectStructure"],
  Sheets: ["Count", "Item", "Add"],
  Worksheet: ["Name", "Index", "UsedRange", "ProtectContents", "Protect", "Unprotect", "Visible", "Cells", "Comments", "PageSetup", "HPageBreaks", "Range", "Activate", "Delete"],
  Range: [
    "Row", "Column", "Count", "Rows", "Columns", "EntireRow", "MergeArea", "Interior", "Font", "Borders", "ListObject", "Value2", "Formula",
    "NumberFormat", "Hidden", "MergeCells", "ColumnWidth", "HorizontalAlignment", "VerticalAlignment", "WrapText", "Item", "Address", "Select",
    "Merge", "AutoFit", "AddComment", "Comment", "UseStandardWidth", "ClearContents", "ClearFormats", "Validation",
  ],
  Validation: ["Add", "Delete"],
  Interior: ["Color", "Pattern"],
  Font: ["Bold", "Italic", "Size", "Color"],
  Borders: ["Item"],
  Border: ["LineStyle"],
  Comments: ["Count", "Item"],
  Comment: ["Text", "Delete"],
  ListObject: ["Name", "Range"],
  PageSetup: ["Orientation", "PaperSize", "Zoom", "FitToPagesWide", "FitToPagesTall", "CenterHorizontally", "CenterFooter", "LeftMargin", "RightMargin", "TopMargin", "BottomMargin", "HeaderMargin", "FooterMargin"],
  HPageBreaks: ["Add"],
} as const;

export type EtType = keyof typeof ET_SURFACE;

/** A member the simulation does not implement: the adapter must not call it until the simulation (and docs/wps.md) has it. */
export class EtNotImplemented extends Error {
  constructor(member: string) {
    super(`The WPS ET simulation does not implement ${member} (add it to src/preview/etSim/ and docs/wps.md)`);
    this.name = "EtNotImplemented";
  }
}

/** What the object model throws on a refused call: a plain Error with COM's HRESULT (0x800A03EC, "1004") in `number`. */
export function etError(message: string): Error {
  return Object.assign(new Error(message), { number: 0x800a03ec | 0 });
}

const RAW = new WeakMap<object, object>();

/** The simulation's own object behind a proxy handed to the adapter (a worksheet passed back as an argument). */
export function etRaw<T>(v: T): T {
  return (v !== null && typeof v === "object" && (RAW.get(v) as T)) || v;
}

const PROBES = new Set(["then", "toJSON", "constructor", "asymmetricMatch", "$$typeof", "nodeType", "tagName", "inspect"]);

/** The object as the adapter sees it: a member outside ET_SURFACE[type] throws EtNotImplemented, read or written. */
export function etExpose<T extends object>(type: EtType, target: T): T {
  const allowed = new Set<string>(ET_SURFACE[type]);
  const proxy = new Proxy(target, {
    get(t, p) {
      if (typeof p === "symbol" || (PROBES.has(p) && !allowed.has(p))) return Reflect.get(t, p, t);
      if (!allowed.has(p)) throw new EtNotImplemented(`${type}.${p}`);
      const v = Reflect.get(t, p, t) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
    set(t, p, v) {
      if (typeof p === "symbol" || !allowed.has(p)) throw new EtNotImplemented(`${type}.${String(p)} (set)`);
      return Reflect.set(t, p, v, t);
    },
  });
  RAW.set(proxy, target);
  return proxy;
}
