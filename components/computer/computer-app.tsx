"use client";

import { useId, useMemo, useState } from "react";
import { FileDrop, PasteBox } from "@/components/ui/file-drop";
import { useHydrated } from "@/components/use-browser-value";
import { withBasePath } from "@/lib/site/base-path";
import { describeFileAnswers } from "@/lib/check/from-files";
import { checkFragment } from "@/lib/computer/check-link";
import { MAX_PAGE_BYTES, detectKind, pageKinds, tooLargeMessage, type PageKind } from "@/lib/computer/detect";
import { sourceLabels } from "@/lib/computer/finding";
import { readComputer } from "@/lib/computer/read";
import { ComputerLoading } from "./computer-loading";
import { FilesView, FindingsView, type CitableClaims } from "./findings-view";

/** One file or paste the person gave, kept in memory only. */
type Entry = { name: string; kind: PageKind; text: string };
type Message = { tone: "error" | "info"; text: string } | undefined;

/**
 * "What does this computer send?" in the browser: files chosen, dropped or pasted are read by this page
 * and nowhere else, kept in memory only, and forgotten when the tab closes. A bad file gets a message and
 * changes nothing already entered.
 */
export function ComputerApp({ claims }: { claims: CitableClaims }) {
  const hydrated = useHydrated();
  const ids = { kind: useId(), reveal: useId() };
  const [entries, setEntries] = useState<Entry[]>([]);
  const [chosen, setChosen] = useState<PageKind | "auto">("auto");
  const [pasted, setPasted] = useState("");
  const [reveal, setReveal] = useState(false);
  const [message, setMessage] = useState<Message>();

  const report = useMemo(
    () =>
      entries.length === 0
        ? undefined
        : readComputer({
            via: "page",
            sources: entries.map((entry) => ({
              kind: entry.kind,
              path: entry.name,
              read: { state: "text", text: entry.text },
            })),
            revealEmail: reveal,
          }),
    [entries, reveal],
  );

  /** Adds a file, replacing one of the same kind (or, for drop-ins, the same name). */
  const add = (name: string, text: string): boolean => {
    const detected = detectKind(name, text, chosen);
    if (!detected.ok) {
      setMessage({ tone: "error", text: detected.message });
      return false;
    }
    const entry = { name, kind: detected.kind, text };
    const replaces = (other: Entry) =>
      other.kind === entry.kind && (entry.kind !== "managed-drop-in" || other.name === entry.name);
    const replaced = entries.some(replaces);
    setEntries((current) => [...current.filter((other) => !replaces(other)), entry]);
    setMessage({
      tone: "info",
      text: `Read ${name} as ${sourceLabels[detected.kind]}${replaced ? ", in place of the one given before" : ""}.`,
    });
    return true;
  };

  const readFiles = async (files: readonly File[]) => {
    for (const file of files) {
      if (file.size > MAX_PAGE_BYTES) {
        setMessage({ tone: "error", text: tooLargeMessage(file.name, file.size) });
        continue;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        setMessage({
          tone: "error",
          text: `${file.name} could not be read by the browser. Nothing you added before is lost.`,
        });
        continue;
      }
      add(file.name, text);
    }
  };

  if (!hydrated) return <ComputerLoading />;

  const fragment = report ? checkFragment(report.answers) : "";
  const answerLines = report
    ? describeFileAnswers({ ...report.answers, behaviours: [], settings: { ...report.answers.settings } })
    : [];

  return (
    <div className="space-y-10">
      <section aria-labelledby="computer-input-heading" className="space-y-5">
        <h2 id="computer-input-heading" className="text-2xl font-semibold">
          Read your files
        </h2>
        <div>
          <label htmlFor={ids.kind} className="block font-medium">
            What is it?
          </label>
          <select
            id={ids.kind}
            value={chosen}
            onChange={(event) => setChosen(event.target.value as PageKind | "auto")}
            className="mt-2 max-w-full rounded border border-line bg-bg p-2"
          >
            <option value="auto">Work it out from the name and the text</option>
            {pageKinds.map((kind) => (
              <option key={kind} value={kind}>
                {sourceLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        <FileDrop
          label="Choose managed-settings.json, a drop-in, remote-settings.json or your settings.json"
          hint="Or drop files anywhere in this box."
          accept=".json,.txt,application/json,text/plain"
          multiple
          onFiles={(files) => void readFiles(files)}
        />
        <PasteBox
          label="Or paste the text of a settings file or of /status"
          rows={6}
          value={pasted}
          onChange={setPasted}
          onRead={() => {
            if (add("pasted text", pasted)) setPasted("");
          }}
        />
        <p>
          <input
            id={ids.reveal}
            type="checkbox"
            checked={reveal}
            onChange={(event) => setReveal(event.target.checked)}
            className="mr-2"
          />
          <label htmlFor={ids.reveal}>Show e-mail addresses in full</label>
        </p>
        {message?.tone === "error" && (
          <p role="alert" className="rounded-lg border-2 border-possible bg-possible-bg p-4 text-fg">
            {message.text}
          </p>
        )}
        <p role="status" className={message?.tone === "info" ? "text-sm" : "sr-only"}>
          {message?.tone === "info" ? message.text : ""}
        </p>
      </section>

      {report && (
        <section aria-labelledby="computer-report-heading" className="space-y-8 border-t-2 border-line pt-8">
          <h2 id="computer-report-heading" className="text-3xl font-bold">
            What these files say
          </h2>
          <div className="rounded-lg border-2 border-accent p-4">
            <p>
              <a href={withBasePath(`/check/${fragment ? `#${fragment}` : ""}`)} className="font-semibold">
                Open the check with these answers
              </a>
            </p>
            {answerLines.length > 0 ? (
              <ul className="mt-2 list-disc pl-6 text-sm">
                {answerLines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-sm">
                These files give no firm answer to the check&rsquo;s questions; it opens with nothing filled in.
              </p>
            )}
            <p className="mt-2 text-sm text-muted">
              Only firm answers are filled in. What the files do not show stays &ldquo;I don&rsquo;t know&rdquo;, so the
              check says &ldquo;possible&rdquo; and tells you whom to ask.
            </p>
          </div>
          <FindingsView findings={report.findings} claims={claims} />
          <section aria-labelledby="computer-files-heading">
            <h3 id="computer-files-heading" className="text-xl font-semibold">
              Files read
            </h3>
            <div className="mt-3">
              <FilesView
                files={report.files}
                onRemove={(index) => {
                  setEntries((current) => current.filter((_, i) => i !== index));
                  setMessage({ tone: "info", text: `Removed ${entries[index]?.name ?? "the file"}.` });
                }}
              />
            </div>
          </section>
        </section>
      )}
    </div>
  );
}
