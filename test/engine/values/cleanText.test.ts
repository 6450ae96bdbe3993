import { isCleanText } from "../../../src/engine/values/cleanText";

// A clean text cell is taken as it is by the typed path; anything that reading would change must not be "clean".

describe("isCleanText", () => {
  it.each(["王丽", "13800000000", "E0001", "a b", "中 文"])("takes %p as it is", (text) => {
    expect(isCleanText(text)).toBe(true);
  });

  it.each([
    ["blank", ""],
    ["a leading space", " 王丽"],
    ["a trailing space", "王丽 "],
    ["a full-width space", "王丽\u3000"],
    ["a non-breaking space", "\u00a0王丽"],
    ["a byte-order mark", "\ufeff王丽"],
    ["a tab", "王丽\t"],
    ["an error value", "#N/A"],
    ["a text starting with #", "#12"],
  ])("reads %s in full", (_what, text) => {
    expect(isCleanText(text)).toBe(false);
  });
});
