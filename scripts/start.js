/**
 * `npm start`: sideload the add-in for debugging.
 * - Windows / macOS: runs `office-addin-debugging start manifest.xml` from the pinned dev dependency (as
 *   Microsoft's add-in templates do): it starts `npm run dev-server` and opens Excel desktop with the add-in.
 * - Linux: Excel desktop does not exist and office-addin-debugging cannot sideload here (it prints an error
 *   and still exits 0), so this prints the Excel-on-the-web steps instead and says plainly that nothing was
 *   sideloaded. Nothing is downloaded in either case.
 */
const { spawnSync } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const { config } = require("../package.json");

function linuxInstructions() {
  console.log(`DePIN Tokenomics: no sideload on Linux (Excel desktop is not available here; nothing was started or sideloaded).

To try the add-in in Excel on the web:
  1. Once: create the development certificates and trust their CA (needs admin rights):
       npm run certs:install
     On Linux it writes ~/.office-addin-dev-certs but cannot install the CA itself: copy
     ~/.office-addin-dev-certs/ca.crt to /usr/local/share/ca-certificates/ and run update-ca-certificates
     (for Chromium also: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n office-addin-dev-ca -i ~/.office-addin-dev-certs/ca.crt).
  2. Start the dev server (https on port ${config.dev_server_port}) and leave it running:
       npm run dev-server
     Check it from another shell:
       curl --cacert ~/.office-addin-dev-certs/ca.crt ${config.devOrigin}/functions.json
  3. In Excel on the web open a workbook, then Home > Add-ins > More Settings > Upload My Add-in,
     and choose ${path.join(ROOT, "manifest.xml")}.
     The add-in lives in the browser's local storage; clearing site data unloads it.
  4. Type =DEPIN. in a cell. Excel caches functions.json for 24 hours: after a signature change bump
     <Version> in manifest.xml (1.0.0.0 -> 1.0.1.0) and upload again.

Without Excel, evaluate formulas headlessly:  npm run demo   or   npm run -s depin-calc -- eval "=DEPIN.AKT_TAKE_FEE(1000,0.2)"`);
}

/** Runs the locally installed office-addin-debugging (never a download). */
function run(args) {
  let cli;
  try {
    cli = require.resolve("office-addin-debugging/cli.js", { paths: [ROOT] });
  } catch {
    console.error("office-addin-debugging is not installed: run npm ci (it is a dev dependency of this project).");
    return 1;
  }
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, stdio: "inherit" });
  if (r.error) {
    console.error(`could not run office-addin-debugging ${args.join(" ")}: ${r.error.message}`);
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
  process.exit(run(["start", "manifest.xml", ...process.argv.slice(2)]));
}
