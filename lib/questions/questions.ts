import { questions as authored } from "@/content/questions/questions";
import { modelData } from "@/lib/model/model-data";
import { parseQuestions, type Question } from "./schema";

/** The validated questions, in page order; an invalid one stops the build with its path and the problem. */
export const questions: readonly Question[] = parseQuestions(authored, new Set(modelData.notes.map((note) => note.id)));

/** The questions page, and one question's place on it. */
export const questionsPath = "/questions/";
export const questionHref = (id: string) => `${questionsPath}#${id}`;
