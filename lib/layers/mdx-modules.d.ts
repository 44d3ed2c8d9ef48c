// MDX pages in content/ export a `meta` object besides their default component; lib/content/layers.ts reads and
// validates it at build time.
declare module "*.mdx" {
  import type { MDXProps } from "mdx/types";
  export const meta: unknown;
  export default function MDXContent(props: MDXProps): React.JSX.Element;
}
