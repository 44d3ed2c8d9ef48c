import { orgAccent } from "@/lib/profile/current";

/**
 * The organization's accent colour, as a small inline style sheet in <head> (its hash goes into the
 * Content Security Policy like any inline script). The profile's colours were checked for contrast
 * against both themes' backgrounds before the build started.
 */
export function OrgTheme() {
  const { light, dark } = orgAccent();
  const rules = [
    light && `@media print,(prefers-color-scheme: light){:root{--color-accent:${light}}}`,
    dark && `@media screen and (prefers-color-scheme: dark){:root{--color-accent:${dark}}}`,
  ].filter(Boolean);
  if (rules.length === 0) return null;
  return <style>{rules.join("")}</style>;
}
