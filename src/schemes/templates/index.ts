/**
 * Starting documents for new schemes, one per rule shape the catalogue contains (issue 20: templates). Each is a
 * valid scheme with example numbers from the catalogue and `$comment` notes saying what to change; `jili new`
 * writes one out. They are data, like the presets, and never presets themselves.
 */
import stepByCount from "./step-by-count.json";
import slab from "./slab.json";
import weightedGrade from "./weighted-grade.json";
import fixedByType from "./fixed-by-type.json";
import percentByCount from "./percent-by-count.json";
import rankAwards from "./rank-awards.json";
import fines from "./fines.json";

export const TEMPLATES: Readonly<Record<string, unknown>> = {
  "step-by-count": stepByCount,
  slab,
  "weighted-grade": weightedGrade,
  "fixed-by-type": fixedByType,
  "percent-by-count": percentByCount,
  "rank-awards": rankAwards,
  fines,
};

export const TEMPLATE_IDS = Object.keys(TEMPLATES);
