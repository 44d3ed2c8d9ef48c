import { memo, type ComponentType } from "react";

/**
 * A part of the report that renders again only when its signature changes: a string that says everything
 * the part shows. Answering a question usually moves a few verdicts, not the whole report, so the parts it
 * leaves alone keep their rendered output instead of being rebuilt on every answer.
 */
export function renderedWhenChanged<P extends object>(Part: ComponentType<P>) {
  function Signed(props: P & { signature: string }) {
    // The signature is for the comparison below; the part itself takes no notice of it.
    return <Part {...props} />;
  }
  Signed.displayName = `Signed(${Part.displayName ?? Part.name})`;
  return memo(Signed, (before, after) => before.signature === after.signature);
}
