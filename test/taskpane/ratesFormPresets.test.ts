import type { Lang } from "../../src/engine";
import { getPreset, presetIds } from "../../src/schemes";
import { ratesFormFor } from "../../src/taskpane/controller/ratesForm";
import { PaneSession } from "../../src/taskpane/controller/session";
import { FakePort } from "./fakePort";

// The form sends back what it shows: for every preset, every table touched (each editable cell typed again as the form
// shows it: a percentage as 5%, a blank as blank) and applied gives the preset's scheme unchanged; every row of a
// growable table removed and typed in again as a new row does too (Jili's own cells, 户数从 or 名次, are worked out
// again by the engine).

function session(id: string, lang: Lang) {
  const s = new PaneSession(new FakePort([["x"]]), lang);
  s.chooseScheme(`preset:${id}`);
  const form = ratesFormFor(s);
  form.open();
  return { s, form };
}

const cases = presetIds().flatMap((id) => (["zh-CN", "en-US"] as const).map((lang) => [id, lang] as const));

describe.each(cases)("the rates form on %s (%s)", (id, lang) => {
  test("every cell typed again as shown: Apply gives the same scheme", () => {
    const { s, form } = session(id, lang);
    const view = form.view(lang)!;
    view.sections.forEach((sec, si) => sec.tables.forEach((tb, ti) => tb.rows.forEach((row, r) => row.forEach((cell, c) => !cell.readOnly && form.setCell(si, ti, r, c, cell.text)))));
    form.apply();
    expect(form.view(lang)!.problems).toEqual([]);
    expect(s.getState().scheme).toEqual(getPreset(id));
  });

  test("every row of a growable table removed and typed in again: the same scheme", () => {
    const { s, form } = session(id, lang);
    const view = form.view(lang)!;
    view.sections.forEach((sec, si) =>
      sec.tables.forEach((tb, ti) => {
        if (!tb.growable) return;
        const rows = tb.rows.map((row) => row.map((cell) => cell.text));
        rows.forEach((cells) => {
          form.removeRow(si, ti, 0);
          form.addRow(si, ti);
          cells.forEach((text, c) => !tb.rows[0][c].readOnly && form.setCell(si, ti, rows.length - 1, c, text));
        });
      }),
    );
    form.apply();
    expect(form.view(lang)!.problems).toEqual([]);
    expect(s.getState().scheme).toEqual(getPreset(id));
  });
});
