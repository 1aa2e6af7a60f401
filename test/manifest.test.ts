/**
 * The manifest passes the offline XSD + cross-reference validation, and each class of mistake that
 * the XSD alone would miss (or that breaks the shared runtime) fails with the right message.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { validateManifest } from "../scripts/validate-manifest";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DIST_MANIFEST = path.join(ROOT, "dist/manifest.xml");
const source = readFileSync(MANIFEST, "utf8");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { config: { devOrigin: string; prodOrigin: string } };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "depin-manifest-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function mutate(name: string, edit: (xml: string) => string): string {
  const out = edit(source);
  expect(out).not.toBe(source); // the mutation really applied
  const file = path.join(dir, `${name}.xml`);
  writeFileSync(file, out);
  return file;
}

describe("manifest.xml", () => {
  it("passes the XSD and the cross-reference checks", () => {
    const r = validateManifest(MANIFEST);
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it("uses the dev origin, version 1.0.0.0 and a GUID id", () => {
    expect(source).toContain(`${pkg.config.devOrigin}/functions.json`);
    expect(source).toMatch(/<Version>1\.0\.0\.0<\/Version>/);
    expect(source).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
  });

  const broken: [string, (xml: string) => string, RegExp][] = [
    [
      "missing resid target",
      (x) => x.replace('<Metadata>\n              <SourceLocation resid="Functions.Metadata.Url"/>', '<Metadata>\n              <SourceLocation resid="Functions.Meta.Url"/>'),
      /resid "Functions\.Meta\.Url" .*has no matching <bt:Image\|Url\|String/,
    ],
    [
      "differing resids",
      (x) =>
        x
          .replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Commands.Url"/>')
          .replace("</bt:Urls>", '  <bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>\n      </bt:Urls>'),
      /must share one resid.*FunctionFile=Commands\.Url/,
    ],
    ["missing Namespace", (x) => x.replace(/\s*<Namespace resid="Functions.Namespace"\/>/, ""), /<Namespace resid=…\/> is missing/],
    [
      "Namespace not DEPIN",
      (x) => x.replace('<bt:String id="Functions.Namespace" DefaultValue="DEPIN"/>', '<bt:String id="Functions.Namespace" DefaultValue="CONTOSO"/>'),
      /Namespace string "Functions\.Namespace" is "CONTOSO", expected "DEPIN"/,
    ],
    [
      "http URL",
      (x) => x.replace("https://localhost:3000/functions.json", "http://localhost:3000/functions.json"),
      /http:\/\/localhost:3000\/functions\.json must use https/,
    ],
    [
      "second origin",
      (x) => x.replace("https://localhost:3000/functions.js\"", 'https://cdn.example.org/functions.js"'),
      /must share one origin.*https:\/\/cdn\.example\.org/,
    ],
    [
      "Runtimes after AllFormFactors (XSD)",
      (x) => {
        const runtimes = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/.exec(x)![0];
        return x.replace(runtimes, "").replace("</AllFormFactors>", `</AllFormFactors>${runtimes}`);
      },
      /XSD: .*Element '\{[^}]*\}Runtimes': This element is not expected/,
    ],
    ['lifetime="forever" (XSD)', (x) => x.replace('lifetime="long"', 'lifetime="forever"'), /XSD: .*The value 'forever' is not an element of the set \{'short', 'long'\}/],
    ['lifetime="short"', (x) => x.replace('lifetime="long"', 'lifetime="short"'), /must be lifetime="long"/],
  ];

  it.each(broken)("rejects a copy with %s", (name, edit, expected) => {
    const r = validateManifest(mutate(name.replace(/\W+/g, "-"), edit));
    expect(r.ok).toBe(false);
    expect(r.errors.join("\n")).toMatch(expected);
  });
});

describe("production dist/manifest.xml", () => {
  const built = existsSync(DIST_MANIFEST);
  (built ? it : it.skip)("contains no localhost and points at the production origin (run after npm run build)", () => {
    const xml = readFileSync(DIST_MANIFEST, "utf8");
    expect(xml).not.toMatch(/localhost/i);
    expect(xml).toContain(`${pkg.config.prodOrigin}/functions.json`);
    // every URL the dev manifest had was rewritten, not only the first (OFFICE_NOTES §7)
    const devCount = source.split(pkg.config.devOrigin).length - 1;
    expect(xml.split(pkg.config.prodOrigin).length - 1).toBe(devCount);
  });
  (built ? it : it.skip)("still validates", () => {
    expect(validateManifest(DIST_MANIFEST).errors).toEqual([]);
  });
});
