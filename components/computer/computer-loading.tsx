/** What the reader shows until its code has loaded, and for good when JavaScript is off. */
export function ComputerLoading() {
  return (
    <p className="rounded-lg bg-surface p-4">
      The reader is loading. It needs JavaScript, which seems to be turned off in your browser: the terminal command
      above does the same without a browser.
    </p>
  );
}
