import { expect, type Page } from "@playwright/test";

/** Chooses a radio button inside the fieldset whose legend matches. */
export async function choose(page: Page, legend: string | RegExp, option: string) {
  await page.getByRole("group", { name: legend }).getByRole("radio", { name: option, exact: true }).check();
}

/** Ticks checkboxes inside the fieldset whose legend matches. */
export async function tick(page: Page, legend: string | RegExp, ...options: string[]) {
  const group = page.getByRole("group", { name: legend });
  for (const option of options) await group.getByRole("checkbox", { name: option }).check();
}

export type Verdict = "Yes" | "Possible" | "No";

/** The verdict link in the who-can-see-what table, e.g. "Yes: Primary Owner, Chat content". */
export function verdictCell(page: Page, verdict: Verdict, audience: string, data: string) {
  return page.getByRole("table").getByRole("link", { name: `${verdict}: ${audience}, ${data}`, exact: true });
}

/** Asserts one verdict of the table is shown. */
export async function expectVerdict(page: Page, verdict: Verdict, audience: string, data: string) {
  await expect(verdictCell(page, verdict, audience, data)).toBeVisible();
}
