import { describe, expect, it } from "vitest";
import { excerpt, hostOf, maskEmail, maskEmailsIn } from "./mask";

describe("maskEmail", () => {
  it("keeps the first letter and the domain", () => {
    expect(maskEmail("jane.doe@example.com")).toBe("j•••@example.com");
  });
});

describe("maskEmailsIn", () => {
  it("masks every address in a text", () => {
    expect(maskEmailsIn("jane.doe@example.com's Organization, cc bob@corp.example")).toBe(
      "j•••@example.com's Organization, cc b•••@corp.example",
    );
  });

  it("leaves addresses alone when the person asked to see them", () => {
    expect(maskEmailsIn("jane.doe@example.com", true)).toBe("jane.doe@example.com");
  });
});

describe("excerpt", () => {
  it("folds white space, shortens and masks", () => {
    expect(excerpt("  Claude   Max\naccount of jane.doe@example.com  ", false, 20)).toBe("Claude Max account o…");
    expect(excerpt("jane.doe@example.com")).toBe("j•••@example.com");
  });
});

describe("hostOf", () => {
  it("keeps only the host of a web address, dropping credentials, port and path", () => {
    expect(hostOf("https://user:secret@collector.example.com:4317/v1/logs?token=x")).toBe("collector.example.com");
    expect(hostOf("http://localhost:4318")).toBe("localhost");
  });

  it("gives nothing for what is not an http or https address", () => {
    expect(hostOf("collector.example.com:4317")).toBeUndefined();
    expect(hostOf("file:///etc/passwd")).toBeUndefined();
    expect(hostOf("not an address")).toBeUndefined();
    expect(hostOf("")).toBeUndefined();
  });
});
