import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as path from "path";
import { adapterName } from "../src/functions/naming";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const files = require("./function-files.js") as string[];

export const ROOT = path.resolve(__dirname, "..");
export const METADATA_PATH = path.join(ROOT, "src/functions/functions.generated.json");

/** Generates the functions.json text (2-space JSON, trailing newline); throws on generator errors. */
export async function generateMetadata(): Promise<string> {
  const r = await generateCustomFunctionsMetadata(
    files.map((f) => path.join(ROOT, f)),
    false
  );
  if (r.errors.length > 0) throw new Error(`custom-functions-metadata errors:\n${r.errors.join("\n")}`);
  const bad = r.associate.filter((a) => a.functionName !== adapterName(a.id));
  if (bad.length > 0) {
    throw new Error(`function names must be the camelCase form of their id: ${bad.map((a) => `${a.id} → ${a.functionName}`).join(", ")}`);
  }
  return JSON.stringify(JSON.parse(r.metadataJson), null, 2) + "\n";
}

