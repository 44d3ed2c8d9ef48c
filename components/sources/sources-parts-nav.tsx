import { withBasePath } from "@/lib/site/base-path";
import { sourcesPartPath, sourcesParts, type SourcesPartSlug } from "@/lib/site/sources-parts";

/** The Sources pages, the one shown marked as current: the overview, then each part. */
export function SourcesPartsNav({ current }: { current: SourcesPartSlug }) {
  const pages = [
    { href: "/sources/", title: "Sources and method", current: false },
    ...sourcesParts.map((part) => ({
      href: sourcesPartPath(part.slug),
      title: part.title,
      current: part.slug === current,
    })),
  ];
  return (
    <nav aria-label="Sources pages" className="mt-6 max-w-5xl">
      <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {pages.map((page) => (
          <li key={page.href}>
            {page.current ? (
              <a href={withBasePath(page.href)} aria-current="page" className="font-semibold text-fg no-underline">
                {page.title}
              </a>
            ) : (
              <a href={withBasePath(page.href)}>{page.title}</a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
