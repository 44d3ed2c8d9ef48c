import type { Metadata } from "next";
import Link from "next/link";
import { ClaimLinks } from "@/components/claims/claim-links";
import { LazyComputerApp } from "@/components/computer/lazy-computer-app";
import { readerClaimIds } from "@/lib/computer/claim-ids";
import { managedFolders } from "@/lib/computer/paths";
import { claimRef } from "@/lib/site/claim-path";

export const metadata: Metadata = {
  title: "What does this computer send?",
  description:
    "Read Claude Code's managed settings, your own settings or the text of /status in your browser, and see whether this computer sends your prompts, tool calls or e-mail address to a collector your employer runs. Nothing is uploaded.",
};

export default function ComputerPage() {
  // Only the claims the reader can cite go to the browser (statement and address), not the whole model.
  const claims = Object.fromEntries(readerClaimIds.map((id) => [id, claimRef(id)]));
  return (
    <div className="space-y-10">
      <div className="prose-site">
        <h1 className="text-3xl font-bold sm:text-4xl">What does this computer send?</h1>
        <p className="text-lg">
          Whether Claude Code sends your prompts, your tool calls or your e-mail address to a collector your employer
          runs is written in files on your own computer. Give this page those files, or the text of <code>/status</code>
          , and it says in plain words what they set up, which account Claude Code uses and how long transcripts stay on
          disk, each with its source.
        </p>
        <section aria-labelledby="computer-privacy-heading" className="rounded-lg border-2 border-accent p-4">
          <h2 id="computer-privacy-heading" className="mt-0! text-xl! font-semibold">
            Your files stay on your computer
          </h2>
          <p>
            This page reads what you give it in your browser. Nothing is uploaded, sent or stored, and closing the tab
            forgets it. Secrets are never shown: tokens, keys and header values are only said to be set, e-mail
            addresses are masked, and a collector&rsquo;s address is shortened to its host name.{" "}
            <Link href="/privacy/">How this site handles privacy</Link>.
          </p>
        </section>

        <h2>What to give it</h2>
        <ul>
          <li>
            <strong>
              <code>managed-settings.json</code>
            </strong>
            , and any files in the <code>managed-settings.d/</code> folder beside it: the settings your organization
            puts on the computer, in {managedFolders.macos}/ on macOS, {managedFolders.linux}/ on Linux and WSL, and{" "}
            {managedFolders.windows}\ on Windows.
            <ClaimLinks ids={["managed-settings-file-locations", "managed-settings-drop-ins"]} />
          </li>
          <li>
            <strong>
              <code>remote-settings.json</code>
            </strong>{" "}
            in <code>~/.claude/</code>: the copy Claude Code keeps of settings your organization sets in the claude.ai
            console. It is there only once a session has fetched them.
            <ClaimLinks ids={["server-managed-settings-cache"]} />
          </li>
          <li>
            <strong>
              Your <code>~/.claude/settings.json</code>
            </strong>
            , where your own settings and variables are.
            <ClaimLinks ids={["claude-code-config-dir", "settings-env-precedence"]} />
          </li>
          <li>
            <strong>
              The text of <code>/status</code>
            </strong>
            : run <code>/status</code> in Claude Code and copy the screen. Its Login method row names your account, and
            its Setting sources line says where managed settings come from.
            <ClaimLinks ids={["claude-code-status-login", "managed-settings-status-labels"]} />
          </li>
        </ul>
        <p>
          Do not give it <code>~/.claude/.credentials.json</code>, which holds your sign-in tokens: the page refuses it,
          and <code>/status</code> names your account instead.
        </p>

        <h2>Or run it in a terminal</h2>
        <p>
          A command reads the same files, and also your shell&rsquo;s environment variables, the sign-in Claude Code
          keeps and how many transcripts are on disk, from the places Anthropic documents for your system. It only
          reads, imports no network code and writes nothing. In a copy of this site&rsquo;s code, run{" "}
          <code>npm run computer</code>; add <code>-- --json</code> for a machine-readable report. It prints a link to
          the check with your answers filled in.
        </p>

        <h2>What no file here can tell</h2>
        <ul>
          <li>
            A device policy: a configuration profile on macOS or a registry value on Windows sets the same settings as
            the file, and is not a file either reader can open. <code>/status</code> says when one is in force.
            <ClaimLinks ids={["managed-settings-device-policy", "managed-settings-status-labels"]} />
          </li>
          <li>
            Server-managed settings that no session has fetched yet: Claude Code keeps them on disk only after fetching
            them.
            <ClaimLinks ids={["server-managed-settings-cache"]} />
          </li>
          <li>
            Settings inside each project, which can set the same variables for that project.
            <ClaimLinks ids={["settings-env-precedence"]} />
          </li>
          <li>
            A proxy, a network monitor or security software: they can see traffic without any Claude Code setting.
            <ClaimLinks ids={["claude-code-request-routing"]} />
          </li>
        </ul>
        <p>
          Where a file cannot tell something, the report says so, and the check keeps that question open rather than
          answering it &ldquo;no&rdquo;. <Link href="/layers/claude-code/">What Claude Code sends, and to whom</Link>.
        </p>
      </div>
      <LazyComputerApp claims={claims} />
    </div>
  );
}
