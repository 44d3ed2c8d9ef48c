import { ClaimLinks } from "./claim-links";

type NoteProps = {
  note: { text: string; claims: readonly string[]; provenance?: "official" | "third-party" };
  /** Leave the citation numbers off paper, where they lead nowhere. */
  screenOnlyCitations?: boolean;
};

/**
 * A note's words with its citations, labelled when only a third party says it: the model's rule that
 * nothing a third party says is shown as Anthropic's.
 */
export function NoteText({ note, screenOnlyCitations = false }: NoteProps) {
  const citations = <ClaimLinks ids={note.claims} />;
  return (
    <>
      {note.provenance === "third-party" && <strong>From a third-party source, not Anthropic: </strong>}
      {note.text}
      {screenOnlyCitations ? <span className="no-print">{citations}</span> : citations}
    </>
  );
}
