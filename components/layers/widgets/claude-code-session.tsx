import { ClaimLinks } from "@/components/claims/claim-links";
import { Switcher } from "@/components/ui/switcher";
import { defaultSessionStep, sessionSteps, stepStays } from "@/content/layers/claude-code/session";
import { defaultSignIn, signIns, type Holder } from "@/content/layers/claude-code/sign-in";

function Step({ leaves, claims }: { leaves: string; claims: readonly string[] }) {
  return (
    <dl className="space-y-2">
      <div>
        <dt className="font-semibold">What leaves your machine</dt>
        <dd>
          {leaves}
          <ClaimLinks ids={claims} />
        </dd>
      </div>
      <div>
        <dt className="font-semibold">What stays on your machine</dt>
        <dd>
          {stepStays.text}
          <ClaimLinks ids={stepStays.claims} />
        </dd>
      </div>
    </dl>
  );
}

/** A Claude Code session step by step: what each step sends to Anthropic. */
export function ClaudeCodeSession() {
  const steps = sessionSteps.map((step) => ({
    id: step.id,
    label: step.label,
    body: <Step leaves={step.leaves} claims={step.claims} />,
  }));
  return <Switcher legend="Step through a session" options={steps} defaultId={defaultSessionStep} panelPrefix="Step" />;
}

function Who({ items }: { items: readonly Holder[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {/* Keyed by place, not by its words: a key is sent with the page's data, and these never reorder. */}
      {items.map((item, index) => (
        <li key={index}>
          {item.text}
          <ClaimLinks ids={item.claims} />
        </li>
      ))}
    </ul>
  );
}

/** Who can retrieve a Claude Code transcript, by the way you sign in. */
export function ClaudeCodeSignIn() {
  const options = signIns.map((signIn) => ({
    id: signIn.id,
    label: signIn.label,
    body: <Who items={signIn.holders} />,
  }));
  return (
    <Switcher
      legend="How do you sign in to Claude Code?"
      options={options}
      defaultId={defaultSignIn}
      panelPrefix="Who can retrieve the transcript, signed in with:"
    />
  );
}
