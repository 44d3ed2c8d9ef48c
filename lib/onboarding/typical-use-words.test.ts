import { describe, expect, it } from "vitest";
import { typicalUseWords } from "@/lib/content/one-pager";

describe("typicalUseWords", () => {
  it("reads the vocabulary's labels as one phrase", () => {
    expect(typicalUseWords(["team", "enterprise"])).toEqual({
      surfaces: "Claude apps and Claude Code, signed in with your work account",
      behaviours: "incognito chats, deleting chats, renaming chats, uploading files and projects",
    });
  });

  it("says nothing about app behaviours where there are no apps", () => {
    expect(typicalUseWords(["console"]).behaviours).toBeUndefined();
  });
});
