import createMDX from "@next/mdx";
import type { NextConfig } from "next";
import { prepareOrgAssets } from "./lib/profile/assets";
import { orgProfileFromEnv } from "./lib/profile/load";

// A bad ORG_PROFILE throws here, before Next.js writes anything, with a message naming each field.
const org = orgProfileFromEnv();
prepareOrgAssets(org);

const nextConfig: NextConfig = {
  output: "export",
  // With a static export, a custom distDir names the folder the site is exported to (default `out/`).
  ...(process.env.OUT_DIR ? { distDir: process.env.OUT_DIR } : {}),
  // The organization's sub-path, e.g. "/privacy/ai": every page, asset, link and data file moves under it.
  ...(org?.profile.basePath ? { basePath: org.profile.basePath } : {}),
  // The same base path for links and requests written by hand (lib/site/base-path.ts).
  env: { NEXT_PUBLIC_BASE_PATH: org?.profile.basePath ?? "" },
  // Every page becomes `<route>/index.html`, which any static host serves without rewrites.
  trailingSlash: true,
  pageExtensions: ["ts", "tsx", "mdx"],
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

// Plugins are named as strings so that Turbopack can pass them to its loader. rehype-slug gives each
// Markdown heading an id, so search results and links can lead to the section.
const withMDX = createMDX({
  options: { remarkPlugins: [["remark-gfm", {}]], rehypePlugins: [["rehype-slug", {}]] },
});

export default withMDX(nextConfig);
