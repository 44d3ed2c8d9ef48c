/** Every environment variable the reader interprets: the command reads these and no others. */
import { routingVariables } from "./managed";
import { signInVariables } from "./sign-in";
import { telemetryVariables } from "./telemetry";
import { transcriptVariables } from "./transcripts";

export const knownVariables: readonly string[] = [
  ...new Set([...telemetryVariables, ...signInVariables, ...transcriptVariables, ...routingVariables]),
];
