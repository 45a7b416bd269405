// The hostile site in the browser, run by scripts/test on the output of
// `pathways synthetic --hostile` (every text carries a script or markup
// payload that would set window.__pwned, some a very long word):
//  1. nothing runs: no dialog, window.__pwned is never set, no element has
//     an event-handler attribute, no script, iframe or object element;
//  2. nothing overflows a 360 px phone screen: the page is not wider, and
//     no text sticks out of the screen (only the diagram may scroll).
// Usage: node hostile.mjs SITE_DIR [SCREENSHOT_DIR]. Exits 1 on any failure.
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, pages } from './browser.mjs';

const root = path.resolve(process.argv[2]);
const shots = path.resolve(process.argv[3] ?? '../../target/screenshots');
const server = await serve(root);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
const failures = [];
const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
phone.on('dialog', async (dialog) => {
  failures.push(`${phone.url()}: a ${dialog.type()} dialog opened: ${dialog.message()}`);
  await dialog.dismiss();
});

const all = pages(root);
for (const url of all) {
  await phone.goto(base + url, { waitUntil: 'load' });
  // Give timers and lazy handlers a moment, then move over and focus every link.
  await phone.mouse.move(180, 300);
  await phone.keyboard.press('Tab');
  await phone.waitForTimeout(20);
  const found = await phone.evaluate(() => {
    const problems = [];
    if (window.__pwned !== undefined) problems.push(`window.__pwned is ${window.__pwned}`);
    for (const el of document.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'img'].includes(tag)) problems.push(`a <${tag}> element`);
      for (const attr of el.getAttributeNames()) {
        if (attr.startsWith('on') || attr === 'srcdoc') problems.push(`<${tag} ${attr}>`);
      }
      const href = el.getAttribute('href') ?? '';
      if (/^\s*javascript:/i.test(href)) problems.push(`<${tag} href="${href}">`);
    }
    if (document.documentElement.scrollWidth > 360) {
      problems.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    }
    // Text outside the screen, unless it is in a box that scrolls.
    const scrolls = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const o = getComputedStyle(e).overflowX;
        if (o === 'auto' || o === 'scroll') return true;
      }
      return false;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.trim() || scrolls(node.parentElement)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width > 0 && (r.right > 361 || r.left < -1)) {
          problems.push(`text outside the screen (${Math.round(r.left)}–${Math.round(r.right)} px): "${node.textContent.trim().slice(0, 40)}…"`);
          break;
        }
      }
    }
    return [...new Set(problems)].slice(0, 5);
  });
  for (const problem of found) failures.push(`${url}: ${problem}`);
}
fs.mkdirSync(shots, { recursive: true });
for (const lang of ['da', 'ar']) {
  const first = all.find((u) => u.startsWith(`/${lang}/pakker/`) && u.endsWith('index.html'));
  await phone.goto(base + first);
  await phone.screenshot({ path: path.join(shots, `hostile-${lang}-phone.png`) });
}

await browser.close();
server.close();
console.log(`hostile site: ${all.length} pages at 360 px, screenshots in ${shots}`);
if (failures.length) {
  console.error(failures.slice(0, 40).join('\n'));
  console.error(`${failures.length} failure(s)`);
  process.exit(1);
}
console.log('nothing ran, nothing overflowed');
