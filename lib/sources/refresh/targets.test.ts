import { describe, expect, it } from "vitest";
import { refreshTargets } from "./targets";

describe("refreshTargets", () => {
  it("reads each official snapshot folder once, with every citation of the sources stored there", () => {
    const targets = refreshTargets({
      sources: [
        { id: "b", url: "https://d.test/b", kind: "official", snapshot: "d.test/b" },
        { id: "a", url: "https://d.test/a", kind: "official", snapshot: "d.test/a" },
        { id: "a-mirror", url: "https://d.test/a", kind: "official", snapshot: "d.test/a" },
        { id: "blog", url: "https://blog.test/x", kind: "third-party" },
      ],
      claims: [
        {
          id: "one",
          citations: [
            { source: "a", quote: "q1" },
            { source: "blog", quote: "q2" },
          ],
        },
        { id: "two", citations: [{ source: "a-mirror", quote: "q3" }] },
      ],
    });
    expect(targets).toEqual([
      {
        page: "d.test/a",
        url: "https://d.test/a",
        sources: ["a", "a-mirror"],
        citations: [
          { claim: "one", source: "a", quote: "q1" },
          { claim: "two", source: "a-mirror", quote: "q3" },
        ],
      },
      { page: "d.test/b", url: "https://d.test/b", sources: ["b"], citations: [] },
    ]);
  });
});
