/**
 * Bundles the command into one plain ES module for Node 20, with zod and the model inside, so the package's
 * bin runs without tsx or any dependency: `npm run computer:build` writes
 * dist/computer/what-does-this-computer-send.mjs. Node's own modules stay imports; no network one is used.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL("../../", import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  logLevel: "warn",
  resolve: { alias: { "@": root } },
  ssr: { noExternal: true, target: "node" },
  build: {
    ssr: "scripts/computer/main.ts",
    outDir: "dist/computer",
    emptyOutDir: true,
    target: "node20",
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { format: "es", entryFileNames: "what-does-this-computer-send.mjs" } },
  },
});
