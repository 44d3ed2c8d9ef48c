import Link from "next/link";
import { mainNav, site } from "@/content/site";

export function SiteHeader() {
  return (
    <header className="no-print border-b border-line">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4 sm:px-6">
        <Link href="/" prefetch={false} className="text-lg font-bold text-fg no-underline">
          {site.name}
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {mainNav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} prefetch={false} className="text-fg hover:text-accent">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
