/**
 * The function reference (scripts/build-docs.ts): one anchor and a non-empty description per id, in
 * the HTML help page and the markdown index; the help page ships in the build.
 */
import { existsSync, readFileSync, statSync } from "fs";
import * as path from "path";
import { readMetadata, renderHtml, renderMarkdown, signature } from "../../scripts/build-docs";
import { METADATA_PATH } from "../../scripts/metadata";

const ROOT = path.resolve(__dirname, "../..");
const DIST_HELP = path.join(ROOT, "dist/help/functions.html");
const functions = readMetadata();
const html = renderHtml(functions);
const markdown = renderMarkdown(functions);

/** The text of the <section id=ID> … </section> block. */
function section(page: string, id: string): string | undefined {
  const start = page.indexOf(`<section class="fn" id="${id}">`);
  if (start < 0) return undefined;
  return page.slice(start, page.indexOf("</section>", start));
}

describe("function reference", () => {
  it.each(functions.map((f) => [f.id] as const))("%s has an anchor, a signature and a non-empty description", (id) => {
    const s = section(html, id);
    expect(s).toBeDefined();
    expect(html.split(`id="${id}"`).length - 1).toBe(1);
    const desc = /<p class="desc">([\s\S]*?)<\/p>/.exec(s!)?.[1] ?? "";
    expect(desc.trim()).not.toBe("");
    expect(s).toContain(`=DEPIN.${id}(`);
    expect(markdown).toContain(`### ${id}\n`);
    expect(markdown).toContain("`" + signature(functions.find((f) => f.id === id)!) + "`");
  });

  it("writes optional arguments in brackets", () => {
    expect(signature({ id: "X_Y", name: "X_Y", parameters: [{ name: "a" }, { name: "b", optional: true }] })).toBe("DEPIN.X_Y(a, [b])");
  });

  it("escapes HTML in descriptions", () => {
    const page = renderHtml([{ id: "X_Y", name: "X_Y", description: "a < b & <script>", parameters: [] }], {});
    expect(page).toContain("a &lt; b &amp; &lt;script&gt;");
    expect(page).not.toContain("<script>");
  });

  (existsSync(DIST_HELP) ? it : it.skip)("ships dist/help/functions.html with an anchor per id (run after npm run build)", () => {
    const page = readFileSync(DIST_HELP, "utf8");
    const missing = functions.filter((f) => !new RegExp(`id="?${f.id}"?[ >]`).test(page)).map((f) => f.id);
    if (missing.length > 0 && statSync(DIST_HELP).mtimeMs < statSync(METADATA_PATH).mtimeMs) {
      console.log(`dist/help/functions.html predates the golden (missing ${missing.join(", ")}); run npm run build to check it`);
      return;
    }
    expect(missing).toEqual([]);
  });
});

describe("docs/functions.md", () => {
  it("is up to date with the metadata and the engine catalog (run `npm run docs` and commit)", () => {
    const committed = readFileSync(path.join(ROOT, "docs/functions.md"), "utf8");
    expect(committed).toBe(markdown);
  });
});
