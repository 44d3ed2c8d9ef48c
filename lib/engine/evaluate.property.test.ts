/** Property tests over the whole situation space: the promises the model makes whatever the answers. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { verdictRank } from "./decide";
import { personalAccountKindsAnEmployerCouldReach } from "@/content/model/rules/shared";
import { organizationAudiences as reportAudiences } from "@/lib/check/audiences";
import { evaluate } from "./evaluate";
import { modelForBrowser } from "@/lib/content/model";
import { situationArbitrary } from "./situation-arbitrary";
import { model } from "@/lib/model/model";
import { reportSchema } from "@/lib/model/report-schema";
import { makeSituation, situationSchema, type Situation, type SituationInput } from "@/lib/model/situation-schema";
import {
  accountIds,
  audienceIds,
  behaviourIds,
  dataKindIds,
  partnerCloudIds,
  settingIds,
  surfaceIds,
  type AudienceId,
  type DataKindId,
} from "@/lib/model/vocabulary";

const organizationAudiences: readonly AudienceId[] = [
  "admins",
  "owners",
  "primary-owner",
  "compliance-key-holders",
  "telemetry-collector",
  "inference-hook-server",
];
/**
 * The roles an employer holds in Anthropic's tools, whatever account the person uses: everyone in the
 * report's organization audiences but the telemetry collector, which depends on the computer, not the account.
 */
const employerRoles: readonly AudienceId[] = reportAudiences.filter((id) => id !== "telemetry-collector");
/** What a domain claim could bring to an employer: the moved history, and the account list before a claim. */
const claimable: readonly DataKindId[] = [...personalAccountKindsAnEmployerCouldReach];
const claimIds = new Set(model.claims.map((claim) => claim.id));
/**
 * A situation and others that differ from it in one part each (retention, activities, settings or products),
 * as a person changing answers one by one makes them: reports that share most of their cells.
 */
