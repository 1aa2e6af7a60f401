/**
 * The manifest passes the offline XSD + cross-reference validation, and each class of mistake that
 * the XSD alone would miss (or that breaks the shared runtime) fails with the right message.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { schemaPath, validateManifest } from "../scripts/validate-manifest";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DIST_MANIFEST = path.join(ROOT, "dist/manifest.xml");
const source = readFileSync(MANIFEST, "utf8");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  config: { devOrigin: string; prodOrigin: string };
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};
/** The origin a production build rewrites to (webpack.config.js): DEPIN_PROD_ORIGIN, else config.prodOrigin. */
const PROD_ORIGIN = process.env.DEPIN_PROD_ORIGIN || pkg.config.prodOrigin;

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
  it("is validated against the schemas in this repository", () => {
    if (process.env.MANIFEST_XSD === undefined) expect(schemaPath()).toBe(path.join(ROOT, "office/manifest-xsd/OfficeAppManifestV1_1.xsd"));
    expect(existsSync(schemaPath())).toBe(true);
  });

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
    expect(xml).toContain(`${PROD_ORIGIN}/functions.json`);
    // every URL the dev manifest had was rewritten, not only the first (a string pattern replaces one)
    const devCount = source.split(pkg.config.devOrigin).length - 1;
    expect(xml.split(PROD_ORIGIN).length - 1).toBe(devCount);
  });
  (built ? it : it.skip)("still validates", () => {
    expect(validateManifest(DIST_MANIFEST).errors).toEqual([]);
  });
});

describe("tooling", () => {
  it("the Office tools are pinned dev dependencies, and no script downloads through npx", () => {
    for (const name of ["office-addin-cli", "office-addin-debugging", "office-addin-manifest", "office-addin-dev-certs"]) {
      expect(pkg.devDependencies[name]).toMatch(/^\d+\.\d+\.\d+$/);
    }
    expect(Object.entries(pkg.scripts).filter(([, cmd]) => /\bnpx\b/.test(cmd))).toEqual([]);
  });

  it("npm start on Linux prints the Excel-on-the-web steps and starts nothing", () => {
    const r = spawnSync(process.execPath, ["-e", `Object.defineProperty(process, "platform", { value: "linux" }); require(${JSON.stringify(path.join(ROOT, "scripts/start.js"))}).linuxInstructions()`], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/nothing was started or sideloaded/);
    expect(r.stdout).toMatch(/Upload My Add-in/);
    expect(r.stdout).toMatch(/npm run certs:install/);
    expect(r.stdout).not.toMatch(/npx /);
  });

  const webpackConfig = (env: string, extra: Record<string, string> = {}) =>
    spawnSync(
      process.execPath,
      ["-e", `require(${JSON.stringify(path.join(ROOT, "webpack.config.js"))})(${env}, { mode: "production" }).then(() => console.log("configured"))`],
      { encoding: "utf8", env: { ...process.env, DEPIN_PROD_ORIGIN: "", ...extra } }
    );

  it("a production build stops with a message while the origin is the example.com placeholder", () => {
    if (!/example\.(com|org|net)/.test(pkg.config.prodOrigin)) return; // the origin has been set: nothing to refuse
    const r = webpackConfig("{}");
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/configured/);
    expect(r.stderr).toMatch(/production origin is still the placeholder/);
    expect(r.stderr).toMatch(/DEPIN_PROD_ORIGIN=/);
  });

  it("an origin from the environment, or the documented test flag, lets it build", () => {
    expect(webpackConfig("{}", { DEPIN_PROD_ORIGIN: "https://addin.example-corp.io" }).stdout).toMatch(/configured/);
    expect(webpackConfig("{ allowPlaceholderOrigin: true }").stdout).toMatch(/configured/);
    expect(pkg.scripts["build:test"]).toMatch(/--env allowPlaceholderOrigin/);
    expect(pkg.scripts.test).toMatch(/npm run build:test/);
  });
});
