import { describe, expect, it } from "vitest";
import { missingQuotes } from "./quote-check";

const full = (captured: string, text: string) => ({ captured, coverage: "full" as const, text, gone: [] });
const cite = (quote: string) => ({ claim: "c", source: "s", quote });

describe("missingQuotes", () => {
  const history = [full("2026-01-10", "Chats are kept for 30 days. Owners can export.")];

  it("leaves out quotes the new text still has, however it is marked up", () => {
    expect(
      missingQuotes("p", [cite("Owners can export.")], history, "Chats are kept for 90 days. **Owners** can export."),
    ).toEqual([]);
  });

  it("marks a quote that was on the newest copy and is not on the new one as vanished, with the nearest passage", () => {
    expect(
      missingQuotes("p", [cite("kept for 30 days")], history, "Chats are kept for 90 days. Owners can export."),
    ).toEqual([
      {
        claim: "c",
        source: "s",
        quote: "kept for 30 days",
        page: "p",
        before: "vanished",
        nearest: "Chats are kept for 90 days. Owners can",
      },
    ]);
  });

  it("gives a quote that was already missing its state before the refresh", () => {
    const [missing] = missingQuotes("p", [cite("never there")], history, "New text.");
    expect(missing?.before).toBe("quote-missing");
    const older = [full("2026-01-01", "once said this"), ...history];
    expect(missingQuotes("p", [cite("once said this")], older, "New text.")[0]?.before).toBe("source-changed");
  });
});
