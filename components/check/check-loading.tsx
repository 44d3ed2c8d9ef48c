/** What the check shows until its code has loaded, and for good when JavaScript is off. */
export function CheckLoading() {
  return (
    <p className="rounded-lg bg-surface p-4">
      The questionnaire is loading. If it does not appear, JavaScript may be turned off in your browser: the ready-made
      reports below work without it.
    </p>
  );
}
