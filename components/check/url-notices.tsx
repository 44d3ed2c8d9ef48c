import { withBasePath } from "@/lib/site/base-path";

/**
 * What was wrong with the link the page was opened with (the rest of the answers were still used), and
 * which answers came from the person's own Claude Code files, read on "What does this computer send?".
 */
export function UrlNotices({ notices, fromFiles = [] }: { notices: readonly string[]; fromFiles?: readonly string[] }) {
  return (
    <>
      {fromFiles.length > 0 && (
        <div role="status" className="rounded-lg border-2 border-accent p-4 text-fg">
          <p className="font-semibold">Answers from your Claude Code files</p>
          <p className="mt-1 text-sm">
            These answers were filled in from the files read on{" "}
            <a href={withBasePath("/computer/")}>What does this computer send?</a>. Change any that is wrong; an answer
            you change is then yours, not the files&rsquo;.
          </p>
          <ul className="mt-2 list-disc pl-6 text-sm">
            {fromFiles.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {notices.length > 0 && (
        <div role="status" className="rounded-lg border-2 border-possible bg-possible-bg p-4 text-fg">
          <p className="font-semibold">Part of this link could not be used</p>
          <p className="mt-1 text-sm">The rest of your answers are below; check them and carry on.</p>
          <ul className="mt-2 list-disc pl-6 text-sm">
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
