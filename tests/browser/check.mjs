// The browser checks of the built site, run by scripts/test:
//  1. axe-core (WCAG 2.1 A and AA rules) on every page of every language;
//  2. no page is wider than a 360 px phone screen (only the diagram may scroll);
//  3. the Arabic package page is mirrored: navigation and diagram start on the right
//     (a screenshot is saved for the visual check);
//  4. at 320, 360, 390 and 412 px, no word on any page breaks across lines
//     when it would fit, and no box is squeezed to a few letters (words.mjs).
// Usage: node check.mjs SITE_DIR [SCREENSHOT_DIR]. Exits 1 on any failure.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve, launch, pages } from './browser.mjs';
import { brokenWords } from './words.mjs';

const root = path.resolve(process.argv[2] ?? '../../public');
const shots = path.resolve(process.argv[3] ?? '../../target/screenshots');
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const server = await serve(root);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
const failures = [];

const desktop = await browser.newPage({ viewport: { width: 1024, height: 800 } });
const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
const all = pages(root);
for (const url of all) {
  await desktop.goto(base + url);
  await desktop.addScriptTag({ content: axeSource });
  const result = await desktop.evaluate(() =>
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  for (const v of result.violations) {
    failures.push(`${url}: axe ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
  }
  await phone.goto(base + url);
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  if (width > 360) failures.push(`${url}: the page is ${width} px wide on a 360 px phone`);
}

// Words on phones: the employer pages once squeezed whole columns to a few
// pixels, one letter per line, which no overflow check saw.
let broken = 0;
for (const width of [320, 360, 390, 412]) {
  const narrow = await browser.newPage({ viewport: { width, height: 740 } });
  for (const url of all) {
    await narrow.goto(base + url);
    const words = await narrow.evaluate(`(${brokenWords.toString()})()`);
    broken += words.length;
    if (words.length) failures.push(`${url} at ${width} px: ${words.length} word(s) broken inside their box, e.g. ${words.slice(0, 3).join(', ')}`);
  }
  await narrow.close();
}

// On a phone the employer's timeline is drawn as blocks; it must still be a
// table to a screen reader (rows, row headers, cells).
const timeline = await browser.newPage({ viewport: { width: 360, height: 740 } });
await timeline.goto(`${base}/da/virksomheder/landbrug/`);
const tree = await timeline.locator('table.timeline').ariaSnapshot();
for (const role of ['- table', 'columnheader', 'rowheader', 'cell']) {
  if (!tree.includes(role)) failures.push(`/da/virksomheder/landbrug/ at 360 px: the timeline has no ${role} for screen readers`);
}
await timeline.close();

// The Arabic package page, mirrored.
const ar = await browser.newPage({ viewport: { width: 1024, height: 900 } });
await ar.goto(`${base}/ar/pakker/landbrug/`);
const layout = await ar.evaluate(() => {
  const box = (el) => el.getBoundingClientRect();
  const nav = [...document.querySelectorAll('.main-nav a')].map(box);
  const steps = [...document.querySelectorAll('.diagram rect.step')].map(box);
  return {
    dir: document.documentElement.dir,
    navFirst: nav[0].left, navLast: nav[nav.length - 1].left,
    brand: box(document.querySelector('.brand')).left,
    languages: box(document.querySelector('.languages')).left,
    stepFirst: steps[0].left, stepLast: steps[steps.length - 1].left,
  };
});
if (layout.dir !== 'rtl') failures.push(`/ar/pakker/landbrug/: dir is ${layout.dir}`);
if (!(layout.navFirst > layout.navLast)) failures.push('/ar/pakker/landbrug/: the first menu item is not to the right of the last');
if (!(layout.brand > layout.languages)) failures.push('/ar/pakker/landbrug/: the site name is not on the right');
if (!(layout.stepFirst > layout.stepLast)) failures.push('/ar/pakker/landbrug/: the diagram does not start on the right');
fs.mkdirSync(shots, { recursive: true });
await ar.screenshot({ path: path.join(shots, 'ar-package.png') });
const da = await browser.newPage({ viewport: { width: 1024, height: 900 } });
await da.goto(`${base}/da/pakker/landbrug/`);
await da.screenshot({ path: path.join(shots, 'da-package.png') });

await browser.close();
server.close();
console.log(`words broken on phones (320-412 px): ${broken}`);
console.log(`browser checks: ${all.length} pages, axe-core ${JSON.parse(fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/package.json'))).version}, screenshots in ${shots}`);
if (failures.length) {
  console.error(failures.join('\n'));
  console.error(`${failures.length} failure(s)`);
  process.exit(1);
}
console.log('no violations');
