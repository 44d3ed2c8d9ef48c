/** The questions page, and one question's place on it. */
export const questionsPath = "/questions/";
export const questionHref = (id: string) => `${questionsPath}#${id}`;
