import { TextDecoder, TextEncoder } from "util";

// jsdom lacks TextEncoder, which the Excel simulation uses to measure requests: Node's, for the rendered pane tests.
if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder, TextDecoder });
