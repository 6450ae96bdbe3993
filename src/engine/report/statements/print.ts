// Print settings of a statement sheet: A4 fitted to the page width, portrait when the row table fits.
import { Lang } from "../../i18n/messages";
import { STATEMENT_LABELS } from "./labels";

export interface PrintSettings {
  paperSize: "A4";
  orientation: "portrait" | "landscape";
  /** fit all columns on one page wide, as many pages tall as needed */
  fitToWidth: 1;
  fitToHeight: 0;
  centerHorizontally: true;
  /** margins in inches */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** footer with Excel's page codes (&P, &N) */
  footer: string;
}

export type Orientation = PrintSettings["orientation"];

/** Usable width of an A4 page in Excel characters (11 pt, margins 0.5"), portrait and landscape. */
export const PAGE_CHARS: Record<Orientation, number> = { portrait: 92, landscape: 136 };

/** Portrait when the columns other than the explanation leave it at least 40 characters, landscape otherwise. */
export function orientationFor(otherColumnsWidth: number): Orientation {
  return otherColumnsWidth + 40 <= PAGE_CHARS.portrait ? "portrait" : "landscape";
}

/** The sheet's page setup, with the page-numbering footer in the statements' language. */
export function printSettings(orientation: Orientation, lang: Lang): PrintSettings {
  return {
    paperSize: "A4",
    orientation,
    fitToWidth: 1,
    fitToHeight: 0,
    centerHorizontally: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    footer: STATEMENT_LABELS[lang].footer,
  };
}
