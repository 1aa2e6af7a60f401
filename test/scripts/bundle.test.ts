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

  (existsSync(path.join(DIST, "taskpane.html")) ? it : it.skip)("taskpane.html carries the Content-Security-Policy: only 'self' and Office's script host, no inline script, no eval", () => {
    const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const meta = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html); // quotes dropped by the minifier
    expect(meta).not.toBeNull();
    const policy = new Map(meta![1]!.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map((d) => [d[0]!, d.slice(1)]));
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    for (const sources of policy.values()) for (const src of sources) expect(["'self'", "'none'", "https://appsforoffice.microsoft.com"]).toContain(src);
    // every script the page loads is allowed by it, and none is inline
    const scripts = Array.from(html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g));
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(body!.trim()).toBe("");
      const src = /src="?([^"\s>]+)/.exec(attrs!)![1]!;
      expect(/^https?:/.test(src) ? src.startsWith("https://appsforoffice.microsoft.com/") : true).toBe(true);
    }
    expect(html).not.toMatch(/\sstyle=/);
  });

  (existsSync(path.join(DIST, "templates")) ? it : it.skip)("the templates are served with the add-in (dist/templates/)", () => {
    const list = JSON.parse(readFileSync(path.join(DIST, "templates/templates.json"), "utf8")) as { file: string }[];
    expect(list.length).toBeGreaterThan(0);
    for (const t of list) expect({ file: t.file, present: existsSync(path.join(DIST, "templates", t.file)) }).toEqual({ file: t.file, present: true });
  });
});
