import { Fragment } from "react";

/**
 * An identifier such as `conversation_renamed` or `user.signed_in`, allowed to wrap after each underscore
 * or dot and nowhere else, so a narrow column breaks it between its words rather than mid-word. The
 * break opportunities (`<wbr>`) add no text: it reads, copies and searches as written.
 */
export function Identifier({ text }: { text: string }) {
  const parts = text.split(/(?<=[_.])/);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
