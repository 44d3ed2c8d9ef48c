import { DEFAULT_MAX_AGE_DAYS } from "@/lib/model/freshness";

/** How the check turns answers into verdicts, in plain words. */
export function MethodSection({ maxAgeDays = DEFAULT_MAX_AGE_DAYS }: { maxAgeDays?: number }) {
  return (
    <section aria-labelledby="method" className="prose-site">
      <h2 id="method">How a verdict is reached</h2>
      <p>
        The check answers one question for every kind of data and every audience: can this audience see this data,
        through what, for how long, and why? The answers come from rules written as data, not from code, so each one can
        be read, reviewed and cited.
      </p>
      <h3>Rules as data</h3>
      <p>
        A rule names a situation (your plan, how you use Claude, what you do, and your organization&apos;s settings),
        the kinds of data and the audiences it speaks about, and a verdict. With a &ldquo;yes&rdquo; or
        &ldquo;possible&rdquo; it also names the mechanism (for example an organization data export or the Compliance
        API), how long the data stays reachable, and a one-sentence reason. Every rule cites the claims it rests on,
        which the sources below lead to.
      </p>
      <h3>How rules combine</h3>
      <ol>
        <li>
          If the data or the role does not exist in your situation, the answer is &ldquo;no&rdquo;: files you never
          uploaded cannot be seen, and a personal plan has no Owners.
        </li>
        <li>
          Otherwise the strongest matching rule wins: &ldquo;yes&rdquo; over &ldquo;possible&rdquo; over
          &ldquo;no&rdquo;. Every rule at that strength adds its reason, mechanism, time window and claims, so an answer
          can rest on several routes at once.
        </li>
        <li>
          If no rule says &ldquo;yes&rdquo; or &ldquo;possible&rdquo;, the answer is &ldquo;no&rdquo;, with the rule
          that explains why.
        </li>
      </ol>
      <h3>What &ldquo;possible&rdquo; means</h3>
      <p>
        &ldquo;Possible&rdquo; is an answer in its own right, never a softer &ldquo;no&rdquo;. It comes from one of
        three things:
      </p>
      <ul>
        <li>official pages disagree, as they do on whether Owners can run data exports;</li>
        <li>the sources are silent, as they are on whether data exports include Claude Code sessions;</li>
        <li>the answer depends on a setting you did not know.</li>
      </ul>
      <p>
        An unknown setting is never treated as &ldquo;no&rdquo;. The check works out the answer with the setting on and
        with it off. Where the two differ, the answer is &ldquo;possible&rdquo; and says which question settles it and
        whom to ask. Where they agree, that shared answer stands, because the setting makes no difference.
      </p>
      <h3>Stored copies and review states</h3>
      <p>
        This site keeps a dated copy of every official page it quotes, and keeps the older copies when a page changes.
        Each time the site is built, every quote is looked up in the newest copy of its page, ignoring only formatting
        (spacing, typographic quotes and dashes, emphasis and link addresses). A claim is then in one of three states,
        shown beside it here and wherever a page relies on it:
      </p>
      <ul>
        <li>
          <strong>Verified</strong>: the quote is on the newest copy of the page.
        </li>
        <li>
          <strong>Source changed</strong>: the quote was on an older copy and is gone from the newest one. The claim is
          under review, and no firm &ldquo;yes&rdquo; or &ldquo;no&rdquo; may rest on it: the site will not build until
          it is re-checked.
        </li>
        <li>
          <strong>Third-party only</strong>: no official page says it. Such a claim is labelled wherever it is used.
        </li>
      </ul>
      <p>
        Changes to what the site says are listed, with their dates, in the <a href="../changes/">change log</a>.
      </p>
      <h3>Dates and disagreements</h3>
      <p>
        Each claim shows the date it was last verified. A claim not verified for more than {maxAgeDays} days is marked
        &ldquo;needs re-check&rdquo;, and the site&apos;s build warns about it. Where official pages disagree, both
        quotes are shown and the claim says how the site resolves the disagreement. Third-party sources are labelled as
        such and are used only where no official page speaks to the point.
      </p>
      <h3>What the check covers</h3>
      <p>
        The verdicts describe what Anthropic&apos;s tools let each audience see. Your employer&apos;s own systems, such
        as security software on a work computer or an application that calls the API, can record more, whatever your
        plan.
      </p>
      <h3>Reuse the model</h3>
      <p>
        The whole model (sources, claims, rules and vocabulary) is published as{" "}
        {/* Relative links keep working when the site is hosted under a sub-path (pages end in a slash). */}
        <a href="../data/visibility.json">visibility.json</a>, with its{" "}
        <a href="../data/visibility.schema.json">JSON Schema</a>.
      </p>
    </section>
  );
}
