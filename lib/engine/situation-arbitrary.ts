/** fast-check generators for situations, shared by the property tests. Not used at run time. */
import fc from "fast-check";
import { situationSchema, type Answer, type Situation } from "@/lib/model/situation-schema";
import {
  accountIds,
  behaviourIds,
  partnerCloudIds,
  settingIds,
  surfaceIds,
  type SettingId,
} from "@/lib/model/vocabulary";

const answer = fc.constantFrom<Answer>("yes", "no", "unknown");

/** Any valid situation: every account, surface and behaviour combination, every setting answer. */
export const situationArbitrary: fc.Arbitrary<Situation> = fc
  .record({
    account: fc.constantFrom(...accountIds),
    partnerCloud: fc.constantFrom(...partnerCloudIds),
    surfaces: fc.subarray([...surfaceIds]),
    behaviours: fc.subarray([...behaviourIds]),
    settings: fc.record(
      Object.fromEntries(settingIds.map((id) => [id, answer])) as Record<SettingId, fc.Arbitrary<Answer>>,
    ),
    retentionDays: fc.option(fc.integer({ min: 30, max: 3650 }), { nil: undefined }),
  })
  .map(({ partnerCloud, retentionDays, ...rest }) =>
    situationSchema.parse({
      ...rest,
      ...(rest.account === "partner-cloud" ? { partnerCloud } : {}),
      ...(retentionDays !== undefined && rest.settings["custom-retention"] !== "no" ? { retentionDays } : {}),
    }),
  );
