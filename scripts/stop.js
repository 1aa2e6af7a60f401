/**
 * `npm stop`: undo `npm start`.
 * - Windows / macOS: runs `office-addin-debugging stop manifest.xml` (the pinned dev dependency).
 * - Linux: nothing was sideloaded by `npm start`; prints how to unload the add-in from Excel on the web
 *   and how to stop the dev server.
 */
const { run } = require("./start.js");

if (process.platform === "linux") {
  console.log(`DePIN Tokenomics: nothing to stop on Linux (npm start does not sideload here).
  - Dev server: stop the \`npm run dev-server\` process with Ctrl+C.
  - Excel on the web: the uploaded add-in is kept in the browser's local storage; remove it from
    Home > Add-ins > More Settings (or clear the site data for the Excel tab).`);
  process.exit(0);
}
process.exit(run(["stop", "manifest.xml"]));
