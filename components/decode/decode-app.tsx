"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useHydrated } from "@/components/use-browser-value";
import type { AccessClaimPaths, CatalogueEntry } from "@/lib/decode/catalogue-entry";
import type { DecodeMessage, DecodeRequest } from "@/lib/decode/read";
import type { DecodeResult } from "@/lib/decode/session";
import { FileChooser } from "./file-chooser";
import type { Sample } from "./sample-list";
import { ResultsView } from "./results-view";

type State =
  | { kind: "idle" }
  | { kind: "reading"; name: string; done: number; total: number }
  | { kind: "done"; name: string; result: DecodeResult }
  | { kind: "stopped"; message: string };

function startWorker(): Worker {
  return new Worker(new URL("../../lib/decode/worker.ts", import.meta.url));
}

/**
 * The decoder: a file or pasted text goes to a Web Worker in this tab, which reads it and sends back a
 * summary. Nothing is uploaded or stored; closing the tab forgets everything.
 */
export function DecodeApp({
  catalogue,
  accessClaims,
  samples,
}: {
  catalogue: CatalogueEntry[];
  accessClaims: AccessClaimPaths;
  samples: readonly Sample[];
}) {
  const hydrated = useHydrated();
  const [state, setState] = useState<State>({ kind: "idle" });
  const worker = useRef<Worker | null>(null);

  const connect = useCallback((name: string) => {
    worker.current?.terminate();
    // The worker is started ahead of time, so choosing a file makes no request of any kind.
    const next = startWorker();
    next.onmessage = (event: MessageEvent<DecodeMessage>) => {
      const message = event.data;
      if (message.kind === "progress")
        setState((s) => (s.kind === "reading" ? { ...s, ...message, kind: "reading" } : s));
      else if (message.kind === "done")
        setState((s) => ({ kind: "done", name: s.kind === "reading" ? s.name : name, result: message.result }));
      else setState({ kind: "stopped", message: message.message });
    };
    next.onerror = () =>
      setState({ kind: "stopped", message: "The reader stopped unexpectedly. Try again, or try a smaller file." });
    worker.current = next;
  }, []);

  useEffect(() => {
    connect("");
    return () => worker.current?.terminate();
  }, [connect]);

  const read = (name: string, request: DecodeRequest) => {
    if (!worker.current) connect(name);
    const total = request.kind === "file" ? request.file.size : request.text.length;
    setState({ kind: "reading", name, done: 0, total });
    worker.current!.postMessage(request);
  };

  const cancel = () => {
    connect("");
    setState({ kind: "stopped", message: "Reading stopped. Nothing was kept: choose a file to start again." });
  };

  // Until the script runs, the same controls, switched off: the page keeps its layout when they come alive.
  if (!hydrated) {
    return (
      <div className="space-y-8">
        {/* The space below it is the paragraph's own: <noscript> itself has no box while scripts can run. */}
        <noscript>
          <p className="mb-8 rounded-lg bg-surface p-4">
            The decoder needs JavaScript, which seems to be turned off in your browser: everything it does happens in
            this page, in your browser.
          </p>
        </noscript>
        <FileChooser samples={samples} busy onFile={() => {}} onText={() => {}} />
      </div>
    );
  }

  return (
    <div className="space-y-8">
      <FileChooser
        samples={samples}
        busy={state.kind === "reading"}
        onFile={(file) => read(file.name, { kind: "file", file })}
        onText={(text) => read("pasted text", { kind: "text", text })}
      />
      <p role="status" className="sr-only">
        {state.kind === "reading"
          ? `Reading ${state.name}.`
          : state.kind === "done"
            ? `Finished reading ${state.name}.`
            : ""}
      </p>
      {state.kind === "reading" && <ReadingProgress {...state} onCancel={cancel} />}
      {state.kind === "stopped" && (
        <p role="alert" className="no-print rounded-lg border border-line p-4">
          {state.message}
        </p>
      )}
      {state.kind === "done" && (
        <ResultsView name={state.name} result={state.result} catalogue={catalogue} accessClaims={accessClaims} />
      )}
    </div>
  );
}

function ReadingProgress({
  name,
  done,
  total,
  onCancel,
}: {
  name: string;
  done: number;
  total: number;
  onCancel: () => void;
}) {
  const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
  return (
    <div className="no-print rounded-lg border border-line p-4">
      <label htmlFor="decode-progress" className="block font-medium">
        Reading {name}: {percent}%
      </label>
      <progress id="decode-progress" max={100} value={percent} className="mt-2 w-full" />
      <button type="button" onClick={onCancel} className="mt-3 rounded border border-line px-4 py-2 font-semibold">
        Cancel
      </button>
    </div>
  );
}
