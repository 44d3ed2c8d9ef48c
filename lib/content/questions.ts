/** The validated questions of content/questions/questions.ts, in page order; an invalid one stops the build with its path. */
import { questions as authored } from "@/content/questions/questions";
import { parseQuestions, type Question } from "@/lib/questions/schema";
import { questionTables } from "./check-questions";
import { modelForBrowser } from "./model";

export const questions: readonly Question[] = parseQuestions(
  authored,
  new Set(modelForBrowser.notes.map((note) => note.id)),
  questionTables,
);
