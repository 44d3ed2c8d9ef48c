/** What was wrong with the link the page was opened with; the rest of the answers were still used. */
export function UrlNotices({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <div role="status" className="rounded-lg border-2 border-possible bg-possible-bg p-4 text-fg">
      <p className="font-semibold">Part of this link could not be used</p>
      <p className="mt-1 text-sm">The rest of your answers are below; check them and carry on.</p>
      <ul className="mt-2 list-disc pl-6 text-sm">
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    </div>
  );
}
