// Builds the add-in: one task pane page that also hosts the custom functions (shared runtime), functions.json
// generated from the JSDoc tags, functions-zh-cn.json derived from it, the manifest and the icons.
// The pane's engine worker needs no entry of its own: webpack 5 makes the chunk jili-engine.js from the
// `new Worker(new URL("./engineWorker.ts", import.meta.url))` in src/taskpane/worker/spawnWorker.ts, in this build,
// the preview's and the WPS build alike (ts-loader compiles as ES2020 here, so import.meta is kept for webpack).
import CopyWebpackPlugin from "copy-webpack-plugin";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import fs from "fs";
import path from "path";
import webpack from "webpack";
import type { Configuration as DevServerConfiguration } from "webpack-dev-server";
import { localizeMetadata, FunctionsMetadata, Translation } from "./src/functions/metadata/localize";
import zhCN from "./src/functions/metadata/zh-CN.json";
import { withFunctions, wpsFunctionsJson } from "./src/wps/functions/metadata";

const DEV_URL = "https://localhost:3000/";
const FUNCTIONS = "./src/functions/functions.ts";

/** Emits functions-zh-cn.json next to the generated functions.json; a missing translation fails the build. */
class LocalizedFunctionsPlugin {
  apply(compiler: webpack.Compiler): void {
    compiler.hooks.thisCompilation.tap("LocalizedFunctions", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizedFunctions", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const source = compilation.getAsset("functions.json");
        if (!source) {
          compilation.errors.push(new webpack.WebpackError("functions.json was not generated"));
          return;
        }
        const metadata = JSON.parse(source.source.source().toString()) as FunctionsMetadata;
        const localized = localizeMetadata(metadata, zhCN as Translation);
        compilation.emitAsset("functions-zh-cn.json", new webpack.sources.RawSource(`${JSON.stringify(localized, null, 2)}\n`));
      });
    });
  }
}

/**
 * Emits functions.json for WPS (docs/wps.md, "Cell functions"): the Excel metadata generated from the same JSDoc by
 * the same generator as the Excel build's, with the same zh-CN table, put in WPS's format (src/wps/functions/metadata.ts).
 */
class WpsFunctionsPlugin {
  apply(compiler: webpack.Compiler): void {
    compiler.hooks.thisCompilation.tap("WpsFunctions", (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: "WpsFunctions", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, async () => {
        compilation.fileDependencies.add(path.resolve(__dirname, FUNCTIONS));
        compilation.fileDependencies.add(path.resolve(__dirname, "src/functions/metadata/zh-CN.json"));
        const generated = await generateCustomFunctionsMetadata(path.resolve(__dirname, FUNCTIONS));
        if (generated.errors.length) {
          for (const e of generated.errors) compilation.errors.push(new webpack.WebpackError(`functions.json: ${e}`));
          return;
        }
        try {
          const json = wpsFunctionsJson(JSON.parse(generated.metadataJson) as FunctionsMetadata, zhCN as Translation);
          compilation.emitAsset("functions.json", new webpack.sources.RawSource(`${JSON.stringify(json, null, 2)}\n`));
        } catch (e) {
          compilation.errors.push(new webpack.WebpackError((e as Error).message));
        }
      });
    });
  }
}

interface Env {
  WEBPACK_BUILD?: boolean;
  /** where the built files will be served from, e.g. https://addins.example.com/jili/ */
  url?: string;
  /** also build the preview page (npm run preview, e2e tests): the pane beside a simulated workbook, never shipped */
  preview?: boolean;
  /** build the WPS 表格 add-in instead (npm run build:wps): the layout docs/wps.md describes */
  wps?: boolean;
}

export default async (env: Env, options: { mode?: string }): Promise<webpack.Configuration & { devServer?: DevServerConfiguration }> => {
  const dev = options.mode !== "production";
  if (env.wps) return wpsConfig(dev);
  const url = env.url ? (env.url.endsWith("/") ? env.url : `${env.url}/`) : DEV_URL;
  const config: webpack.Configuration & { devServer?: DevServerConfiguration } = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS,
      ...(env.preview ? { preview: "./src/preview/main.ts" } : {}),
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", moduleResolution: "node", sourceMap: dev } } },
        },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS }),
      new LocalizedFunctionsPlugin(),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane", "functions"] }),
      ...(env.preview ? [new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] })] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "static/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // every URL, not just the first (a plain string pattern would replace one)
            transform: (content: Buffer) => (url === DEV_URL ? content : content.toString().replace(new RegExp(DEV_URL.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"), "g"), url)),
          },
        ],
      }),
    ],
    performance: { maxAssetSize: 4_000_000, maxEntrypointSize: 4_000_000 },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port ?? 3000),
      // certificates only when serving: a build never touches them
      server: env.WEBPACK_BUILD ? undefined : { type: "https", options: await devCertificates() },
    },
  };
  return config;
};

/**
 * The WPS 加载项 for WPS 表格, offline, in the folder layout the wpsjs toolkit builds (wps-addon-build/<name>_<version>/
 * with ribbon.xml, the entry page index.html, manifest.xml and the pages), made by this webpack build rather than by
 * `wpsjs build`, which prompts (docs/wps.md). Beside the folder: publish.xml and jsplugins.xml entries and the install
 * scripts (src/wps/addin/).
 */
function wpsConfig(dev: boolean): webpack.Configuration {
  const { version } = JSON.parse(fs.readFileSync(path.resolve(__dirname, "package.json"), "utf8")) as { version: string };
  const folder = `jili_${version}`;
  const stamp = (content: Buffer) => content.toString().replace(/\{\{version\}\}/g, version).replace(/\{\{folder\}\}/g, folder);
  return {
    devtool: dev ? "source-map" : false,
    // functions: the JILI cell functions, registered by the entry page as it loads (src/wps/functions/main.ts)
    entry: { ribbon: "./src/wps/ribbon.ts", functions: "./src/wps/functions/main.ts", taskpane: "./src/wps/addin/taskpaneMain.ts" },
    output: { path: path.resolve(__dirname, "dist", "wps", folder), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", moduleResolution: "node", sourceMap: dev } } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/wps/addin/index.html", chunks: ["ribbon", "functions"] }),
      new WpsFunctionsPlugin(),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/wps/addin/taskpane.html", chunks: ["taskpane"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/wps/addin/ribbon.xml", to: "ribbon.xml" },
          // with the <Functions> that point WPS at functions.json, namespace JILI
          { from: "src/wps/addin/manifest.xml", to: "manifest.xml", transform: (content: Buffer) => withFunctions(content.toString()) },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // beside the add-in's folder, for installing it (docs/wps.md)
          { from: "src/wps/addin/publish.xml", to: "../publish.xml", transform: stamp },
          { from: "src/wps/addin/jsplugins.xml", to: "../jsplugins.xml", transform: stamp },
          { from: "src/wps/addin/install-linux.sh", to: "../install-linux.sh", transform: stamp },
          { from: "src/wps/addin/install-windows.cmd", to: "../install-windows.cmd", transform: stamp },
        ],
      }),
    ],
    performance: { maxAssetSize: 4_000_000, maxEntrypointSize: 4_000_000 },
  };
}

async function devCertificates(): Promise<{ ca: Buffer; key: Buffer; cert: Buffer }> {
  const devCerts = await import("office-addin-dev-certs");
  return (await devCerts.getHttpsServerOptions()) as { ca: Buffer; key: Buffer; cert: Buffer };
}
