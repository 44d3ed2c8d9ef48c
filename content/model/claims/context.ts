/** Claims about visibility outside Anthropic's tools, which apply whatever the plan. */
import type { AuthoredClaim } from "../authoring";

export const contextClaims = [
  {
    id: "device-monitoring-third-party",
    statement:
      "Employer security tools such as Microsoft Purview are described as seeing prompts sent to AI apps, Claude included, whatever the plan.",
    citations: [{ source: "purview-dspm-skill", quote: "third-party/consumer AI apps (ChatGPT, Gemini, Claude)" }],
    verified: "2026-11-22",
  },
] as const satisfies readonly AuthoredClaim[];
