// Bundles the web client into ../wwwroot/app: one script for the whole app (with a source map), so pages load
// no module graph over the network and nothing comes from a CDN. `node build.mjs --watch` rebuilds on change.
import * as esbuild from "esbuild";

const options = {
    entryPoints: { app: "src/main.js" },
    bundle: true,
    format: "esm",
    target: ["es2022"],
    outdir: "../wwwroot/app",
    sourcemap: "linked",
    minify: true,
    legalComments: "linked",
    logLevel: "warning",
};

if (process.argv.includes("--watch")) {
    const context = await esbuild.context({ ...options, logLevel: "info" });
    await context.watch();
} else {
    await esbuild.build(options);
}
