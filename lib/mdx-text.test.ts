import { describe, expect, it } from "vitest";
import { citedClaimIds, termIds } from "./mdx-text";

const source = `export const meta = {
  title: "T",
};

Some **bold** text <Cite ids={["a", "b"]} /> and <Term id="owner">Owners</Term>. <Dispute id="c" />
<Misconception belief="Deleting hides it">No.</Misconception> [a link](/x/)`;

describe("citedClaimIds", () => {
  it("collects ids from Cite and Dispute, without duplicates", () => {
    expect(citedClaimIds(source + ' <Cite ids={["a"]} />')).toEqual(["a", "b", "c"]);
  });
});

describe("termIds", () => {
  it("collects glossary ids", () => {
    expect(termIds(source)).toEqual(["owner"]);
  });
});
