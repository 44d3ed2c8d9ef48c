import { model } from "@/lib/model/model";

/** The most recent date on which any claim was verified (YYYY-MM-DD), for the footer, the sources page and the feed. */
export function latestClaimVerification(): string {
  return model.claims.reduce((latest, claim) => (claim.verified > latest ? claim.verified : latest), "0000-00-00");
}
