/**
 * `npm run templates`: writes assets/templates/*.xlsx and assets/templates/templates.json from
 * src/templates/catalog.ts (which reads the presets). Reproducible: the same sources give the same bytes.
 * test/templates/templates.test.ts regenerates in memory and fails when a committed file is stale.
 *
 *   npx tsx scripts/gen-templates.ts [--check]     --check: compare only, exit 1 when a file is stale
 */
import * as fs from "fs";
import * as path from "path";
import { templates } from "../src/templates/catalog";
import { renderTemplate } from "../src/templates/render";

export const TEMPLATE_DIR = path.resolve(__dirname, "../assets/templates");

async function main(): Promise<number> {
  const check = process.argv.includes("--check");
  fs.mkdirSync(TEMPLATE_DIR, { recursive: true });
  const index: unknown[] = [];
  let stale = 0;
  for (const t of templates()) {
    const book = t.build();
    const { bytes, report } = await renderTemplate(book);
    const file = path.join(TEMPLATE_DIR, `${t.file}.xlsx`);
    const same = fs.existsSync(file) && fs.readFileSync(file).equals(bytes);
    if (check) {
      if (!same) {
        console.error(`stale: ${path.relative(process.cwd(), file)}`);
        stale++;
      }
    } else if (!same) fs.writeFileSync(file, bytes);
    index.push({
      file: `${t.file}.xlsx`,
      title: t.title,
      purpose: t.purpose,
      sheets: book.wb.worksheets.map((w) => w.name),
      presets: book.presets.map((p) => ({ id: p.id, asOf: p.asOf })),
      formulas: report.formulaCount,
    });
    console.log(`${same ? "unchanged" : check ? "STALE    " : "written  "} ${t.file}.xlsx  (${report.formulaCount} formulas, ${bytes.length} bytes)`);
  }
  const indexText = `${JSON.stringify(index, null, 2)}\n`;
  const indexFile = path.join(TEMPLATE_DIR, "templates.json");
  if (check) {
    if (!fs.existsSync(indexFile) || fs.readFileSync(indexFile, "utf8") !== indexText) {
      console.error("stale: assets/templates/templates.json");
      stale++;
    }
  } else fs.writeFileSync(indexFile, indexText);
  // Files of templates that no longer exist.
  const known = new Set([...templates().map((t) => `${t.file}.xlsx`), "templates.json"]);
  for (const f of fs.readdirSync(TEMPLATE_DIR)) {
    if (known.has(f)) continue;
    if (check) {
      console.error(`stale: assets/templates/${f} (no template of that name)`);
      stale++;
    } else fs.rmSync(path.join(TEMPLATE_DIR, f));
  }
  return stale > 0 ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(2);
    },
  );
}
