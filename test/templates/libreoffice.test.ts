/**
 * Frozen templates opened in a second, independent spreadsheet engine (issue 12 item 4): LibreOffice Calc,
 * headless, with recalculation on load forced (a private profile sets OOXMLRecalcMode = always), converts each
 * frozen template to .ods; no cell may be an error, and every check (an ordinary formula kept live by freeze)
 * must compute to OK in LibreOffice too. A live (unfrozen) template is converted as a control: LibreOffice
 * must show its DEPIN cells as errors, or the recalculation did not happen and the test proves nothing.
 *
 * The same conversions show that LibreOffice reads the templates' native charts (issue 12 item 1): each .ods
 * holds one embedded chart object per chart of the template (draw:object → "Object N/content.xml" with a
 * chart:chart), with as many series as our chart parts have, for the live control and for every frozen copy
 * (so `freeze` carried the charts over).
 *
 * Runs when `soffice` is on the PATH (.ci/run installs libreoffice-calc-nogui); skipped otherwise.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { templates } from "../../src/templates/catalog";
import { freezeCommand } from "../../src/headless/workbook-commands";
import { readZip } from "../../src/headless/zip";

const DIR = path.resolve(__dirname, "../../assets/templates");
const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
const maybe = soffice ? describe : describe.skip;

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function content(ods: string): string {
  return readZip(fs.readFileSync(ods)).find((e) => e.name === "content.xml")!.data.toString("utf8");
}
/** The chart objects of an .ods: for each draw:object of content.xml, the series count of its chart. */
function odsCharts(ods: string): number[] {
  const parts = new Map(readZip(fs.readFileSync(ods)).map((e) => [e.name, e.data.toString("utf8")]));
  return [...parts.get("content.xml")!.matchAll(/<draw:object\b[^>]*xlink:href="\.\/([^"]+)"/g)].map((m) => {
    const obj = parts.get(`${m[1]}/content.xml`) ?? "";
    return obj.includes("<chart:chart") ? (obj.match(/<chart:series\b/g) ?? []).length : -1;
  });
}
/** Series per chart of an .xlsx, from its chart parts (c:ser elements), in part order. */
function xlsxCharts(xlsx: string): number[] {
  return readZip(fs.readFileSync(xlsx))
    .filter((e) => /^xl\/charts\/chart\d+\.xml$/.test(e.name))
    .sort((a, b) => Number(/\d+/.exec(a.name)![0]) - Number(/\d+/.exec(b.name)![0]))
    .map((e) => (e.data.toString("utf8").match(/<c:ser>/g) ?? []).length);
}
const errorCells = (xml: string) => (xml.match(/calcext:value-type="error"/g) ?? []).length;
const checkResults = (xml: string) => [...xml.matchAll(/table:formula="of:=IF\([^"]*&quot;OK&quot;;&quot;FAIL&quot;\)"[^>]*>\s*<text:p>([^<]*)<\/text:p>/g)].map((m) => m[1]);

maybe("frozen templates in LibreOffice (recalculated on load)", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "depin-lo-"));
  const files = templates().map((t) => t.file);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  beforeAll(async () => {
    fs.mkdirSync(path.join(tmp, "profile/user"), { recursive: true });
    fs.writeFileSync(path.join(tmp, "profile/user/registrymodifications.xcu"), PROFILE);
    const inputs: string[] = [];
    for (const f of files) {
      const out = path.join(tmp, `frozen-${f}.xlsx`);
      await freezeCommand({ file: path.join(DIR, `${f}.xlsx`), output: out }, () => undefined);
      inputs.push(out);
    }
    const control = path.join(tmp, "live-clore-host-economics.xlsx");
    fs.copyFileSync(path.join(DIR, "clore-host-economics.xlsx"), control);
    inputs.push(control);
    execFileSync(soffice, [`-env:UserInstallation=file://${path.join(tmp, "profile")}`, "--headless", "--norestore", "--convert-to", "ods", "--outdir", path.join(tmp, "out"), ...inputs], { stdio: "ignore", timeout: 240000 });
  }, 300000);

  it("the control (a live template) shows its DEPIN cells as errors: LibreOffice did recalculate", () => {
    expect(errorCells(content(path.join(tmp, "out/live-clore-host-economics.ods")))).toBeGreaterThan(0);
  });

  it("LibreOffice reads the native charts of a live template: one chart object per chart part, same series counts", () => {
    const expected = xlsxCharts(path.join(DIR, "clore-host-economics.xlsx"));
    expect(expected.length).toBeGreaterThan(0);
    expect(odsCharts(path.join(tmp, "out/live-clore-host-economics.ods")).sort()).toEqual(expected.sort());
  });

  it.each(files.map((f) => [f]))("%s (frozen): LibreOffice finds every native chart, with its series", (f) => {
    const expected = xlsxCharts(path.join(DIR, `${f}.xlsx`));
    expect(odsCharts(path.join(tmp, `out/frozen-${f}.ods`)).sort()).toEqual(expected.sort());
  });

  it("the templates have native charts at all (else the test above proves nothing)", () => {
    expect(files.filter((f) => xlsxCharts(path.join(DIR, `${f}.xlsx`)).length > 0).length).toBeGreaterThanOrEqual(13);
  });

  it.each(files.map((f) => [f]))("%s: no error cell, every check OK", (f) => {
    const xml = content(path.join(tmp, `out/frozen-${f}.ods`));
    expect(errorCells(xml)).toBe(0);
    const checks = checkResults(xml);
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.filter((c) => c !== "OK")).toEqual([]);
  });
});
