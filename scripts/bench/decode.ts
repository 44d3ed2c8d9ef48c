// `npm run bench:decode`: generates a ~100 MB audit-log CSV of made-up rows in a temporary folder, serves the
// existing export in `out/` (build it first), opens the decoder in Chromium, chooses the file and reports the
// time to a finished summary and the longest main-thread stall, measured as the largest gap between
// animation frames. Not part of `npm test`: timings do not belong in tests.
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { chromium } from "playwright-core";
import { outDir } from "../built-pages";
import { startStaticServer } from "../static-server";

const targetBytes = Number(process.env.DECODE_BENCH_MB ?? 100) * 1024 * 1024;
const events = [
  "user_signed_in_sso",
  "conversation_created",
  "conversation_renamed",
  "file_uploaded",
  "conversation_deleted",
  "project_created",
  "user_signed_out",
  "org_data_export_started",
  "example_unlisted_event",
];

/** Writes made-up rows (example.com people, documentation IP ranges) until the file reaches the target size. */
async function generate(file: string): Promise<{ rows: number; bytes: number }> {
  const out = createWriteStream(file);
  out.write("created_at,actor_info,event,event_info,entity_info,ip_address,device_id,user_agent,client_platform\n");
  const start = Date.parse("2026-05-01T00:00:00Z");
  let bytes = 0;
  let rows = 0;
  const ranges = ["192.0.2", "198.51.100", "203.0.113"];
  while (bytes < targetBytes) {
    const person = rows % 997;
    const event = events[rows % events.length]!;
    const info = event === "conversation_renamed" ? `"{""new_name"": ""Example title ${rows}""}"` : "";
    const line = [
      new Date(start + rows * 40_000).toISOString(),
      `"{""name"": ""Example Person ${person}"", ""email_address"": ""person${person}@example.com""}"`,
      event,
      info,
      `"{""type"": ""chat_conversation"", ""id"": ""chat_example_${rows}""}"`,
      `${ranges[rows % 3]}.${(rows >> 8) % 250}`,
      `device_example_${person}_${rows % 5}`,
      "Mozilla/5.0 (Example browser for the decoder benchmark)",
      "",
    ].join(",");
    bytes += line.length + 1;
    rows += 1;
    if (!out.write(`${line}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return { rows, bytes: statSync(file).size };
}

if (!existsSync(join(outDir, "decode", "index.html"))) {
  console.error("No out/decode/index.html: run `npm run build` first.");
  process.exit(1);
}

const folder = mkdtempSync(join(tmpdir(), "decode-bench-"));
const file = join(folder, "audit-log-benchmark.csv");
const generated = await generate(file);
console.log(`generated ${generated.rows.toLocaleString("en")} rows, ${(generated.bytes / 1048576).toFixed(1)} MB`);

const site = await startStaticServer({ root: outDir, port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  const outside: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(site.url) && !request.url().startsWith("blob:")) outside.push(request.url());
  });
  await page.goto(`${site.url}/decode/`, { waitUntil: "networkidle" });
  // A probe on the main thread: the longest gap between animation frames is the longest the page froze. A
  // mutation observer notes when the result is inserted, to tell stalls while reading from the final render.
  // Passed as source text: the test runner's compiler would otherwise add helpers the page does not have.
  await page.evaluate(`(() => {
    const probe = { last: performance.now(), gaps: [], frames: 0, shownAt: 0 };
    window.probe = probe;
    const tick = (now) => {
      probe.gaps.push([now, now - probe.last]);
      probe.last = now;
      probe.frames += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new MutationObserver(() => {
      if (!probe.shownAt && document.getElementById("decode-result-heading")) probe.shownAt = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  })()`);
  const started = Date.now();
  await page.getByLabel(/Choose an audit-log CSV/).setInputFiles(file);
  await page.getByRole("heading", { name: "What audit-log-benchmark.csv records" }).waitFor({ timeout: 600_000 });
  const finishedMs = Date.now() - started;
  // Let the result paint, then read the probe.
  await page.evaluate("new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
  const probe = (await page.evaluate(`(() => {
    const { gaps, frames, shownAt } = window.probe;
    const longest = (list) => Math.max(0, ...list.map(([, gap]) => gap));
    return { frames, whileReading: longest(gaps.filter(([at]) => at <= shownAt)), overall: longest(gaps) };
  })()`)) as { frames: number; whileReading: number; overall: number };
  const validText = await page.getByRole("listitem").filter({ hasText: "Valid rows" }).innerText();
  const result = {
    rows: generated.rows,
    megabytes: Number((generated.bytes / 1048576).toFixed(1)),
    secondsToSummary: Number((finishedMs / 1000).toFixed(2)),
    longestStallWhileReadingMs: Math.round(probe.whileReading),
    longestStallIncludingResultRenderMs: Math.round(probe.overall),
    frames: probe.frames,
    shown: validText.replace(/\s+/g, " "),
    requestsToOtherOrigins: outside.length,
  };
  console.table(result);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/decode.json", `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
  site.server.close();
  rmSync(folder, { recursive: true, force: true });
}
