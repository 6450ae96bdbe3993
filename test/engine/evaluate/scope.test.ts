import fc from "fast-check";
import { Scope } from "../../../src/engine/evaluate/scope";
import { EXCLUDED, INVALID, Mark, PENDING } from "../../../src/engine/evaluate/status";

// One-reason lists are shared between entities: adding a reason to one entity must never show on another.

describe("Scope reasons", () => {
  it("keeps each entity's reasons its own, as separate lists would", () => {
    const MARKS: Mark[] = [{ code: "A" }, { code: "B", field: "x" }, { code: "B", field: "y" }, { code: "P", param: "p" }, { code: "P", param: "p", field: "z" }];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5), fc.nat(MARKS.length - 1), fc.constantFrom(PENDING, EXCLUDED, INVALID), fc.nat(2)), { maxLength: 60 }), (events) => {
        const scope = new Scope("row", 6);
        const expected: { marks: Mark[]; warnings: Mark[]; notes: Mark[] }[] = Array.from({ length: 6 }, () => ({ marks: [], warnings: [], notes: [] }));
        for (const [e, k, status, kind] of events) {
          const mark = MARKS[k];
          const x = expected[e];
          if (kind === 0) {
            scope.fail(e, status, mark);
            if (!x.marks.some((m) => m.code === mark.code && (m.field === mark.field || (mark.param !== undefined && m.param === mark.param)))) x.marks.push(mark);
          } else if (kind === 1) {
            scope.warn(e, mark);
            if (!x.warnings.some((m) => m.code === mark.code)) x.warnings.push(mark);
          } else {
            scope.note(e, mark);
            if (!x.notes.some((m) => m.code === mark.code)) x.notes.push(mark);
          }
        }
        for (let e = 0; e < 6; e++) {
          expect(scope.marksOf(e) ?? []).toEqual(expected[e].marks);
          expect(scope.warningsOf(e) ?? []).toEqual(expected[e].warnings);
          expect(scope.notesOf(e) ?? []).toEqual(expected[e].notes);
        }
      }),
    );
  });
});
