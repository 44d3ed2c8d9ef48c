import { describe, expect, it } from "vitest";
import { filterEvents } from "./audit-filter";

const events = [
  { id: "a", category: "content", searchText: "conversation_renamed renamed a chat new_name", recordsTypedText: true },
  { id: "b", category: "content", searchText: "conversation_deleted deleted a chat", recordsTypedText: false },
  { id: "c", category: "sign-in", searchText: "user_signed_out signed out", recordsTypedText: false },
];

describe("filterEvents", () => {
  it("returns every event with no query and no filter", () => {
    expect(filterEvents(events, "", "all", false)).toHaveLength(3);
  });
  it("requires every word of the query, ignoring case", () => {
    expect(filterEvents(events, "Chat DELETED", "all", false).map((e) => e.id)).toEqual(["b"]);
  });
  it("keeps one category", () => {
    expect(filterEvents(events, "", "sign-in", false).map((e) => e.id)).toEqual(["c"]);
  });
  it("keeps only events that record typed text", () => {
    expect(filterEvents(events, "", "all", true).map((e) => e.id)).toEqual(["a"]);
  });
});
