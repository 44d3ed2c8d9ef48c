import Link from "next/link";
import type { MDXComponents } from "mdx/types";
import type { ComponentPropsWithoutRef } from "react";

/** Internal links go through next/link (so the base path applies); external ones get a plain anchor. */
function MdxLink({ href = "", ...props }: ComponentPropsWithoutRef<"a">) {
  if (href.startsWith("/")) return <Link href={href} {...props} />;
  return <a href={href} {...props} />;
}

/** What MDX content may use. Keep it small: every entry ships to every MDX page. */
export const mdxComponents: MDXComponents = {
  a: MdxLink,
};
