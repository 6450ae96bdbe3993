// The namespaces of an .xlsx package, Transitional and Strict: elements and relationship types are matched by namespace, never by prefix.

/** SpreadsheetML's main namespace: Transitional (what Excel writes by default) and Strict ("Strict Open XML"). */
export const MAIN_NS = ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"];
/** the namespace Jili writes its own elements in when a part gives none */
export const MAIN = MAIN_NS[0];

/** The relationships namespace of attributes such as `r:id`, Transitional and Strict. */
export const REL_NS = ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"];
export const REL = REL_NS[0];

/** The package's own namespaces (the same in both conformance classes). */
export const PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

export const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

/** A relationship type's last segment when it is one of the two officeDocument families (`…/worksheet` → `worksheet`). */
export function relTypeName(type: string): string | null {
  for (const base of REL_NS) if (type.startsWith(`${base}/`)) return type.slice(base.length + 1);
  return null;
}

/** Whether `uri` is SpreadsheetML's main namespace in either conformance class. */
export function isMainNs(uri: string | null | undefined): boolean {
  return uri === MAIN_NS[0] || uri === MAIN_NS[1];
}
