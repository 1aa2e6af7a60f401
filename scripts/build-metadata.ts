/**
 * Regenerates src/functions/functions.generated.json from the JSDoc of the custom-function files, with
 * the same generator the webpack plugin uses. The headless evaluator and the function reference read it;
 * test/functions/metadata.test.ts fails when it is stale.
 */
import { writeFileSync } from "fs";
import { generateMetadata, METADATA_PATH } from "./metadata";

generateMetadata()
  .then((json) => {
    writeFileSync(METADATA_PATH, json);
    const n = (JSON.parse(json) as { functions: unknown[] }).functions.length;
    console.log(`wrote ${METADATA_PATH} (${n} functions)`);
  })
  .catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
