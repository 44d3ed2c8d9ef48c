/**
 * Answers to "Questions people ask", read from the engine at build time: for each plan a question names,
 * the verdicts of its cells, the framing its headline verdict picks, the model's notes that apply and a
 * link that opens the check with the same answers. Pure: no React, and the organization is a parameter.
 */
import type { Answers } from "@/lib/check/answers";
import { groupCells } from "@/lib/check/group-cells";
import { withOrgStatements, type OrgCheckSettings } from "@/lib/check/org-answers";
import { encodeAnswers } from "@/lib/check/url-state";
import { inSentence } from "@/lib/check/wording";
import { evaluate } from "@/lib/engine/evaluate";
import type { Verdict } from "@/lib/model/content-schema";
import type { CellVerdict, Report, ReportNote } from "@/lib/model/report-schema";
import { makeSituation, type Situation } from "@/lib/model/situation-schema";
import {
  accounts,
  behaviours,
  labelOf,
  settings,
  surfaces,
  type AccountId,
  type AudienceId,
  type DataKindId,
} from "@/lib/model/vocabulary";
import type { CellsQuestion, QuestionCells, QuestionPlan } from "./schema";

/** One verdict of an answer: the data kinds and audiences it holds for, with the engine's explanation. */
export type AnswerLine = { data: DataKindId[]; audiences: AudienceId[]; cell: CellVerdict };

/** Lines about the same data kinds, shown under one heading. */
export type AnswerBlock = { data: DataKindId[]; lines: AnswerLine[] };

/** A question's answer on one plan. */
export type PlanAnswer = {
  account: AccountId;
  /** The anchor of the plan's heading on the questions page, e.g. "own-usage-team". */
  anchor: string;
  /** The plan's name from the vocabulary, with the question's qualifier: "Enterprise plan". */
  heading: string;
  /** True when the organization's stated settings were applied to this plan. */
  orgStated: boolean;
  situation: Situation;
  /** The most open verdict among the headline cells. */
  headline: Verdict;
  /** The question's framing sentence for that verdict. */
  frame: string;
  /** The verdicts: equal explanations said once, for every data kind and audience they hold for. */
  blocks: AnswerBlock[];
  /** The question's notes that this plan's report carries. */
  notes: ReportNote[];
  /** The check, with this plan's answers filled in: only what the question assumes, so the check asks the rest. */
  checkHref: string;
  /** The question's answers the link fills in, in words: "Enterprise plan", "Claude apps", "incognito chats". */
  filledIn: string[];
};

const openness = { no: 0, possible: 1, yes: 2 } as const satisfies Record<Verdict, number>;

/** The verdict that lets the most through: "yes" over "possible" over "no". */
export function mostOpen(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((best, verdict) => (openness[verdict] > openness[best] ? verdict : best), "no");
}

const explanation = (cell: CellVerdict) =>
  JSON.stringify([cell.verdict, cell.reason, cell.window, cell.question, cell.mechanisms, cell.claims]);

/**
 * The question's cells as lines: audiences of a data kind with the same explanation read as one line (as
 * in the check's report), then a line that says the same for other data kinds absorbs theirs, so "chat
 * content, uploaded files and chat memory" is explained once. Consecutive lines about the same data kinds
 * form a block.
 */
export function answerBlocks(report: Report, wanted: readonly QuestionCells[]): AnswerBlock[] {
  const lines = new Map<string, AnswerLine>();
  for (const cells of wanted) {
    for (const group of groupCells({ ...report, cells: cellsOf(report, cells) }).get(cells.data) ?? []) {
      const key = JSON.stringify([group.audiences, explanation(group.cell)]);
      const same = lines.get(key);
      if (same) same.data.push(cells.data);
      else lines.set(key, { data: [cells.data], audiences: group.audiences, cell: group.cell });
    }
  }
  const blocks: AnswerBlock[] = [];
  for (const line of lines.values()) {
    const last = blocks.at(-1);
    if (last && last.data.join() === line.data.join()) last.lines.push(line);
    else blocks.push({ data: line.data, lines: [line] });
  }
  return blocks;
}

function cellsOf(report: Report, wanted: QuestionCells): CellVerdict[] {
  return wanted.audiences.map((audience) => {
    const cell = report.cells.find((candidate) => candidate.data === wanted.data && candidate.audience === audience);
    if (!cell) throw new Error(`The report has no cell for "${wanted.data}" × "${audience}"`);
    return cell;
  });
}

/** The plan's answers as the check holds them, with the organization's statements when it is the organization's plan. */
export function planAnswers(plan: QuestionPlan, org?: OrgCheckSettings): Answers {
  const { situation } = plan;
  const answers: Answers = {
    account: situation.account,
    ...(situation.partnerCloud ? { partnerCloud: situation.partnerCloud } : {}),
    surfaces: [...situation.surfaces],
    ...(situation.behaviours ? { behaviours: [...situation.behaviours] } : {}),
    settings: { ...situation.settings },
  };
  return withOrgStatements(answers, org);
}

/** The question's own answers in words; an organization's statements are said apart. */
function filledInWords({ situation }: QuestionPlan): string[] {
  return [
    labelOf(accounts, situation.account),
    ...situation.surfaces.map((id) => labelOf(surfaces, id)),
    ...(situation.behaviours ?? []).map((id) => inSentence(labelOf(behaviours, id))),
    ...settings
      .filter((setting) => situation.settings[setting.id] !== undefined)
      .map((setting) => `${inSentence(setting.label)}: ${situation.settings[setting.id]}`),
  ];
}

/** One question's answer on each of its plans. */
export function answerQuestion(question: CellsQuestion, org?: OrgCheckSettings): PlanAnswer[] {
  return question.plans.map((plan) => {
    const answers = planAnswers(plan, org);
    const situation = makeSituation({
      account: plan.situation.account,
      ...(answers.partnerCloud ? { partnerCloud: answers.partnerCloud } : {}),
      surfaces: answers.surfaces,
      behaviours: answers.behaviours ?? [],
      settings: answers.settings,
      ...(answers.retentionDays !== undefined ? { retentionDays: answers.retentionDays } : {}),
    });
    const report = evaluate(situation);
    const headline = mostOpen(cellsOf(report, question.headline).map((cell) => cell.verdict));
    return {
      account: plan.situation.account,
      anchor: `${question.id}-${plan.situation.account}`,
      heading: [labelOf(accounts, plan.situation.account), plan.qualifier].filter(Boolean).join(", "),
      orgStated: org !== undefined && org.plan === plan.situation.account && Object.keys(org.settings).length > 0,
      situation,
      headline,
      frame: question.frames[headline],
      blocks: answerBlocks(report, question.cells),
      notes: report.notes.filter((note) => question.notes.includes(note.id)),
      checkHref: `/check/#${encodeAnswers(answers)}`,
      filledIn: filledInWords(plan),
    };
  });
}
