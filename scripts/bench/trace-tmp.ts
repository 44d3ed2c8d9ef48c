// @ts-nocheck
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { chromiumArgs, chromiumPath } from "./browser";
const url = process.argv[2]!;
const account = "Which Claude account do you use for work?";
const surfaces = "Which of these do you use?";
const behaviours = "Do you do any of these in the Claude apps?";
const toggled = ["Incognito chats", "Renaming chats", "Uploading files", "Projects"];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: Number(process.argv[3] ?? 412), height: 823 }, isMobile: true, hasTouch: true });
const cdp = await page.context().newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
if (process.argv[4] === "reduce") await page.emulateMedia({ reducedMotion: "reduce" });
await page.goto(url);
const opt = (l, n, r = "checkbox") => page.getByRole("group", { name: l }).getByRole(r, { name: n, exact: true });
await opt(account, "Enterprise plan", "radio").check();
await opt(surfaces, "Claude apps").check();
await opt(behaviours, "Deleting chats").check();
await page.getByRole("heading", { name: "Your report", exact: true }).waitFor();
await page.waitForTimeout(500);
await browser.startTracing(page, { path: "/tmp/prof/trace.json", categories: ["devtools.timeline", "blink.user_timing"] });
for (const c of [true, false]) for (const o of toggled) { await opt(behaviours, o).setChecked(c); await page.waitForTimeout(600); }
await browser.stopTracing();
await browser.close();
const t = JSON.parse(readFileSync("/tmp/prof/trace.json", "utf8"));
const ev = (t.traceEvents ?? t).filter((e) => e.ph === "X" && e.dur);
const main = ev.filter((e) => e.name === "RunTask");
const tid = Object.entries(ev.filter(e=>e.name==="FunctionCall").reduce((m, e) => ((m[e.tid] = (m[e.tid] ?? 0) + e.dur), m), {})).sort((a, b) => b[1] - a[1])[0][0];
const sum = {};
for (const e of ev) if (String(e.tid) === tid && ["UpdateLayoutTree", "Layout", "Paint", "PrePaint", "Layerize", "FunctionCall", "EventDispatch", "HitTest", "ParseHTML", "IntersectionObserverController::computeIntersections", "UpdateLayer", "CompositeLayers", "ScheduleStyleRecalculation", "RecalculateStyles", "v8.callFunction", "TimerFire", "FireAnimationFrame", "Commit", "MajorGC", "MinorGC", "V8.GC_SCAVENGER", "BlinkGC.AtomicPhase"].includes(e.name)) sum[e.name] = (sum[e.name] ?? 0) + e.dur / 1000;
console.log(Object.entries(sum).sort((a,b)=>b[1]-a[1]).map(([k, v]) => `${k}=${(v / 8).toFixed(1)}`).join(" "));
const names = {};
for (const e of ev) if (String(e.tid) === tid) names[e.name] = (names[e.name] ?? 0) + e.dur / 1000;
console.log(Object.entries(names).sort((a,b)=>b[1]-a[1]).slice(0, 25).map(([k, v]) => `${k}=${(v / 8).toFixed(1)}`).join("\n"));
for (const name of ["PrePaint", "Paint", "Layout", "UpdateLayoutTree", "IntersectionObserverController::computeIntersections", "FunctionCall", "EventDispatch", "HitTest"]) {
  const d = ev.filter((e) => String(e.tid) === tid && e.name === name).map((e) => e.dur / 1000);
  console.log(name, d.length, Math.round(d.reduce((a, b) => a + b, 0)));
}
