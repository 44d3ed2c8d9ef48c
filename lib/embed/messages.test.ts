import { describe, expect, it } from "vitest";
import { leavesThisPage } from "./messages";

describe("leavesThisPage", () => {
  const here = "https://docs.example.com/privacy/ai/embed/check/#account=team";
  it("keeps anchors and answer changes on the same page inside the frame", () => {
    expect(leavesThisPage("#report-heading", here)).toBe(false);
    expect(leavesThisPage("https://docs.example.com/privacy/ai/embed/check/#account=enterprise", here)).toBe(false);
  });
  it("sends other pages, other origins and mail links out of the frame", () => {
    expect(leavesThisPage("/privacy/ai/sources/#claim-x", here)).toBe(true);
    expect(leavesThisPage("https://intranet.example.com/ai", here)).toBe(true);
    expect(leavesThisPage("mailto:it@example.com", here)).toBe(true);
    expect(leavesThisPage("?q=1", here)).toBe(true);
  });
});
