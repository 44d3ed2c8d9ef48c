/** The `type` of the message an embed view posts to its parent page with its height in CSS pixels. */
export const EMBED_HEIGHT_MESSAGE = "what-can-my-employer-see:height";

/** The id of the element holding an embed view's content, whose height is reported. */
export const EMBED_CONTENT_ID = "embed-content";
