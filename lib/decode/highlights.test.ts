import { describe, expect, it } from "vitest";
import { isDeletion, isExportStart, isRename, isSignIn, renamedTo, startedByAnthropic } from "./highlights";

describe("isRename", () => {
  it("matches renames", () => expect(["conversation_renamed", "project_renamed"].every(isRename)).toBe(true));
});
describe("isDeletion", () => {
  it("matches deletions only", () => {
    expect(["conversation_deleted", "account_deleted", "org_user_deleted"].every(isDeletion)).toBe(true);
    expect(isDeletion("deleted_things_listed")).toBe(false);
  });
});
describe("isExportStart", () => {
  it("matches exports started", () => expect(isExportStart("org_data_export_started")).toBe(true));
});
describe("isSignIn", () => {
  it("matches sign-ins, not sign-outs or failures", () => {
    expect(isSignIn("user_signed_in_google")).toBe(true);
    expect(isSignIn("sso_login_succeeded")).toBe(true);
    expect(isSignIn("user_signed_out")).toBe(false);
  });
});
describe("renamedTo", () => {
  it("reads new_name", () => expect(renamedTo({ new_name: "Plans" })).toBe("Plans"));
  it("gives null without one", () => expect(renamedTo("text")).toBeNull());
});
describe("startedByAnthropic", () => {
  it("reads yes/no and booleans", () => {
    expect(startedByAnthropic({ initiated_by_anthropic: "Yes" })).toBe(true);
    expect(startedByAnthropic({ initiated_by_anthropic: false })).toBe(false);
    expect(startedByAnthropic({})).toBeNull();
  });
});
