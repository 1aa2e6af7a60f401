/**
 * `npm start`: sideload the add-in for debugging.
 * - Windows / macOS: runs `npx office-addin-debugging start manifest.xml` (Excel desktop).
 * - Linux: Excel desktop does not exist and office-addin-debugging cannot sideload here (it prints an
 *   error and still exits 0, OFFICE_NOTES §9), so this prints the Excel-on-the-web steps instead and
 *   says plainly that nothing was sideloaded.
 */
const { spawnSync } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const { config } = require("../package.json");

function linuxInstructions() {
  console.log(`DePIN Tokenomics: no sideload on Linux (Excel desktop is not available here; nothing was started or sideloaded).

To try the add-in in Excel on the web:
  1. Start the dev server (https on port 3000, dev certificates):
       npm run dev-server
     Check it from another shell:
       curl --cacert ~/.office-addin-dev-certs/ca.crt ${config.devOrigin}/functions.json
     (Certificates: npx office-addin-dev-certs install, then trust ~/.office-addin-dev-certs/ca.crt in the
      system store and in NSS for Chromium; see OFFICE_NOTES §9.)
  2. In Excel on the web open a workbook, then Home > Add-ins > More Settings > Upload My Add-in,
     and choose ${path.join(ROOT, "manifest.xml")}.
     The add-in lives in the browser's local storage; clearing site data unloads it.
  3. Type =DEPIN. in a cell. Excel caches functions.json for 24 hours: after a signature change bump
     <Version> in manifest.xml (1.0.0.0 -> 1.0.1.0) and upload again.

Without Excel, evaluate formulas headlessly:  npm run demo   or   npx depin-calc eval "=DEPIN.AKT_TAKE_FEE(1000,0.2)"`);
}

function run(args) {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const r = spawnSync(npx, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  if (r.error) {
    console.error(`could not run npx ${args.join(" ")}: ${r.error.message}`);
    return 1;
  }
  return r.status ?? 1;
}

module.exports = { linuxInstructions, run };

if (require.main === module) {
  if (process.platform === "linux") {
    linuxInstructions();
    process.exit(0);
  }
  process.exit(run(["office-addin-debugging", "start", "manifest.xml"]));
}
