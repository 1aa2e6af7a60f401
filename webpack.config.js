/* eslint-disable no-console */
/**
 * Add-in bundle: one shared-runtime page (taskpane.html) that loads both the `taskpane` and the
 * `functions` chunks (the shared runtime; there is no functions.html). functions.json is emitted by
 * custom-functions-metadata-plugin from the JSDoc of the files in scripts/function-files.js, which
 * also appends the CustomFunctions.associate calls to those modules.
 *
 * Production builds rewrite every dev URL (https://localhost:3000) in the emitted manifest,
 * functions.json, html and scripts with a GLOBAL regex (a string pattern would replace only the first
 * occurrence) to the production origin: the DEPIN_PROD_ORIGIN environment variable when set, else
 * package.json "config.prodOrigin". While that is still the example.com placeholder a production build
 * stops with a message, unless `--env allowPlaceholderOrigin` is given (npm test / CI builds, never
 * deployed).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const functionFiles = require("./scripts/function-files.js");
const pkg = require("./package.json");

const DEV_ORIGIN = pkg.config.devOrigin; // https://localhost:3000
const PROD_ORIGIN = process.env.DEPIN_PROD_ORIGIN || pkg.config.prodOrigin;
/** The documentation domains (RFC 2606) stand for "not configured yet". */
const isPlaceholderOrigin = (origin) => /(^|\.)example\.(com|org|net)$/i.test(new URL(origin).hostname);
const DEV_PORT = Number(new URL(DEV_ORIGIN).port) || 3000;
/** Where scripts/build-docs.ts writes the HTML function reference before webpack copies it to dist/help/. */
const HELP_STAGING_DIR = path.resolve(__dirname, "lib/help");
/** Bundle budget (bytes) for each emitted script/stylesheet and each entrypoint (STYLE: Tooling; SPEC §7). */
const BUDGET_BYTES = 256 * 1024;
/**
 * Budget for everything one entry point loads (its own script plus the shared engine chunks, loaded once per
 * page in the shared runtime). Measured at 81 functions: the engine chunks (function table with its
 * documentation, decimal.js) 358 KiB minified (111 KiB gzip), taskpane.js 204 KiB (45 KiB gzip, most of it the
 * preset sheets), functions.js 20 KiB.
 */
const ENTRYPOINT_BUDGET_BYTES = 640 * 1024;

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Global on purpose: a string pattern replaces only the first occurrence. */
const devUrlPattern = new RegExp(escapeRegExp(DEV_ORIGIN), "g");
const toProduction = (text) => text.replace(devUrlPattern, PROD_ORIGIN);

/** Rewrites the dev origin in every text asset of a production build (including plugin-emitted functions.json). */
class ProductionUrlPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ProductionUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ProductionUrlPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT - 1 },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.(xml|json|html|js|css|md|txt)$/.test(name)) continue;
            const text = assets[name].source().toString();
            if (!devUrlPattern.test(text)) continue;
            devUrlPattern.lastIndex = 0;
            compilation.updateAsset(name, new webpack.sources.RawSource(toProduction(text)));
          }
        }
      );
    });
  }
}

/**
 * The dev certificates `npm run certs:install` (office-addin-dev-certs install) created, read from
 * ~/.office-addin-dev-certs. The dev server never creates or installs certificates itself (installing a
 * root CA is an explicit step); without them it serves webpack-dev-server's self-signed certificate.
 */
function httpsServer() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  if (Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
    const options = {};
    for (const [k, f] of Object.entries(files)) options[k] = fs.readFileSync(path.join(dir, f));
    return { type: "https", options };
  }
  console.warn(
    `[dev-server] no dev certificates in ${dir}: serving https with a self-signed certificate that Excel will not trust. ` +
      "Create and trust them once with `npm run certs:install` (see README: Use it in Excel)."
  );
  return "https";
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  if (!dev && !serving && isPlaceholderOrigin(PROD_ORIGIN) && !(env && env.allowPlaceholderOrigin)) {
    console.error(
      `[build] the production origin is still the placeholder ${PROD_ORIGIN}.\n` +
        "  Set it in package.json config.prodOrigin, or in the environment:  DEPIN_PROD_ORIGIN=https://addin.yourcompany.com npm run build\n" +
        "  A test build that is never deployed keeps the placeholder with:     npm run build:test"
    );
    process.exit(1);
  }

  /** @type {import('webpack').Configuration} */
  const config = {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    entry: {
      functions: "./src/functions/index.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    // The engine (function table, documentation, decimal.js) is shared by the functions entry and the task
    // pane's function browser: split into cacheable chunks of at most the per-asset budget, so the
    // browser chunk reuses what the shared runtime already loaded instead of bundling the engine again.
    optimization: dev
      ? undefined
      : {
          splitChunks: {
            cacheGroups: {
              default: false,
              defaultVendors: false,
              engine: {
                test: /[\\/]src[\\/]engine[\\/]|[\\/]node_modules[\\/]decimal\.js[\\/]/,
                name: "engine",
                chunks: "all",
                enforce: true,
                maxSize: Math.floor(BUDGET_BYTES * 0.75),
              },
            },
          },
        },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { sourceMap: dev } } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: functionFiles.map((f) => path.resolve(__dirname, f)),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          // the Templates tab fetches templates/templates.json and the .xlsx files (src/taskpane/templates.ts)
          { from: "assets/templates", to: "templates" },
          { from: "src/taskpane/*.css", to: "[name][ext]", noErrorOnMissing: true },
          { from: HELP_STAGING_DIR, to: "help", noErrorOnMissing: dev },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      ...(dev ? [] : [new ProductionUrlPlugin()]),
    ],
    performance: dev
      ? { hints: false }
      : {
          hints: "error",
          maxAssetSize: BUDGET_BYTES,
          maxEntrypointSize: ENTRYPOINT_BUDGET_BYTES,
          // the code Excel loads; the help page and functions.json grow with the catalog, not the bundle
          assetFilter: (file) => /\.(js|css)$/.test(file),
        },
  };

  if (serving) {
    config.devServer = {
      port: DEV_PORT,
      host: "localhost",
      hot: false,
      liveReload: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: httpsServer(),
      static: false,
    };
  }
  return config;
};

module.exports.DEV_ORIGIN = DEV_ORIGIN;
module.exports.PROD_ORIGIN = PROD_ORIGIN;
module.exports.BUDGET_BYTES = BUDGET_BYTES;
module.exports.ENTRYPOINT_BUDGET_BYTES = ENTRYPOINT_BUDGET_BYTES;
