/**
 * A change-log entry with every id resolved to the words and addresses people see, so the page and the
 * feed say the same thing. Paths are site paths ("/sources/help-center/#claim-x"); the feed makes them absolute.
 */
import { verdictLabels } from "@/lib/content/labels";
import type { Claim, Source } from "@/lib/model/content-schema";
import { accounts, audiences, dataKinds, labelOf } from "@/lib/model/vocabulary";
import { changePath } from "./paths";
import type { Change, VerdictMove } from "./schema";

/** Verdict words, with the one only a change can have: the model had no such cell before. */
export const moveLabels = { ...verdictLabels, "not covered": "Not covered" } as const satisfies Record<
  VerdictMove["before"],
  string
>;

export type DescribedMove = {
  audience: string;
  data: string;
  accounts: string[];
  before: VerdictMove["before"];
  after: VerdictMove["after"];
  when?: string;
};

export type DescribedChange = {
  id: string;
  title: string;
  summary: string;
  date: string;
  /** Whether `date` is the day the change was first seen, or only a day by which it had happened. */
  dateIs: "first-seen" | "no-later-than";
  recorded: string;
  /** The entry's own address on the change log. */
  path: string;
  claims: { id: string; statement: string; path: string }[];
  sources: { id: string; title: string; url: string; kind: Source["kind"]; path: string }[];
  layers: { id: string; title: string; path: string }[];
  verdicts: DescribedMove[];
};

/**
 * Where the words and addresses come from: the model's own data (`changeLookups` in lib/content/changes.ts,
 * with the Sources pages' paths from lib/site/claim-path.ts), or a test's.
 */
export type Lookups = {
  claim: (id: string) => Pick<Claim, "statement"> & { path: string };
  source: (id: string) => Pick<Source, "title" | "url" | "kind"> & { path: string };
  layerTitle: (id: string) => string;
};

/** One verdict move in words: "Owners, Chat content (Enterprise plan): was no, now yes, when …". */
export function moveSentence(move: DescribedMove): string {
  const when = move.when ? `, ${move.when}` : "";
  const word = (verdict: VerdictMove["before"]) => moveLabels[verdict].toLowerCase();
  return `${move.audience}, ${move.data} (${move.accounts.join("; ")}): was ${word(move.before)}, now ${word(move.after)}${when}.`;
}

export function describeChange(change: Change, lookups: Lookups): DescribedChange {
  return {
    id: change.id,
    title: change.title,
    summary: change.summary,
    date: change.date,
    dateIs: change.dateIs ?? "first-seen",
    recorded: change.recorded,
    path: changePath(change.id),
    claims: change.claims.map((id) => {
      const { statement, path } = lookups.claim(id);
      return { id, statement, path };
    }),
    sources: change.sources.map((id) => {
      const { title, url, kind, path } = lookups.source(id);
      return { id, title, url, kind, path };
    }),
    layers: change.layers.map((id) => ({ id, title: lookups.layerTitle(id), path: `/layers/${id}/` })),
    verdicts: change.verdicts.map((move) => ({
      audience: labelOf(audiences, move.audience),
      data: labelOf(dataKinds, move.data),
      accounts: move.accounts.map((account) => labelOf(accounts, account)),
      before: move.before,
      after: move.after,
      ...(move.when ? { when: move.when } : {}),
    })),
  };
}
