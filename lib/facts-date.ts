import { model } from "@/lib/model/model";

/** The most recent date on which any claim was verified (YYYY-MM-DD), for the footer. */
export function factsLastVerified(): string {
  return model.claims.reduce((latest, claim) => (claim.verified > latest ? claim.verified : latest), "0000-00-00");
}
