import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  accountIds,
  behaviourIds,
  partnerCloudIds,
  settingIds,
  surfaceIds,
  type SettingId,
} from "@/lib/model/vocabulary";
import type { Answers } from "./answers";
import { decodeAnswers, encodeAnswers, MAX_FRAGMENT_LENGTH } from "./url-state";

/** Any answers a person could give, including ones the current account would not ask. */
const answersArbitrary: fc.Arbitrary<Answers> = fc.record(
  {
    account: fc.constantFrom(...accountIds),
    partnerCloud: fc.constantFrom(...partnerCloudIds),
    surfaces: fc.option(fc.subarray([...surfaceIds]), { nil: undefined }),
    behaviours: fc.option(fc.subarray([...behaviourIds]), { nil: undefined }),
    settings: fc.dictionary(
      fc.constantFrom(...settingIds),
      fc.constantFrom("yes", "no", "unknown" as const),
    ) as fc.Arbitrary<Partial<Record<SettingId, "yes" | "no" | "unknown">>>,
    retentionDays: fc.integer({ min: 30, max: 36500 }),
  },
  { requiredKeys: ["settings"] },
);

describe("encodeAnswers and decodeAnswers", () => {
  it("round-trip every combination of answers without a notice", () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const { answers: decoded, notices } = decodeAnswers(`#${encodeAnswers(answers)}`);
        expect(notices).toEqual([]);
        const inOrder = <T extends string>(chosen: readonly T[] | undefined, order: readonly T[]) =>
          chosen && order.filter((id) => chosen.includes(id));
        expect(decoded).toEqual({
          ...answers,
          surfaces: inOrder(answers.surfaces, surfaceIds),
          behaviours: inOrder(answers.behaviours, behaviourIds),
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("write equal answers as equal links, whatever order they were chosen in", () => {
    const a = encodeAnswers({ account: "team", surfaces: ["cowork", "claude-apps"], settings: {} });
    const b = encodeAnswers({ account: "team", surfaces: ["claude-apps", "cowork"], settings: {} });
    expect(a).toBe(b);
    expect(a).toBe("account=team&surfaces=claude-apps,cowork");
  });
});

/** Real parameter names with arbitrary values: the malformed links most likely to be met. */
const knownKeysWithAnyValue = fc
  .array(
    fc.tuple(
      fc.constantFrom("account", "cloud", "surfaces", "behaviours", "retention-days", ...settingIds),
      fc.string(),
    ),
  )
  .map((pairs) => new URLSearchParams(pairs).toString());

describe("decodeAnswers", () => {
  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.webQueryParameters(),
          fc.webFragments(),
          knownKeysWithAnyValue,
        ),
        (raw) => {
          const result = decodeAnswers(raw);
          expect(Array.isArray(result.notices)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("keeps the good answers and names each bad one", () => {
    const { answers, notices } = decodeAnswers(
      "#account=enterprize&surfaces=claude-apps,telepathy&compliance-api=maybe&zdr=no&retention-days=7&colour=blue",
    );
    expect(answers).toEqual({ surfaces: ["claude-apps"], settings: { zdr: "no" } });
    expect(notices).toEqual([
      "Ignored account=\u201centerprize\u201d: not an account this check knows.",
      "Ignored surfaces=\u201ctelepathy\u201d: not one of the surfaces this check knows.",
      "Ignored compliance-api=\u201cmaybe\u201d: the answer must be yes, no or unknown.",
      "Ignored retention-days=\u201c7\u201d: a retention period is a whole number of days from 30 to 36500.",
      "Ignored \u201ccolour\u201d: not a question this check asks.",
    ]);
  });

  it("reads the work e-mail answer of a personal account, round trip, and names a bad value", () => {
    const answers: Answers = {
      account: "personal",
      surfaces: ["claude-apps"],
      behaviours: [],
      settings: { "work-email": "yes" },
    };
    const link = encodeAnswers(answers);
    expect(link).toBe("account=personal&surfaces=claude-apps&behaviours=none&work-email=yes");
    expect(decodeAnswers(`#${link}`)).toEqual({ answers, notices: [] });
    const bad = decodeAnswers("#account=personal&work-email=sometimes");
    expect(bad.answers).toEqual({ account: "personal", settings: {} });
    expect(bad.notices).toEqual(["Ignored work-email=\u201csometimes\u201d: the answer must be yes, no or unknown."]);
  });

  it("keeps links made before the work e-mail question working: the answer is simply not given", () => {
    const { answers, notices } = decodeAnswers("#account=personal&surfaces=claude-apps&otel-monitoring=no");
    expect(notices).toEqual([]);
    expect(answers.settings).toEqual({ "otel-monitoring": "no" });
    expect(answers.settings["work-email"]).toBeUndefined();
  });

  it("ignores a link too long to be one of the site's own", () => {
    const { answers, notices } = decodeAnswers(`account=team&x=${"a".repeat(MAX_FRAGMENT_LENGTH)}`);
    expect(answers.account).toBeUndefined();
    expect(notices).toHaveLength(1);
  });

  it("reads an empty fragment as no answers, silently", () => {
    expect(decodeAnswers("")).toEqual({ answers: { settings: {} }, notices: [] });
  });

  it("tells not answered from none: a missing or empty key is unanswered, \u201cnone\u201d is an answer", () => {
    expect(decodeAnswers("#account=team").answers).toEqual({ account: "team", settings: {} });
    expect(decodeAnswers("#account=team&surfaces=&behaviours=").answers).toEqual({ account: "team", settings: {} });
    expect(decodeAnswers("#account=team&surfaces=none&behaviours=none").answers).toEqual({
      account: "team",
      surfaces: [],
      behaviours: [],
      settings: {},
    });
    expect(encodeAnswers({ account: "team", surfaces: [], settings: {} })).toBe("account=team&surfaces=none");
  });

  it("keeps old links with lists meaning what they meant: the items listed, and nothing else", () => {
    const { answers, notices } = decodeAnswers("#account=team&surfaces=claude-apps,cowork&behaviours=incognito");
    expect(notices).toEqual([]);
    expect(answers).toEqual({
      account: "team",
      surfaces: ["claude-apps", "cowork"],
      behaviours: ["incognito"],
      settings: {},
    });
  });

  it("reads a list of nothing but unknown items as unanswered, and names them", () => {
    const { answers, notices } = decodeAnswers("#account=team&surfaces=telepathy");
    expect(answers.surfaces).toBeUndefined();
    expect(notices).toEqual(["Ignored surfaces=\u201ctelepathy\u201d: not one of the surfaces this check knows."]);
  });
});
