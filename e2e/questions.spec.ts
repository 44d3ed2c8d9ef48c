import { expect, test, type Locator, type Page } from "@playwright/test";
import { verdictLabels } from "../content/check/labels";
import { cellOf, evaluate } from "../lib/engine/evaluate";
import { makeSituation } from "../lib/model/situation-schema";
import { accounts, labelOf } from "../lib/model/vocabulary";
import { orgEditionOf } from "../lib/profile/edition-of";
import { orgProfileFromEnv } from "../lib/profile/load";
import { answerQuestion } from "../lib/questions/answers";
import { questions } from "../lib/content/questions";
import type { CellsQuestion, Question } from "../lib/questions/schema";
import { editionUrl, orgEdition } from "./support/editions";

/*
 * "Questions people ask": from the home page, each question reaches its answer in two clicks (the link to
 * the page, then the question). The expected verdicts and reasons are worked out here from the engine, so
 * the test moves with the model; the questions' own words are fixed, as people asked them.
 */

/** The questions as people asked them in public: the page must keep answering these. */
const asked = {
  "incognito-enterprise-admin": "Does incognito hide my chats from my Enterprise admin?",
  "team-owner-read-chats": "Can my Team plan owner read my chats?",
  "admin-deleted-chats": "Can my admin see chats I deleted?",
  "own-usage": "Why can't I see my own usage when my admin can?",
  "personal-account-claimed":
    "My company says it will claim my personal Claude account that uses my work e-mail: what happens to my old chats?",
  "one-page-summary": "Is there a one-page summary I can give new staff?",
} as const;

const question = (id: keyof typeof asked): Question => {
  const found = questions.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No question "${id}" in content/questions/questions.ts`);
  return found;
};

/** Home page → "questions people ask" → the question: two clicks. */
async function openFromHome(page: Page, id: keyof typeof asked): Promise<Locator> {
  await page.goto("/");
  await page.getByRole("link", { name: "questions people ask" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Questions people ask" })).toBeVisible();
  await page.getByRole("navigation", { name: "The questions" }).getByRole("link", { name: asked[id] }).click();
  await expect(page).toHaveURL(new RegExp(`/questions/#${id}$`));
  const section = page.getByRole("region", { name: asked[id] });
  await expect(section.getByRole("heading", { level: 2 })).toHaveText(asked[id]);
  await expect(section.getByRole("heading", { level: 2 })).toBeInViewport();
  return section;
}

/** The most open of some verdicts, as the page frames a question's headline. */
const mostOpen = (verdicts: string[]) =>
  verdicts.includes("yes") ? "yes" : verdicts.includes("possible") ? "possible" : "no";

/** Asserts one plan's answer: the framing its verdict picks, and each cell's verdict word beside its reason. */
async function expectPlanAnswer(section: Locator, q: CellsQuestion, index: number) {
  const plan = q.plans[index]!;
  const heading = [labelOf(accounts, plan.situation.account), plan.qualifier].filter(Boolean).join(", ");
  const group = section.getByRole("group", { name: heading });
  await expect(group).toBeVisible();
  const report = evaluate(makeSituation({ ...plan.situation }));
  const headline = mostOpen(q.headline.audiences.map((audience) => cellOf(report, q.headline.data, audience).verdict));
  await expect(group.getByText(q.frames[headline], { exact: true })).toBeVisible();
  for (const wanted of q.cells) {
    for (const audience of wanted.audiences) {
      const cell = cellOf(report, wanted.data, audience);
      const line = group.getByRole("listitem").filter({ hasText: cell.reason }).first();
      await expect(line).toBeVisible();
      await expect(line.getByText(verdictLabels[cell.verdict], { exact: true })).toBeVisible();
    }
  }
}

test.describe("questions people ask", () => {
  for (const id of Object.keys(asked) as (keyof typeof asked)[]) {
    test(`answers "${asked[id]}" within three clicks of the home page`, async ({ page }) => {
      const section = await openFromHome(page, id);
      const q = question(id);
      if (q.kind === "one-pager") {
        await section.getByRole("link", { name: "Open the one-pager for new staff" }).click();
        await expect(page).toHaveURL(/\/onboarding\/$/);
        await expect(page.getByRole("heading", { level: 1 })).toContainText("What your organization can see");
        return;
      }
      for (let index = 0; index < q.plans.length; index++) await expectPlanAnswer(section, q, index);
      for (const note of answerQuestion(q).flatMap((plan) => plan.notes)) {
        await expect(section.getByText(note.text).first()).toBeVisible();
      }
    });
  }

  test("says what each role people call admin can do, with sources", async ({ page }) => {
    await page.goto("/questions/");
    const roles = page.getByRole("region", { name: "\u201cAdmin\u201d can mean three roles" });
    for (const term of ["Admin", "Owner", "Primary Owner"]) {
      await expect(roles.getByRole("link", { name: term, exact: true })).toBeVisible();
    }
    await expect(roles.getByRole("link", { name: /^Source: / }).first()).toBeVisible();
  });

  test("opens the check with a question's answers filled in", async ({ page }) => {
    await page.goto("/questions/#incognito-enterprise-admin");
    const enterprise = page
      .getByRole("region", { name: asked["incognito-enterprise-admin"] })
      .getByRole("group", { name: "Enterprise plan" });
    await enterprise.getByRole("link", { name: "Open the check with these answers" }).click();
    await expect(page).toHaveURL(/\/check\/#account=enterprise&surfaces=claude-apps&behaviours=incognito/);
    await expect(page.getByRole("radio", { name: "Enterprise plan" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /^Incognito chats/ })).toBeChecked();
  });

  test("is linked from the check", async ({ page }) => {
    await page.goto("/check/");
    await page.getByRole("link", { name: "questions people ask" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Questions people ask" })).toBeVisible();
  });
});

test.describe("questions people ask, in the organization's edition", () => {
  test("answers on the organization's plan with the settings it states", async ({ page }) => {
    const saved = process.env.ORG_PROFILE;
    process.env.ORG_PROFILE = "examples/northwind/org-profile.json";
    const org = orgEditionOf(orgProfileFromEnv());
    if (saved === undefined) delete process.env.ORG_PROFILE;
    else process.env.ORG_PROFILE = saved;
    if (!org) throw new Error("examples/northwind/org-profile.json did not load");

    const q = question("team-owner-read-chats") as CellsQuestion;
    const plan = answerQuestion(q, org).find((candidate) => candidate.account === org.plan)!;
    await page.goto(editionUrl(orgEdition, `/questions/#${q.id}`));
    const group = page.getByRole("region", { name: q.question }).getByRole("group", { name: plan.heading });
    await expect(group).toContainText(`With the settings ${org.name} states`);
    await expect(group.getByText(plan.frame, { exact: true })).toBeVisible();
    await expect(group.getByRole("link", { name: "Open the check with these answers" })).toHaveAttribute(
      "href",
      `${orgEdition.basePath}${plan.checkHref}`,
    );
  });
});
