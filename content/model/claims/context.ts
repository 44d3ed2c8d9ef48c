/** Claims about visibility outside Anthropic's tools, which apply whatever the plan. */
import type { AuthoredClaim } from "../authoring";

export const contextClaims = [
  {
    id: "device-monitoring-third-party",
    statement:
      "Employer security tools such as Microsoft Purview are described as giving visibility into the sensitive data people put into AI apps, consumer apps included, Claude among them.",
    citations: [{ source: "purview-dspm-skill", quote: "third-party/consumer AI apps (ChatGPT, Gemini, Claude)" }],
    verified: "2026-11-29",
    note: "Checked against the version of the description committed in June 2026; earlier versions named only ChatGPT.",
  },
] as const satisfies readonly AuthoredClaim[];
