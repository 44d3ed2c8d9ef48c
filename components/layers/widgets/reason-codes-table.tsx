import { reasonCodeTable } from "@/lib/content/reason-codes";

/**
 * The documented reason codes and their meanings, from the table the decoder uses too. Plain table
 * elements, so the explainer styles it like its Markdown tables.
 */
export function ReasonCodesTable() {
  return (
    <table>
      <thead>
        <tr>
          <th>Code</th>
          <th>Meaning</th>
        </tr>
      </thead>
      <tbody>
        {reasonCodeTable.map((entry) => (
          <tr key={entry.code}>
            <td>
              <code>{entry.code}</code>
            </td>
            <td>{entry.meaning}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
