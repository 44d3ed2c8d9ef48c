/**
 * "Questions people ask": the schema of an authored question (`content/questions/`). A question names the
 * situations it is answered for, one per plan, and the cells (data kind × audience) whose verdicts answer
 * it; the page reads those verdicts from the engine, so the answers move when the model does.
 */
import { z } from "zod";
import { answerRules, settingsFor, type QuestionTables } from "@/lib/check/answers";
import { cellKey } from "@/lib/engine/cell-key";
import { layerIds } from "@/lib/content/layer-ids";
import {
  accountIdSchema,
  audienceIdSchema,
  behaviourIdSchema,
  dataKindIdSchema,
  partnerCloudIdSchema,
  settingIdSchema,
  surfaceIdSchema,
} from "@/lib/model/vocabulary-schema";
import { verdictSchema } from "@/lib/model/content-schema";
import { idSchema } from "@/lib/model/vocabulary-rows";

/** A plain sentence of the site's own words: starts with a capital letter and ends with a full stop. */
const sentenceSchema = z
  .string()
  .min(10)
  .regex(/^[A-Z"]/, "start the sentence with a capital letter")
  .regex(/[.!?]$/, "end the sentence with a full stop");

/** Some audiences' view of one data kind. */
export const questionCellsSchema = z
  .object({
    /** The data kind. */
    data: dataKindIdSchema,
    /** Who is asked about, in the order the answer lists them. */
    audiences: z.array(audienceIdSchema).min(1),
  })
  .strict();

/** The answers the check would be given for one plan: what the question assumes, nothing more. */
export const questionSituationSchema = z
  .object({
    account: accountIdSchema,
    /** Which partner cloud, only for the "partner-cloud" account. */
    partnerCloud: partnerCloudIdSchema.optional(),
    surfaces: z.array(surfaceIdSchema).min(1),
    /**
     * What the person does in the Claude apps, when the question turns on it. Left out, the check link
     * leaves the question for the person to answer (never "none of these" on their behalf), and the page
     * answers for someone who does none of them; a unit test checks that this changes no verdict shown.
     */
    behaviours: z.array(behaviourIdSchema).min(1).optional(),
    /** Only settings the question itself settles; every other one stays "don't know". */
    settings: z.partialRecord(settingIdSchema, z.enum(["yes", "no"])).default({}),
  })
  .strict();

/** One plan the question is answered for. */
export const questionPlanSchema = z
  .object({
    situation: questionSituationSchema,
    /** Words after the plan's name in its heading, e.g. "on your work e-mail address". */
    qualifier: z.string().min(3).optional(),
  })
  .strict();

/**
 * The framing sentence for each verdict of the question's headline cells. The page shows the one for the
 * verdict the engine gives, so the framing can never contradict it; write all three, since the model can move.
 */
export const framesSchema = z.record(verdictSchema, sentenceSchema);

const questionBase = {
  /** The anchor on the questions page (`/questions/#<id>`): part of the page's public address, never rename. */
  id: idSchema,
  /** The question as people ask it. */
  question: z.string().min(10).regex(/\?$/, "a question ends with a question mark"),
};

/** A question answered from the model's verdicts, per plan. */
export const cellsQuestionSchema = z
  .object({
    kind: z.literal("cells"),
    ...questionBase,
    plans: z.array(questionPlanSchema).min(1),
    /** The cells shown for every plan, data kinds in this order. */
    cells: z.array(questionCellsSchema).min(1),
    /** The cells that answer the question itself: the most open verdict among them picks the framing. */
    headline: questionCellsSchema,
    frames: framesSchema,
    /** Ids of the model's report notes that bear on the question; shown for a plan when its report has them. */
    notes: z.array(idSchema).default([]),
    /** Explainers to read next. */
    readMore: z.array(z.enum(layerIds)).default([]),
  })
  .strict();

/** The question about a summary for new staff, answered by the one-pager and its plans. */
export const onePagerQuestionSchema = z
  .object({
    kind: z.literal("one-pager"),
    ...questionBase,
    /** The answer in the site's own words; the page adds the plans the one-pager covers. */
    answer: sentenceSchema,
  })
  .strict();

export const questionSchema = z.discriminatedUnion("kind", [cellsQuestionSchema, onePagerQuestionSchema]);

export type QuestionDraft = z.input<typeof questionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type CellsQuestion = z.infer<typeof cellsQuestionSchema>;
export type QuestionPlan = z.infer<typeof questionPlanSchema>;
export type QuestionCells = z.infer<typeof questionCellsSchema>;

type Issue = { path: (string | number)[]; message: string };

/** Problems in one plan's situation that the check itself would drop or refuse. */
function situationIssues(situation: QuestionPlan["situation"], rules: ReturnType<typeof answerRules>): Issue[] {
  const { surfacesFor, asksBehaviours } = rules;
  const issues: Issue[] = [];
  const { account } = situation;
  if ((account === "partner-cloud") !== (situation.partnerCloud !== undefined)) {
    issues.push({ path: ["partnerCloud"], message: "name a partner cloud exactly when the account is partner-cloud" });
  }
  const offered = new Set<string>(surfacesFor(account));
  for (const id of situation.surfaces) {
    if (!offered.has(id))
      issues.push({ path: ["surfaces"], message: `the check does not offer "${id}" on ${account}` });
  }
  if (situation.behaviours && !asksBehaviours(account)) {
    issues.push({ path: ["behaviours"], message: `the check asks no behaviours on ${account}` });
  }
  const asked = new Set<string>(settingsFor(account).map((setting) => setting.id));
  for (const id of Object.keys(situation.settings)) {
    if (!asked.has(id)) issues.push({ path: ["settings", id], message: `"${id}" does not apply to ${account}` });
  }
  for (const list of ["surfaces", "behaviours"] as const) {
    const ids: readonly string[] = situation[list] ?? [];
    if (new Set(ids).size !== ids.length) issues.push({ path: [list], message: `an entry is listed twice in ${list}` });
  }
  return issues;
}

const cellKeys = (cells: QuestionCells) => cells.audiences.map((audience) => cellKey(cells.data, audience));

/** Problems in one question that its schema cannot see: cross-references to the model and the check. */
function questionIssues(
  question: Question,
  noteIds: ReadonlySet<string>,
  rules: ReturnType<typeof answerRules>,
): Issue[] {
  if (question.kind === "one-pager") return [];
  const issues: Issue[] = [];
  question.plans.forEach((plan, index) => {
    for (const issue of situationIssues(plan.situation, rules)) {
      issues.push({ ...issue, path: ["plans", index, "situation", ...issue.path] });
    }
  });
  const plans = question.plans.map((plan) => plan.situation.account);
  if (new Set(plans).size !== plans.length) {
    issues.push({
      path: ["plans"],
      message: "a question is answered once per plan: two plans are on the same account",
    });
  }
  const shown = question.cells.flatMap(cellKeys);
  if (new Set(shown).size !== shown.length) issues.push({ path: ["cells"], message: "a cell is listed twice" });
  for (const key of cellKeys(question.headline)) {
    if (!shown.includes(key)) issues.push({ path: ["headline"], message: `headline cell ${key} is not among cells` });
  }
  question.notes.forEach((id, index) => {
    if (!noteIds.has(id)) issues.push({ path: ["notes", index], message: `no report note "${id}" in the model` });
  });
  return issues;
}

/**
 * Validates the questions: each well formed, ids unique, plans the check can express (with the check's
 * question tables), notes in the model.
 */
export function parseQuestions(
  entries: unknown,
  noteIds: ReadonlySet<string>,
  questionTables: QuestionTables,
): Question[] {
  const rules = answerRules(questionTables);
  const parsed = z
    .array(questionSchema)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((question, index) => {
        if (seen.has(question.id)) {
          ctx.addIssue({ code: "custom", path: [index, "id"], message: `duplicate id "${question.id}"` });
        }
        seen.add(question.id);
        for (const issue of questionIssues(question, noteIds, rules)) {
          ctx.addIssue({ code: "custom", path: [index, ...issue.path], message: issue.message });
        }
      });
    })
    .safeParse(entries);
  if (!parsed.success) {
    throw new Error(`content/questions/questions.ts is invalid:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
