// The package page on a phone: a citizen scrolls through it, so it must stay
// short. At 390 x 844 px (a common phone) every Danish package page is at most
// SCREENS screens high, and the Arabic and English pages of the same package at
// most LONGER times the Danish one (translations run longer, but not by a page).
// Usage: node length.mjs SITE_DIR. Exits 1 on any failure. Run by scripts/test.
import path from 'node:path';
import { serve, launch, pages } from './browser.mjs';

export const SCREEN = { width: 390, height: 844 };
export const SCREENS = 6;
export const LONGER = 1.25;

/** The height of each package page per language: { id: { da: px, ar: px, en: px } }. */
export async function packageHeights(browser, base, root) {
  const phone = await browser.newPage({ viewport: SCREEN });
  const heights = {};
  for (const url of pages(root)) {
    const m = url.match(/^\/([a-z]+)\/pakker\/([^/]+)\/index\.html$/);
    if (!m) continue;
    await phone.goto(base + url);
    const h = await phone.evaluate(() => document.documentElement.scrollHeight);
    (heights[m[2]] ??= {})[m[1]] = h;
  }
  await phone.close();
  return heights;
}

/** What is wrong with the heights, one line per page. */
export function lengthProblems(heights) {
  const failures = [];
  for (const [id, byLang] of Object.entries(heights)) {
    const da = byLang.da;
    if (da === undefined) { failures.push(`${id}: no Danish package page`); continue; }
    if (da > SCREENS * SCREEN.height) {
      failures.push(`/da/pakker/${id}/ at ${SCREEN.width} px: ${da} px high, ${(da / SCREEN.height).toFixed(1)} screens of ${SCREEN.height} px (at most ${SCREENS})`);
    }
    for (const [lang, h] of Object.entries(byLang)) {
      if (lang !== 'da' && h > da * LONGER) {
        failures.push(`/${lang}/pakker/${id}/ at ${SCREEN.width} px: ${h} px high, ${(h / da).toFixed(2)} times the Danish page (at most ${LONGER})`);
      }
    }
  }
  return failures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.argv[2] ?? '../../public');
  const server = await serve(root);
  const browser = await launch();
  const heights = await packageHeights(browser, `http://127.0.0.1:${server.address().port}`, root);
  await browser.close();
  server.close();
  for (const [id, byLang] of Object.entries(heights)) {
    console.log(`${id}: ${Object.entries(byLang).map(([l, h]) => `${l} ${h} px (${(h / SCREEN.height).toFixed(1)} screens)`).join(', ')}`);
  }
  const failures = lengthProblems(heights);
  if (Object.keys(heights).length === 0) failures.push('no package pages found');
  if (failures.length) {
    console.error(failures.join('\n'));
    console.error(`${failures.length} failure(s)`);
    process.exit(1);
  }
  console.log(`package pages on a ${SCREEN.width} px phone: every Danish page at most ${SCREENS} screens`);
}
