/**
 * The link from the findings to the check, with the answers the files gave in the fragment (after "#"),
 * which browsers never send to a server. Only firm answers go in: a setting the files do not show stays
 * unanswered, so the check still says "possible" for it.
 */
import { encodeAnswers } from "@/lib/check/url-state";
import type { PrefilledAnswers } from "./read";

/** The fragment body, e.g. "surfaces=claude-code-work-login&otel-monitoring=yes&from-files=otel-monitoring". */
export function checkFragment(answers: PrefilledAnswers): string {
  return encodeAnswers({
    ...(answers.account ? { account: answers.account } : {}),
    ...(answers.partnerCloud ? { partnerCloud: answers.partnerCloud } : {}),
    // The files show products in use, never that none are: an empty list leaves the question open.
    ...(answers.surfaces.length > 0 ? { surfaces: answers.surfaces } : {}),
    settings: answers.settings,
    ...(answers.fromFiles.length > 0 ? { fromFiles: answers.fromFiles } : {}),
  });
}

/** The check's address on a site (an origin, with any base path), with the answers. */
export function checkUrl(site: string, answers: PrefilledAnswers): string {
  const fragment = checkFragment(answers);
  return `${site.replace(/\/+$/, "")}/check/${fragment ? `#${fragment}` : ""}`;
}
