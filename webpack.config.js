/* Builds the add-in (task pane with the shared custom-functions runtime, ribbon commands) and the
 * workbench page that hosts the same task pane over an in-memory workbook, for machines without Excel. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

/** Where the built add-in is hosted in development. */
const urlDev = "https://localhost:3000/";
/** Where the built add-in is hosted in production: the one setting to change for a deployment. */
const urlProd = process.env.CREDIT_DESK_URL || "https://credit-desk.example.com/";
const port = Number(process.env.CREDIT_DESK_PORT || process.env.npm_package_config_dev_server_port || 3000);

/** The files whose JSDoc @customfunction tags become functions.json (one per formula family). */
const functionFiles = require("./src/functions/families.json").map((f) => `./src/functions/${f}`);

/** HTTPS with the Office dev certificates when they are installed; plain HTTP otherwise (workbench only). */
function devServerProtocol() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const cert = path.join(dir, "localhost.crt");
  const key = path.join(dir, "localhost.key");
  const ca = path.join(dir, "ca.crt");
  if (fs.existsSync(cert) && fs.existsSync(key)) {
    return { type: "https", options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.existsSync(ca) ? fs.readFileSync(ca) : undefined } };
  }
  return "http";
}

/** Content-Security-Policy of the pages: nothing remote except Office.js on the task pane. */
function csp({ officeJs, dev }) {
  const scripts = ["'self'"].concat(officeJs ? ["https://appsforoffice.microsoft.com"] : []);
  const connect = ["'self'"].concat(dev ? ["ws://localhost:*", "wss://localhost:*"] : []);
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * Finishes functions.json: descriptions on one line (JSDoc wraps them, Excel shows them in one tooltip)
 * and, in production, help URLs on the production host as the manifest's are.
 */
class FunctionsMetadataFinishPlugin {
  constructor({ production }) {
    this.production = production;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsMetadataFinishPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "FunctionsMetadataFinishPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, (assets) => {
        const json = assets["functions.json"];
        if (!json) return;
        const metadata = JSON.parse(json.source().toString());
        const oneLine = (text) => (typeof text === "string" ? text.replace(/\s*\n\s*/g, " ") : text);
        for (const f of metadata.functions ?? []) {
          f.description = oneLine(f.description);
          for (const p of f.parameters ?? []) p.description = oneLine(p.description);
          if (f.result) f.result.description = oneLine(f.result.description);
        }
        let text = JSON.stringify(metadata, null, 4);
        if (this.production) text = text.replaceAll(urlDev, urlProd);
        compilation.updateAsset("functions.json", new compiler.webpack.sources.RawSource(text));
      });
    });
  }
}

module.exports = (_env, argv) => {
  const dev = argv.mode !== "production";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      // taskpane.html is the custom functions' shared runtime: it loads runtime.js (the page's one webpack
      // runtime), functions.js (the formulas, with the domain and i18n code they use), then taskpane.js,
      // which depends on functions (dependOn): it carries no second copy of those modules, and the pane
      // and the formulas share one i18n state. The runtime is a chunk of its own because webpack would
      // inline an entry's modules into a runtime it shares with a dependOn entry, which then cannot
      // require the modules both entries start (webpack-dev-server's client, in development).
      // The export libraries stay in lazy chunks of the pane.
      functions: { import: "./src/functions/excel.ts", runtime: "runtime" },
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
      commands: "./src/commands/commands.ts",
      workbench: "./src/workbench/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
      // Rewrite every file on each build, changed or not: the browser tests judge a build's age by dist/'s files.
      compareBeforeEmit: false,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.(png|jpe?g|gif|ico|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
        // The PDF fonts (export/core/fonts.ts): files beside the lazy export chunk, fetched from the add-in's host on the first PDF.
        { test: /\.ttf$/, type: "asset/resource", generator: { filename: "assets/fonts/[name].[contenthash:8][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles }),
      new FunctionsMetadataFinishPlugin({ production: !dev }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        templateParameters: { csp: csp({ officeJs: true, dev }) },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { csp: csp({ officeJs: true, dev }) },
      }),
      new HtmlWebpackPlugin({
        filename: "workbench.html",
        template: "./src/workbench/workbench.html",
        chunks: ["workbench"],
        templateParameters: { csp: csp({ officeJs: false, dev }) },
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/index.html",
        chunks: [],
        templateParameters: { csp: csp({ officeJs: false, dev }) },
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: [],
        templateParameters: { csp: csp({ officeJs: false, dev }) },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          // Browsers ask for /favicon.ico whatever the page says; a PNG under that name serves them all.
          { from: "assets/icon-32.png", to: "favicon.ico" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().replaceAll(urlDev, urlProd)),
          },
        ],
      }),
    ],
    devServer: {
      port,
      host: "localhost",
      server: devServerProtocol(),
      headers: { "Access-Control-Allow-Origin": "https://localhost:3000" },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
      open: false,
      onListening: (server) => {
        const scheme = server.options.server && server.options.server.type === "https" ? "https" : "http";
        console.log(`\nCredit Desk is served on ${scheme}://localhost:${port}/ (it opens the workbench: no Excel needed)`);
        console.log("  Excel: sideload manifest.xml (README, 'Sideload in Excel').\n");
      },
    },
  };
};
