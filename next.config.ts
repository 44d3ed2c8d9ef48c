import createMDX from "@next/mdx";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  output: "export",
  // Every page becomes `<route>/index.html`, which any static host serves without rewrites.
  trailingSlash: true,
  pageExtensions: ["ts", "tsx", "mdx"],
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

// Plugins are named as strings so that Turbopack can pass them to its loader.
const withMDX = createMDX({
  options: { remarkPlugins: [["remark-gfm", {}]] },
});

export default withMDX(nextConfig);
