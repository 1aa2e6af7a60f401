// ESLint 9 flat config (STYLE: Tooling). `npm run lint` runs `tsc --noEmit` first; this file adds
// the rules the compiler cannot check:
// - typescript-eslint recommended for all TypeScript, type-aware for the tsconfig project (src, test, scripts);
// - eslint-plugin-office-addins' recommended rules for the task pane (batching: no context.sync()
//   in loops, load before read, sync before read);
// - src/engine never touches a host: no Office, Excel, CustomFunctions, window, document or fetch;
// - HyperFormula (GPL-3.0, dev/CLI only) is importable only from src/headless, test and bench.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const officeRecommended = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins["office-addins"]);
const officeRules = Object.fromEntries(
  Object.entries(officeRecommended.rules).filter(([name]) => name.startsWith("office-addins/"))
);

const nodeGlobals = Object.fromEntries(
  ["require", "module", "exports", "__dirname", "__filename", "process", "console", "Buffer", "URL", "setTimeout", "clearTimeout"].map(
    (g) => [g, "readonly"]
  )
);

const HYPERFORMULA_MESSAGE =
  "HyperFormula (GPL-3.0) is a dev/CLI dependency: import it only from src/headless, test or bench, never from code webpack bundles.";

export default tseslint.config(
  {
    ignores: ["node_modules/", "dist/", "lib/", "coverage/", "test-results/", "**/*.d.ts"],
  },
  { linterOptions: { reportUnusedDisableDirectives: "off" } },
  js.configs.recommended,
  {
    files: ["**/*.ts"],
    extends: [...tseslint.configs.recommended],
    rules: {
      // Relaxed so the rules check behaviour, not taste; formatting is not linted.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-explicit-any": "off", // adapters take any[][] ranges by design
      "@typescript-eslint/no-non-null-assertion": "off", // noUncheckedIndexedAccess makes `!` idiomatic
      "@typescript-eslint/naming-convention": [
        "error",
        { selector: "default", format: ["camelCase", "UPPER_CASE", "PascalCase"], leadingUnderscore: "allow" },
        { selector: "typeLike", format: ["PascalCase"] },
        { selector: "function", format: ["camelCase", "PascalCase"] },
        { selector: ["objectLiteralProperty", "typeProperty", "objectLiteralMethod"], format: null }, // data keys (ids, SPEC names)
        { selector: "import", format: null },
      ],
      "no-undef": "off", // TypeScript checks names
    },
  },
  {
    // Type-aware rules for the files in tsconfig.json (src, test, scripts).
    files: ["src/**/*.ts", "test/**/*.ts", "scripts/**/*.ts"],
    extends: [...tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/restrict-template-expressions": "off",
      "@typescript-eslint/no-redundant-type-constituents": "off",
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/no-base-to-string": "off",
      "@typescript-eslint/no-unnecessary-type-assertion": "off",
      "@typescript-eslint/only-throw-error": "off", // the boundary throws CustomFunctions.Error / HostError values
      "@typescript-eslint/prefer-promise-reject-errors": "off",
      "@typescript-eslint/no-floating-promises": ["error", { ignoreVoid: true }],
    },
  },
  {
    // Adapter parameters are Excel's argument names: SPEC snake_case (STYLE: Naming).
    files: ["src/functions/**/*.ts"],
    rules: { "@typescript-eslint/naming-convention": "off" },
  },
  {
    // Tests copy chain constants digit for digit; the double rounding is the point.
    files: ["test/**/*.ts", "bench/**/*.ts"],
    rules: { "no-loss-of-precision": "off", "@typescript-eslint/naming-convention": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", ecmaVersion: 2022, globals: nodeGlobals },
    rules: { "no-unused-vars": ["error", { argsIgnorePattern: "^_", caughtErrors: "none" }] },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", ecmaVersion: 2022, globals: nodeGlobals },
  },
  {
    // Test and build scripts are Node programs.
    files: ["test/**/*.ts", "scripts/**/*.ts", "bench/**/*.ts", "src/headless/**/*.ts", "bin/**/*.ts"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/taskpane/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: { ...officeRules, "office-addins/no-context-sync-in-loop": "error" },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "CustomFunctions", "window", "document", "fetch"].map((name) => ({
          name,
          message: "src/engine is host-free and pure: no Office/Excel/CustomFunctions, DOM or network (STYLE: Architecture).",
        })),
      ],
    },
  },
  {
    files: ["**/*.ts", "**/*.js", "**/*.mjs", "**/*.cjs"],
    ignores: ["src/headless/**", "test/**", "bench/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "hyperformula", message: HYPERFORMULA_MESSAGE }], patterns: [{ group: ["hyperformula/*"], message: HYPERFORMULA_MESSAGE }] },
      ],
    },
  }
);
