// node slices.mjs SITE_DIR URL_PATH OUT_PREFIX [width] [slice]: a full-page
// screenshot cut into slices of `slice` px (default 2400), for looking at a
// long page on a phone one piece at a time. Writes OUT_PREFIX-0.png, -1.png …
import path from 'node:path';
import { serve, launch } from './browser.mjs';
const [root, urlPath, out, width, slice] = process.argv.slice(2);
const w = Number(width ?? 360), s = Number(slice ?? 2400);
const server = await serve(path.resolve(root));
const browser = await launch();
const page = await browser.newPage({ viewport: { width: w, height: 844 } });
await page.goto(`http://127.0.0.1:${server.address().port}${urlPath}`);
const height = await page.evaluate(() => document.documentElement.scrollHeight);
for (let i = 0; i * s < height; i++) {
  await page.screenshot({ path: `${out}-${i}.png`, fullPage: true, clip: { x: 0, y: i * s, width: w, height: Math.min(s, height - i * s) } });
}
console.log(`${urlPath} at ${w} px: ${height} px high, ${Math.ceil(height / s)} slice(s)`);
await browser.close();
server.close();
