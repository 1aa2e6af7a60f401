/**
 * Built bundles (after `npm run build`): HyperFormula (GPL-3.0, dev/CLI only) never reaches dist/*.js,
 * and the production build carries no dev URL.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import * as path from "path";

const DIST = path.resolve(__dirname, "../../dist");
const scripts = existsSync(DIST) ? readdirSync(DIST).filter((f) => f.endsWith(".js")) : [];

describe("dist bundles", () => {
  (scripts.length > 0 ? it.each(scripts.map((f) => [f] as const)) : it.skip.each([["(not built)"] as const]))(
    "%s does not contain hyperformula",
    (file) => {
      expect(readFileSync(path.join(DIST, file), "utf8").toLowerCase()).not.toContain("hyperformula");
    }
  );

  (existsSync(path.join(DIST, "functions.json")) ? it : it.skip)("functions.json and taskpane.html carry no localhost URL", () => {
    for (const f of ["functions.json", "taskpane.html", "manifest.xml"]) {
      if (existsSync(path.join(DIST, f))) expect({ f, localhost: readFileSync(path.join(DIST, f), "utf8").includes("localhost") }).toEqual({ f, localhost: false });
    }
  });
});
