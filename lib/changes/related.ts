/**
 * Which change-log entries touched a page: an explainer (through the entry's `layers`) or a report (through
 * the verdicts that moved for the report's account). Each returns short links, not whole entries, so a
 * client component can take them as a prop without the change log shipping to the browser.
 */
import type { AccountId } from "@/lib/model/vocabulary";
import { changePath } from "./paths";
import type { Change } from "./schema";

/** A link to one entry of the change log. */
export type ChangeLink = {
  id: string;
  title: string;
  /** When Anthropic's page changed (YYYY-MM-DD). */
  date: string;
  /** The entry's address on the site, without the base path. */
  href: string;
};

/** How many entries a report lists; the change log has the rest. */
export const REPORT_CHANGES_LIMIT = 5;

function linkTo(change: Change): ChangeLink {
  return { id: change.id, title: change.title, date: change.date, href: changePath(change.id) };
}

/** The entries that touch an explainer, in the log's order (newest first). */
export function changesForLayer(log: readonly Change[], layer: string): ChangeLink[] {
  return log.filter((change) => change.layers.includes(layer)).map(linkTo);
}

/**
 * The entries that moved a verdict a report for this account shows. Every report shows every data kind for
 * every audience, so a move on the account is a move in the report. At most `limit`, newest first.
 */
export function changesForAccount(
  log: readonly Change[],
  account: AccountId,
  limit: number = REPORT_CHANGES_LIMIT,
): ChangeLink[] {
  return log
    .filter((change) => change.verdicts.some((move) => move.accounts.includes(account)))
    .slice(0, limit)
    .map(linkTo);
}

/** The report links for every account, for the live check, which learns the account in the browser. */
export function changesByAccount(
  log: readonly Change[],
  accountIds: readonly AccountId[],
  limit: number = REPORT_CHANGES_LIMIT,
): Partial<Record<AccountId, ChangeLink[]>> {
  const byAccount: Partial<Record<AccountId, ChangeLink[]>> = {};
  for (const account of accountIds) {
    const links = changesForAccount(log, account, limit);
    if (links.length > 0) byAccount[account] = links;
  }
  return byAccount;
}
