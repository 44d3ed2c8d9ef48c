import { layerIds, type LayerId } from "@/lib/content/layer-ids";

/**
 * The one-pager's section ids. Onboarding packs, intranet pages and printed copies link to them
 * (/onboarding/#what-they-can-see), so they are part of the page's public address: never rename one.
 * A unit test pins the list.
 */
export const sectionIds = {
  whoToAsk: "who-to-ask",
  policy: "policy",
  whatTheyCanSee: "what-they-can-see",
  whatYouCanDo: "what-you-can-do",
  layers: "layers",
  readMore: "read-more",
} as const;

/** The id of one layer's section, e.g. "layer-audit-logs". */
export function layerSectionId<Id extends LayerId>(id: Id): `layer-${Id}` {
  return `layer-${id}`;
}

/** Every section id in page order; the policy section appears only when the organization has a policy. */
export function onboardingSectionIds({ hasPolicy }: { hasPolicy: boolean }): string[] {
  return [
    sectionIds.whoToAsk,
    ...(hasPolicy ? [sectionIds.policy] : []),
    sectionIds.whatTheyCanSee,
    sectionIds.whatYouCanDo,
    sectionIds.layers,
    ...layerIds.map(layerSectionId),
    sectionIds.readMore,
  ];
}
