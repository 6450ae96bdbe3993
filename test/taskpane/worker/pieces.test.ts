// Large values cross in pieces: put together again they equal the value cut, and no piece holds much more than the
// limit (a single heavier leaf stays whole).
import { cutIntoPieces, Piece, PieceAssembler } from "../../../src/taskpane/worker/pieces";

const weightOf = (v: unknown): number => (Array.isArray(v) ? v.length + v.reduce((n: number, x) => n + (typeof x === "object" && x ? weightOf(x) : 0), 0) : typeof v === "object" && v && Object.getPrototypeOf(v) === Object.prototype ? 1 + Object.values(v).reduce((n: number, x) => n + (typeof x === "object" && x ? weightOf(x) : 1), 0) : 1);

function roundTrip(value: unknown, limit: number): { back: unknown; pieces: Piece[] } {
  const pieces = [...cutIntoPieces(value, limit)];
  const a = new PieceAssembler();
  for (const p of structuredClone(pieces)) a.add(p);
  return { back: a.value, pieces };
}

describe("pieces", () => {
  test("a table of rows comes back equal, in pieces of at most the limit", () => {
    const table = { sheet: "明细", headers: ["a", "b", "c"], rows: Array.from({ length: 1000 }, (_, i) => [i, `r${i}`, i % 2 === 0]), owned: new Map([[1, "x"]]), numbers: Int32Array.from([1, 2, 3]) };
    const { back, pieces } = roundTrip(table, 200);
    expect(back).toEqual(table);
    // 1000 rows of weight 4: 50 pieces of 50 rows, plus the object, its small fields and the empty array
    for (const p of pieces) expect(weightOf(p.value)).toBeLessThanOrEqual(200);
    expect(pieces.filter((p) => p.append)).toHaveLength(20);
  });

  test("nested heavy elements get pieces of their own, at their index", () => {
    const plan = { columns: [{ name: "x", values: Array.from({ length: 500 }, (_, i) => i) }, { name: "y", values: ["a"] }, { name: "z", values: Array.from({ length: 450 }, (_, i) => `t${i}`) }], stats: { total: 3 } };
    const { back, pieces } = roundTrip(plan, 100);
    expect(back).toEqual(plan);
    expect(pieces.some((p) => p.path.join(".") === "columns.2.values" && p.append)).toBe(true);
  });

  test("a light value is one piece; a leaf heavier than the limit stays whole", () => {
    expect([...cutIntoPieces({ a: 1, b: [1, 2] }, 100)]).toEqual([{ path: [], value: { a: 1, b: [1, 2] } }]);
    const heavy = new Map(Array.from({ length: 500 }, (_, i) => [i, i]));
    expect(roundTrip({ heavy, list: Array.from({ length: 300 }, (_, i) => i) }, 100).back).toEqual({ heavy, list: Array.from({ length: 300 }, (_, i) => i) });
  });
});
