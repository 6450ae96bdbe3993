// Checks the peer's recalculated results equal Jili's before any time is reported: per person-month households,
// KPI units and bonus, and per row whether it counts.

/** What `jili fill --json` reports, the parts compared. */
export interface JiliJson {
  rows: { row: number; status: string }[];
  groups: { key: Record<string, string>; outputs: Record<string, number | string | boolean | null> }[];
}

/** Problems found (empty when the peer agrees), at most `limit` of them. */
export function comparePeer(jili: JiliJson, peerRows: string[][], peerPeople: string[][], limit = 10): string[] {
  const problems: string[] = [];
  const say = (s: string) => {
    if (problems.length < limit) problems.push(s);
  };
  // rows: 订单 sheet, header on line 1, so sheet row r is line r - 1; column K (index 10) is 有效 1/0
  if (peerRows.length - 1 !== jili.rows.length) say(`row count: peer ${peerRows.length - 1}, Jili ${jili.rows.length}`);
  for (const r of jili.rows) {
    const peerOk = peerRows[r.row - 1]?.[10] === "1";
    if (peerOk !== (r.status === "ok")) say(`row ${r.row}: peer counts it ${peerOk}, Jili status ${r.status}`);
  }
  // person-months: 人月 sheet, key "E0001|201601", households, units, bonus in columns C, D, E
  const peer = new Map(peerPeople.slice(1).map((l) => [l[0], l]));
  if (peer.size !== jili.groups.length) say(`person-months: peer ${peer.size}, Jili ${jili.groups.length}`);
  for (const g of jili.groups) {
    const key = `${g.key.person}|${g.key.month.replace("-", "")}`;
    const p = peer.get(key);
    if (!p) {
      say(`person-month ${key} missing in the peer`);
      continue;
    }
    const pairs: [string, string, unknown][] = [
      ["households", p[2], g.outputs.households],
      ["kpiUnits", p[3], g.outputs.kpiUnits],
      ["bonus", p[4], g.outputs.bonus],
    ];
    for (const [name, theirs, ours] of pairs) if (Number(theirs) !== Number(ours ?? 0)) say(`${key} ${name}: peer ${theirs}, Jili ${String(ours)}`);
  }
  return problems;
}
