// The small parts of a package (workbook, relationships, content types, styles) as namespace-aware DOM trees (@xmldom/xmldom).
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { XMLNS_NS } from "./namespaces";

// xmldom's own types: its nodes are not the browser's
export type XDocument = ReturnType<DOMParser["parseFromString"]>;
export type XElement = NonNullable<XDocument["documentElement"]>;

/** A part that is not well-formed namespace-aware XML: the reason, to be said in both languages by the caller. */
export class XmlPartError extends Error {
  constructor(
    readonly part: string,
    readonly reason: string,
  ) {
    super(`${part}: ${reason}`);
    this.name = "XmlPartError";
  }
}

/** Parses a part; anything xmldom reports as an error or fatal error (an undeclared prefix among them) is refused. */
export function parsePart(part: string, text: string): XDocument {
  const parser = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== "warning") throw new XmlPartError(part, message);
    },
  });
  const doc = parser.parseFromString(text, "text/xml");
  if (!doc.documentElement) throw new XmlPartError(part, "no root element");
  return doc;
}

export function serialize(doc: XDocument): string {
  return new XMLSerializer().serializeToString(doc);
}

/** The element children of `parent` in one of the namespaces `ns` with local name `local`, in document order. */
export function childrenNS(parent: XElement, ns: string | string[], local: string): XElement[] {
  const uris = typeof ns === "string" ? [ns] : ns;
  const out: XElement[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== n.ELEMENT_NODE) continue;
    const e = n as XElement;
    if (e.localName === local && uris.includes(e.namespaceURI ?? "")) out.push(e);
  }
  return out;
}

export function childNS(parent: XElement, ns: string | string[], local: string): XElement | undefined {
  return childrenNS(parent, ns, local)[0];
}

/** The value of an attribute in one of the namespaces `ns` (`r:id` with whatever prefix it was given), or undefined. */
export function attrNS(el: XElement, ns: string[], local: string): string | undefined {
  for (const uri of ns) if (el.hasAttributeNS(uri, local)) return el.getAttributeNS(uri, local) ?? undefined;
  return undefined;
}

/**
 * A new element in the namespace of `like` (a sibling or the parent it joins), with the prefix `like` uses, so it
 * is written as the part declares that namespace where it goes.
 */
export function newElementLike(like: XElement, local: string): XElement {
  const doc = like.ownerDocument!;
  return doc.createElementNS(like.namespaceURI, like.prefix ? `${like.prefix}:${local}` : local);
}

/**
 * Sets an attribute in namespace `ns` on `el`, which is already in its place in the tree: the prefix in scope there
 * for `ns` is used, and when there is none, `fallback` is declared on the element itself (as openpyxl does).
 */
export function setAttrNSInScope(el: XElement, ns: string, local: string, value: string, fallback: string): void {
  const inScope = el.lookupPrefix(ns);
  if (inScope) {
    el.setAttributeNS(ns, `${inScope}:${local}`, value);
    return;
  }
  let prefix = fallback;
  for (let k = 2; el.lookupNamespaceURI(prefix) !== null; k++) prefix = `${fallback}${k}`;
  el.setAttributeNS(XMLNS_NS, `xmlns:${prefix}`, ns);
  el.setAttributeNS(ns, `${prefix}:${local}`, value);
}
