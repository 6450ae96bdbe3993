import * as fs from "fs";
import * as path from "path";
import { jiliInProcess, tmpDir } from "./helpers";


test("files over a few thousand rows report progress on stderr; JSON on stdout stays clean", async () => {
  const file = path.join(tmpDir(), "big.csv");
  // the three exclusion flags stated (否): mobile-retention has no default for them (issue 17)
  const lines = ["揽装人,岗位,办理日期,客户类型,是否有效4G用户,是否副卡,是否无月租用户,是否补贴未到期中途取消后重办"];
  for (let i = 0; i < 3500; i++) lines.push(`员工${i % 50},营业员,2016-01-${String((i % 28) + 1).padStart(2, "0")},到期目标客户,是,否,否,否`);
  fs.writeFileSync(file, lines.join("\n"));
  const r = await jiliInProcess(["validate", file, "-s", "mobile-retention", "--json", "--lang", "en-US"]);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain("[jili] Read 3500 rows, evaluating…");
  expect(r.stderr).toContain("[jili] Evaluated 3500 rows, writing…");
  const doc = JSON.parse(r.stdout);
  // 70 households per person: 5×20 + 65×40 = 2700
  expect(doc.groups[0].outputs.bonus).toBe(2700);
  const smallFile = file.replace("big", "small");
  fs.writeFileSync(smallFile, lines.slice(0, 4).join("\n"));
  const small = await jiliInProcess(["validate", smallFile, "-s", "mobile-retention"]);
  expect(small.code).toBe(0);
  expect(small.stderr).toBe("");
});
