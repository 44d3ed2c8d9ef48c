import { describe, expect, it } from "vitest";
import { toSituation } from "@/lib/content/check-questions";
import { decodeAnswers } from "@/lib/check/url-state";
import { cellOf, evaluate } from "@/lib/engine/evaluate";
import type { CellVerdict } from "@/lib/model/report-schema";
import { makeSituation } from "@/lib/model/situation-schema";
import { modelForBrowser } from "@/lib/content/model";
import { behaviourIds } from "@/lib/model/vocabulary";
import { idSchema } from "@/lib/model/vocabulary-rows";
import { northwind } from "@/lib/onboarding/test-support";
import { answerBlocks, answerQuestion } from "@/lib/questions/answers";
import { questionHref } from "@/lib/questions/paths";
import { questions } from "./questions";
import type { CellsQuestion } from "@/lib/questions/schema";

const answered = questions.filter((question): question is CellsQuestion => question.kind === "cells");
const byId = (id: string) => answered.find((question) => question.id === id)!;

/** The answers a check link carries, read back the way the check reads them. */
function decodeLink(href: string) {
  const [path, fragment = ""] = href.split("#");
  expect(path).toBe("/check/");
  return decodeAnswers(fragment);
}

describe("questions (content/questions/questions.ts)", () => {
  it("includes the questions people asked in public", () => {
    const asked = questions.map((question) => question.question);
    expect(asked).toEqual(
      expect.arrayContaining([
        "Does incognito hide my chats from my Enterprise admin?",
        "Can my Team plan owner read my chats?",
        "Can my admin see chats I deleted?",
        "Why can't I see my own usage when my admin can?",
        "My company says it will claim my personal Claude account that uses my work e-mail: what happens to my old chats?",
        "Is there a one-page summary I can give new staff?",
      ]),
    );
  });

  it("gives every question a unique anchor that is safe in a URL", () => {
    const ids = questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(idSchema.safeParse(id).success, id).toBe(true);
      expect(questionHref(id)).toBe(`/questions/#${id}`);
    }
  });

  it("gives every plan's answer an anchor no other question or plan uses", () => {
    const anchors = [
      ...questions.map((question) => question.id),
      ...answered.flatMap((question) => answerQuestion(question).map((plan) => plan.anchor)),
    ];
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it("names only situations the engine accepts and cells every report has", () => {
    for (const question of answered) {
      for (const plan of question.plans) {
        const report = evaluate(makeSituation({ ...plan.situation }));
        for (const wanted of question.cells) {
          for (const audience of wanted.audiences) expect(() => cellOf(report, wanted.data, audience)).not.toThrow();
        }
      }
    }
  });

  it("shows no verdict that turns on what the person does, where it leaves that unasked", () => {
    for (const question of answered) {
      for (const plan of question.plans.filter((candidate) => !candidate.situation.behaviours)) {
        const none = evaluate(makeSituation({ ...plan.situation, behaviours: [] }));
        const every = evaluate(makeSituation({ ...plan.situation, behaviours: [...behaviourIds] }));
        for (const wanted of question.cells) {
          for (const audience of wanted.audiences) {
            expect(cellOf(every, wanted.data, audience).verdict, `${question.id}: ${wanted.data} × ${audience}`).toBe(
              cellOf(none, wanted.data, audience).verdict,
            );
          }
        }
      }
    }
  });

  it("uses every note it names on at least one of its plans", () => {
    for (const question of answered) {
      const shown = new Set(answerQuestion(question).flatMap((plan) => plan.notes.map((note) => note.id)));
      for (const id of question.notes) expect(shown.has(id), `${question.id}: note ${id}`).toBe(true);
    }
  });
});

/** Everything a line says about a cell, without which cell it is. */
const explained = ({ verdict, reason, window, question, mechanisms, claims }: CellVerdict) => [
  verdict,
  reason,
  window,
  question,
  mechanisms,
  claims,
];

describe("answerQuestion", () => {
  it("links each plan to the check with answers that decode to the plan's situation", () => {
    for (const question of answered) {
      answerQuestion(question).forEach((plan, index) => {
        const { answers, notices } = decodeLink(plan.checkHref);
        expect(notices).toEqual([]);
        const intended = question.plans[index]!.situation;
        expect(answers.account).toBe(intended.account);
        expect(answers.surfaces).toEqual(intended.surfaces);
        expect(answers.behaviours).toEqual(intended.behaviours);
        expect(answers.settings).toEqual(intended.settings);
        // A question that does not turn on what the person does leaves that for them to answer in the check.
        expect(toSituation({ ...answers, behaviours: answers.behaviours ?? [] })).toEqual(plan.situation);
      });
    }
  });

  it("reads every verdict from the engine and frames the most open headline verdict", () => {
    for (const question of answered) {
      for (const plan of answerQuestion(question)) {
        const report = evaluate(plan.situation);
        const headline = question.headline.audiences.map(
          (audience) => cellOf(report, question.headline.data, audience).verdict,
        );
        const expected = headline.includes("yes") ? "yes" : headline.includes("possible") ? "possible" : "no";
        expect(plan.headline).toBe(expected);
        expect(plan.frame).toBe(question.frames[expected]);
        const said = plan.blocks.flatMap((block) =>
          block.lines.flatMap((line) => {
            expect(line.data).toEqual(block.data);
            return line.data.flatMap((data) => line.audiences.map((audience) => ({ data, audience, line })));
          }),
        );
        const wanted = question.cells.flatMap((cells) =>
          cells.audiences.map((audience) => `${cells.data}|${audience}`),
        );
        expect(said.map(({ data, audience }) => `${data}|${audience}`).sort()).toEqual([...wanted].sort());
        for (const { data, audience, line } of said) {
          expect(explained(line.cell)).toEqual(explained(cellOf(report, data, audience)));
        }
      }
    }
  });

  it("says in words what the check link fills in", () => {
    const [enterprise] = answerQuestion(byId("incognito-enterprise-admin"));
    expect(enterprise?.filledIn).toEqual(["Enterprise plan", "Claude apps", "incognito chats"]);
    const [personal] = answerQuestion(byId("personal-account-claimed"));
    expect(personal?.heading).toBe("Personal Free, Pro or Max plan, on your work e-mail address");
    expect(personal?.filledIn).toContain("work e-mail address: yes");
  });

  it("applies an organization's statements to its own plan only, and the link carries them", () => {
    const org = northwind();
    const plans = answerQuestion(byId("team-owner-read-chats"), org);
    for (const plan of plans) {
      expect(plan.orgStated).toBe(plan.account === org.plan);
      if (plan.account !== org.plan) continue;
      for (const [id, answer] of Object.entries(org.settings)) {
        expect(plan.situation.settings[id as keyof typeof org.settings]).toBe(answer);
      }
      const { answers } = decodeLink(plan.checkHref);
      expect(toSituation({ ...answers, behaviours: answers.behaviours ?? [] })).toEqual(plan.situation);
    }
  });

  // Pinned readings of the August 2026 model: if one moves, check that the question's framing still fits.
  it("answers by the August 2026 model", () => {
    const [enterpriseIncognito, teamIncognito] = answerQuestion(byId("incognito-enterprise-admin"));
    expect(enterpriseIncognito?.headline).toBe("possible");
    expect(teamIncognito?.headline).toBe("yes");
    const owners = cellOf(evaluate(enterpriseIncognito!.situation), "chat-content", "owners");
    expect(owners.dependsOn).toContain("compliance-api");
    const [teamUsage, enterpriseUsage] = answerQuestion(byId("own-usage"));
    expect(teamUsage?.headline).toBe("possible");
    expect(cellOf(evaluate(teamUsage!.situation), "usage-metrics", "admins").verdict).toBe("no");
    expect(cellOf(evaluate(enterpriseUsage!.situation), "usage-metrics", "admins").verdict).toBe("yes");
    const [claimed] = answerQuestion(byId("personal-account-claimed"));
    expect(claimed?.headline).toBe("possible");
    expect(claimed?.notes.map((note) => note.id)).toEqual(["domain-claim-choice"]);
  });
});

describe("answerBlocks", () => {
  it("says an explanation once for every data kind it holds for", () => {
    const [personal] = answerQuestion(byId("personal-account-claimed"));
    const report = evaluate(personal!.situation);
    const blocks = answerBlocks(report, byId("personal-account-claimed").cells);
    expect(blocks.map((block) => block.data)).toEqual([
      ["chat-content"],
      ["chat-content", "uploaded-files", "memory"],
      ["sign-in-metadata"],
    ]);
    expect(blocks[1]?.lines[0]?.audiences).toEqual(["owners", "primary-owner", "compliance-key-holders"]);
  });

  it("keeps data kinds apart when their explanations differ", () => {
    const [team] = answerQuestion(byId("admin-deleted-chats"));
    const blocks = answerBlocks(evaluate(team!.situation), byId("admin-deleted-chats").cells);
    expect(blocks.map((block) => block.data)).toEqual([["deleted-chats"], ["deletion-records"]]);
  });
});

describe("the model the questions rest on", () => {
  it("has the notes the questions name", () => {
    const ids = new Set(modelForBrowser.notes.map((note) => note.id));
    for (const question of answered) for (const id of question.notes) expect(ids.has(id)).toBe(true);
  });
});
