/**
 * The types in the export worth compressing on the way out, besides the pages themselves (text/html).
 * nginx compresses nothing by default, and Debian's and Ubuntu's shipped configuration only HTML; Apache
 * compresses nothing unless mod_deflate is set up. Left that way, the scripts, styles and each page's data
 * would travel three to eight times larger than compressed, so the host files ask for these types too.
 */
export const COMPRESSED_TYPES = [
  "text/css",
  "application/javascript",
  "text/javascript",
  "application/json",
  "text/plain",
  "text/csv",
  "text/xml",
  "application/xml",
  "image/svg+xml",
] as const;
