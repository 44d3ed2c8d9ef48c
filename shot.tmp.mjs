import { chromium } from "@playwright/test";
const [,, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
for (const path of paths) {
  for (const [w, scheme] of [[390, "light"], [1280, "dark"], [1280, "light"], [390, "dark"]]) {
    const page = await browser.newPage({ viewport: { width: w, height: 900 }, colorScheme: scheme });
    await page.goto(`http://localhost:4300${path}`, { waitUntil: "networkidle" });
    const name = `/tmp/shots/${path.replace(/[^a-z0-9]+/gi, "_")}-${w}-${scheme}.png`;
    await page.screenshot({ path: name, fullPage: false });
    await page.close();
  }
}
await browser.close();
