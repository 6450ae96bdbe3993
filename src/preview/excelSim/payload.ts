// How big a request or response is, as Office measures it: the UTF-8 bytes of its JSON.

const encoder = new TextEncoder();

export function jsonBytes(v: unknown): number {
  return encoder.encode(JSON.stringify(v)).length;
}
