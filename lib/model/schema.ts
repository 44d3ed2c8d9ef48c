/** One import for every schema and type of the rules model. */
export * from "./condition-schema";
export * from "./content-schema";
export * from "./model-schema";
export * from "./report-schema";
export * from "./situation-schema";
export * from "./vocabulary-schema";
