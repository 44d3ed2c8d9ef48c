// Serves the built site in `out/` locally: `npm start` runs the build first, then this.
import { existsSync } from "node:fs";
import { startStaticServer } from "./static-server";

const root = process.env.OUT_DIR ?? "out";
if (!existsSync(`${root}/index.html`)) {
  console.error(`No built site in ${root}/. Run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 3000);
const { url } = await startStaticServer({ root, port });
console.log(`Serving ${root}/ at ${url}/ (press Ctrl+C to stop)`);
