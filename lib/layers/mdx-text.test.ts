import { describe, expect, it } from "vitest";
import { citedClaimIds, termIds } from "./mdx-text";

const source = `export const meta = {
  related: ["x"],
};

Some **bold** text <Cite ids={["a", "b"]} /> and <Term id="owner">Owners</Term>. <Dispute id="c" />
<Misconception belief="Deleting hides it">No.</Misconception> [a link](/x/)`;

describe("citedClaimIds", () => {
  it("collects ids from Cite and Dispute, without duplicates", () => {
    expect(citedClaimIds(source + ' <Cite ids={["a"]} />')).toEqual(["a", "b", "c"]);
  });

  it("adds the claims of each widget the page places, where it places it", () => {
    const page = `<Cite ids={["a"]} />\n\n<Row />\n\n<Unknown />\n\n<Cite ids={["d", "b"]} /> <Dispute id="c" />`;
    expect(citedClaimIds(page, { Row: ["b", "a", "e"] })).toEqual(["a", "b", "e", "d", "c"]);
  });
});

describe("termIds", () => {
  it("collects glossary ids", () => {
    expect(termIds(source)).toEqual(["owner"]);
  });
});