const nearbySituations: fc.Arbitrary<Situation[]> = fc
  .tuple(
    situationArbitrary,
    fc.array(
      fc.tuple(situationArbitrary, fc.constantFrom("retentionDays", "behaviours", "settings", "surfaces" as const)),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([first, changes]) => [
    first,
    ...changes.flatMap(([other, part]) => {
      const changed = situationSchema.safeParse({ ...first, [part]: other[part] });
      return changed.success ? [changed.data] : [];
    }),
  ]);
const verdicts = (situation: Situation) => evaluate(situation).cells.map((cell) => cell.verdict);

describe("evaluate (properties)", () => {
  it("never throws, and gives every data × audience, in vocabulary order, a verdict resting on existing claims", () => {
    fc.assert(
      fc.property(situationArbitrary, (situation) => {
        const report = evaluate(situation);
        expect(report.cells.map((cell) => `${cell.data}|${cell.audience}`)).toEqual(
          dataKindIds.flatMap((data) => audienceIds.map((audience) => `${data}|${audience}`)),
        );
        for (const cell of report.cells) {
          expect(cell.claims.length).toBeGreaterThan(0);
          for (const claim of cell.claims) expect(claimIds.has(claim)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("covers every account, partner cloud and surface combination with every setting unknown", () => {
    const accounts: SituationInput[] = accountIds.flatMap((account): SituationInput[] =>
      account === "partner-cloud" ? partnerCloudIds.map((partnerCloud) => ({ account, partnerCloud })) : [{ account }],
    );
    for (const base of accounts) {
      for (let mask = 0; mask < 2 ** surfaceIds.length; mask += 1) {
        const surfaces = surfaceIds.filter((_, bit) => mask & (1 << bit));
        for (const behaviours of [[], [...behaviourIds]]) {
          expect(() => evaluate(makeSituation({ ...base, surfaces, behaviours }))).not.toThrow();
        }
      }
    }
  }, 60_000);

  it("produces reports that match the report schema, with fields consistent with each verdict", () => {
    fc.assert(
      fc.property(situationArbitrary, (situation) => {
        const report = evaluate(situation);
        expect(reportSchema.safeParse(report).success).toBe(true);
        for (const cell of report.cells) {
          expect(cell.mechanisms.length === 0).toBe(cell.verdict === "no");
          expect(cell.window === null).toBe(cell.verdict === "no");
          expect(cell.question !== undefined).toBe(cell.verdict === "possible");
        }
      }),
      { numRuns: 150 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(situationArbitrary, (situation) => {
        expect(evaluate(situation)).toEqual(evaluate(situation));
      }),
      { numRuns: 50 },
    );
  });

  it("gives the same report from the cells it keeps as from scratch, whatever was evaluated before", () => {
    fc.assert(
      fc.property(nearbySituations, (situations) => {
        for (const situation of situations) {
          // A copy of the model has nothing kept; the shared one keeps the cells of every report before.
          expect(evaluate(situation)).toEqual(evaluate(situation, structuredClone(modelForBrowser)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('on a personal plan gives the organization a "yes" only through Claude Code telemetry the person said is on', () => {
    fc.assert(
      fc.property(situationArbitrary, (generated) => {
        const situation = { ...generated, account: "personal" as const, partnerCloud: undefined };
        for (const cell of evaluate(situation).cells) {
          if (!organizationAudiences.includes(cell.audience) || cell.verdict !== "yes") continue;
          // Managed settings on a work computer reach a personal sign-in (Anthropic's monitoring page).
          expect(cell.audience, `${cell.data} × ${cell.audience}`).toBe("telemetry-collector");
          expect(["telemetry", "claude-code-transcripts"]).toContain(cell.data);
          expect(situation.settings["otel-monitoring"], `${cell.data} × ${cell.audience}`).toBe("yes");
        }
      }),
      { numRuns: 200 },
    );
  });

  it("gives the employer's roles nothing of a personal account that is not on a work e-mail address", () => {
    fc.assert(
      fc.property(situationArbitrary, (generated) => {
        const situation: Situation = {
          ...generated,
          account: "personal",
          partnerCloud: undefined,
          settings: { ...generated.settings, "work-email": "no" },
        };
        for (const cell of evaluate(situation).cells) {
          if (employerRoles.includes(cell.audience)) expect(cell.verdict, `${cell.data} × ${cell.audience}`).toBe("no");
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives the employer\'s roles at most "possible" of a personal account on a work address, and only what a domain claim could reach', () => {
    fc.assert(
      fc.property(situationArbitrary, fc.constantFrom("yes" as const, "unknown" as const), (generated, workEmail) => {
        const situation: Situation = {
          ...generated,
          account: "personal",
          partnerCloud: undefined,
          settings: { ...generated.settings, "work-email": workEmail },
        };
        for (const cell of evaluate(situation).cells) {
          if (!employerRoles.includes(cell.audience) || cell.verdict === "no") continue;
          expect(cell.verdict, `${cell.data} × ${cell.audience}`).toBe("possible");
          expect(claimable, `${cell.data} × ${cell.audience}`).toContain(cell.data);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives "possible" for a "don\'t know" wherever "yes" and "no" differ, and their shared verdict where they agree', () => {
    fc.assert(
      fc.property(situationArbitrary, fc.constantFrom(...settingIds), (generated, setting) => {
        const unknown = { ...generated, settings: { ...generated.settings, [setting]: "unknown" as const } };
        const asYes = verdicts({ ...unknown, settings: { ...unknown.settings, [setting]: "yes" as const } });
        const asNo = verdicts({
          ...unknown,
          retentionDays: setting === "custom-retention" ? undefined : unknown.retentionDays,
          settings: { ...unknown.settings, [setting]: "no" as const },
        });
        verdicts(unknown).forEach((verdict, index) => {
          expect(verdict).toBe(asYes[index] === asNo[index] ? asYes[index] : "possible");
        });
      }),
      { numRuns: 200 },
    );
  });

  it('never turns a "don\'t know" into "no" where some answer would give "yes"', () => {
    fc.assert(
      fc.property(situationArbitrary, (situation) => {
        const allUnknown = {
          ...situation,
          settings: Object.fromEntries(settingIds.map((id) => [id, "unknown"])) as Situation["settings"],
        };
        const open = verdicts(allUnknown);
        const concrete = verdicts({
          ...situation,
          retentionDays: situation.settings["custom-retention"] === "no" ? undefined : situation.retentionDays,
        });
        concrete.forEach((verdict, index) => {
          if (verdict !== "no") expect(open[index]).not.toBe("no");
        });
      }),
      { numRuns: 150 },
    );
  });

  it("never lets incognito lower what the organization can see on Team or Enterprise", () => {
    fc.assert(
      fc.property(situationArbitrary, fc.constantFrom("team" as const, "enterprise" as const), (generated, account) => {
        const without = {
          ...generated,
          account,
          partnerCloud: undefined,
          behaviours: generated.behaviours.filter((id) => id !== "incognito"),
        };
        const withIncognito = { ...without, behaviours: [...without.behaviours, "incognito" as const] };
        const before = evaluate(without).cells;
        evaluate(withIncognito).cells.forEach((cell, index) => {
          const previous = before[index];
          if (previous && organizationAudiences.includes(cell.audience)) {
            expect(verdictRank[cell.verdict], `${cell.data} × ${cell.audience}`).toBeGreaterThanOrEqual(
              verdictRank[previous.verdict],
            );
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
