// Serves the built site in `out/` locally: `npm start` runs the build first, then this.
import { existsSync } from "node:fs";
import { hostingManifestSchema, readHostingManifest } from "../lib/hosting/manifest";
import { startStaticServer } from "./static-server";

const root = process.env.OUT_DIR ?? "out";
if (!existsSync(`${root}/index.html`)) {
  console.error(`No built site in ${root}/. Run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}

// The base path the export was built for, from the manifest the build writes beside it; BASE_PATH
// overrides it (for an export built before the manifest existed).
const basePath = process.env.BASE_PATH ?? readHostingManifest(root)?.basePath ?? "";
if (!hostingManifestSchema.shape.basePath.safeParse(basePath).success) {
  console.error(
    `BASE_PATH must be empty or like "/privacy/ai" (a "/" before each segment, none at the end); found "${basePath}".`,
  );
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);
const { url } = await startStaticServer({ root, port, basePath });
console.log(`Serving ${root}/ at ${url}${basePath}/ (press Ctrl+C to stop)`);
