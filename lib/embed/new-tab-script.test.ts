import { describe, expect, it } from "vitest";
import { linksLeaveInNewTab } from "./new-tab-script";

/** Runs the script against a page at `here` and clicks a link to `href`: the target it ends with. */
function clickLink(href: string, here = "https://docs.example.com/privacy/ai/embed/check/#account=team") {
  let onClick: ((event: unknown) => void) | undefined;
  const document = {
    addEventListener: (type: string, listener: (event: unknown) => void, capture: boolean) => {
      expect([type, capture]).toEqual(["click", true]);
      onClick = listener;
    },
  };
  new Function("document", "location", linksLeaveInNewTab)(document, new URL(here));
  const link = { href: new URL(href, here).href, target: "", rel: "" };
  onClick!({ target: { closest: (selector: string) => (selector === "a[href]" ? link : null) } });
  return link;
}

describe("linksLeaveInNewTab", () => {
  it("keeps anchors and answer changes on the same page inside the frame", () => {
    expect(clickLink("#report-heading").target).toBe("");
    expect(clickLink("https://docs.example.com/privacy/ai/embed/check/#account=enterprise").target).toBe("");
  });

  it("sends other pages, other origins and mail links out of the frame, to a new tab", () => {
    for (const href of ["/privacy/ai/sources/#claim-x", "https://intranet.example.com/ai", "mailto:it@x.com", "?q=1"]) {
      expect(clickLink(href), href).toEqual({
        href: new URL(href, "https://docs.example.com/privacy/ai/embed/check/").href,
        target: "_blank",
        rel: "noopener",
      });
    }
  });
});
