// Et.Interior, Et.Font, Et.Borders and the range's alignment members over a simulated sheet's formats.
import type { Rect } from "../../excel/address";
import { SimSheet } from "../excelSim/sheet";
import { etError, etExpose } from "./guard";
import type { RangeRef } from "./range";
import { cellsOf, writable } from "./range";

const WHITE = 16777215;
const PATTERN_NONE = -4142;
const SOLID = 1;

const toHex = (bgr: number) => `#${[bgr & 0xff, (bgr >> 8) & 0xff, (bgr >> 16) & 0xff].map((x) => x.toString(16).padStart(2, "0")).join("").toUpperCase()}`;
const toBgr = (hex: string) => {
  const h = hex.replace(/^#/, "");
  return parseInt(h.slice(0, 2), 16) + parseInt(h.slice(2, 4), 16) * 256 + parseInt(h.slice(4, 6), 16) * 65536;
};
const H = new Map<number, string>([[-4131, "Left"], [-4108, "Center"], [-4152, "Right"]]);
const V = new Map<number, string>([[-4160, "Top"], [-4108, "Center"]]);
const EDGES = new Map<number, string>([[7, "left"], [8, "top"], [9, "bottom"], [10, "right"], [11, "insideVertical"], [12, "insideHorizontal"]]);

function each(ref: RangeRef, visit: (key: string, col: number, row: number, area: Rect) => void): void {
  writable(ref);
  for (const a of ref.areas) cellsOf(a, (c, row) => visit(SimSheet.key(c, row), c, row, a));
  ref.touch();
}

function interior(ref: RangeRef) {
  const first = () => SimSheet.key(ref.areas[0].left, ref.areas[0].top);
  return etExpose("Interior", {
    get Color() {
      const f = ref.sheet.fills.get(first());
      return f ? toBgr(f) : WHITE;
    },
    set Color(v: number) {
      each(ref, (k) => ref.sheet.fills.set(k, toHex(v)));
    },
    get Pattern() {
      return ref.sheet.fills.has(first()) ? SOLID : PATTERN_NONE;
    },
    set Pattern(v: number) {
      if (v !== PATTERN_NONE) throw etError(`Interior.Pattern: the simulation knows only xlPatternNone, not ${v}`);
      each(ref, (k) => ref.sheet.fills.delete(k));
    },
  });
}

function font(ref: RangeRef) {
  const s = ref.sheet;
  const first = () => SimSheet.key(ref.areas[0].left, ref.areas[0].top);
  const flag = (set: Set<string>, v: boolean | null) => each(ref, (k) => (v ? set.add(k) : set.delete(k)));
  return etExpose("Font", {
    get Bold() {
      return s.bold.has(first());
    },
    set Bold(v: boolean | null) {
      flag(s.bold, v);
    },
    get Italic() {
      return s.italic.has(first());
    },
    set Italic(v: boolean | null) {
      flag(s.italic, v);
    },
    get Size() {
      return s.fontSizes.get(first()) ?? 11;
    },
    set Size(v: number | null) {
      each(ref, (k) => (v ? s.fontSizes.set(k, v) : s.fontSizes.delete(k)));
    },
    get Color() {
      const c = s.fontColors.get(first());
      return c ? toBgr(c) : 0;
    },
    set Color(v: number) {
      each(ref, (k) => (v === 0 ? s.fontColors.delete(k) : s.fontColors.set(k, toHex(v))));
    },
  });
}

function borders(ref: RangeRef) {
  return etExpose("Borders", {
    Item(index: number) {
      const edge = EDGES.get(index);
      if (!edge) throw etError(`Borders.Item: no border ${index}`);
      return etExpose("Border", {
        set LineStyle(style: number) {
          if (style !== 1) throw etError(`Border.LineStyle: the simulation knows only xlContinuous, not ${style}`);
          each(ref, (k, c, row, a) => {
            const sides = ref.sheet.borders.get(k) ?? new Set<string>();
            if (edge === "left" && c === a.left) sides.add("left");
            if (edge === "right" && c === a.right) sides.add("right");
            if (edge === "top" && row === a.top) sides.add("top");
            if (edge === "bottom" && row === a.bottom) sides.add("bottom");
            if (edge === "insideVertical") {
              if (c > a.left) sides.add("left");
              if (c < a.right) sides.add("right");
            }
            if (edge === "insideHorizontal") {
              if (row > a.top) sides.add("top");
              if (row < a.bottom) sides.add("bottom");
            }
            if (sides.size) ref.sheet.borders.set(k, sides);
          });
        },
      });
    },
  });
}

/** The format members of a range, as accessors to put on the range object. */
export function formatApi(ref: RangeRef) {
  const s = ref.sheet;
  return {
    get Interior() {
      return interior(ref);
    },
    get Font() {
      return font(ref);
    },
    get Borders() {
      return borders(ref);
    },
    set HorizontalAlignment(v: number) {
      const a = H.get(v);
      if (!a) throw etError(`HorizontalAlignment: ${v}`);
      each(ref, (k) => s.hAlign.set(k, a));
    },
    set VerticalAlignment(v: number) {
      const a = V.get(v);
      if (!a) throw etError(`VerticalAlignment: ${v}`);
      each(ref, (k) => s.vAlign.set(k, a));
    },
    set WrapText(v: boolean | null) {
      each(ref, (k) => (v ? s.wrapped.add(k) : s.wrapped.delete(k)));
    },
  };
}
