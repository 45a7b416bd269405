// Checks for readers that the automatic tools do not see (issue 20), used
// by check.mjs: the pathway drawing on a phone, large text (the browser's
// text-size setting at 200 %), forced colours (Windows contrast themes),
// the site's icon and what a printed page shows of its PDF links.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { decodePng, standOut } from './pixels.mjs';

/** A page whose text is `scale` times the browser's default size, as the
 * reader's text-size setting makes it (16 px → 32 px at 2). */
export async function textSized(browser, viewport, scale) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  if (scale !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * scale, fixed: 13 * scale } });
  }
  return page;
}

/** Run in the page: text that sticks out of its box sideways (hidden
 * headings, clipped on purpose, are left out). */
export function spilledText() {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.data.trim()) continue;
    let box = node.parentElement;
    if (!box || box.closest('svg, script, style, [hidden]')) continue;
    let clipped = false;
    for (let e = box; e; e = e.parentElement) if (getComputedStyle(e).clipPath !== 'none') clipped = true;
    if (clipped) continue;
    while (box.parentElement && getComputedStyle(box).display.startsWith('inline')) box = box.parentElement;
    const outer = box.getBoundingClientRect();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width > 0 && (r.right > outer.right + 1 || r.left < outer.left - 1)) {
        out.push(node.data.trim().slice(0, 30));
        break;
      }
    }
  }
  return out;
}

/** Run in the page: what a reader gets of the pathway drawing. */
export function diagramFacts() {
  const drawing = document.querySelector('.diagram');
  if (!drawing) return null;
  const width = document.documentElement.clientWidth;
  // Every step box, drawn on the screen (the old SVG drew rect.step).
  const boxes = [...drawing.querySelectorAll('.diagram-box, rect.step')].map((el) => el.getBoundingClientRect());
  const offScreen = boxes.filter((b) => b.left < -1 || b.right > width + 1).length;
  // The size the text is drawn at: its font size, times the scale of an SVG.
  const sizes = [];
  const walker = document.createTreeWalker(drawing, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.data.trim() || node.parentElement.closest('title, desc')) continue;
    const el = node.parentElement;
    const scale = el instanceof SVGElement ? el.getScreenCTM().a : 1;
    sizes.push(parseFloat(getComputedStyle(el).fontSize) * Math.abs(scale));
  }
  // The names of the steps, as the page lists them after the drawing.
  const names = [...document.querySelectorAll('.steps .step-item h3, .timeline th[scope="row"]')]
    .map((h) => (h.firstChild?.textContent ?? '').replace(/^\d+\.\s*/, '').trim())
    .filter(Boolean);
  // What a screen reader says for the drawing: its name (aria-labelledby or
  // aria-label) and description.
  const ids = (drawing.getAttribute('aria-labelledby') ?? '') + ' ' + (drawing.getAttribute('aria-describedby') ?? '');
  const spoken = [drawing.getAttribute('aria-label') ?? '',
    ...ids.split(/\s+/).filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? '')].join(' ');
  const repeated = names.filter((n) => spoken.includes(n));
  return { steps: boxes.length, offScreen, smallest: Math.min(...sizes), repeated };
}

/** What is wrong with the pathway drawing at 360 px, from its facts at
 * normal and at 200 % text size: every step on the screen, text of at
 * least 12 px that grows with the reader's text size, the steps read once. */
export function diagramProblems(url, normal, large) {
  const problems = [];
  if (normal.offScreen) problems.push(`${url} at 360 px: ${normal.offScreen} of ${normal.steps} steps of the pathway drawing are off the screen`);
  if (large.offScreen) problems.push(`${url} at 360 px and 200 % text: ${large.offScreen} of ${large.steps} steps of the pathway drawing are off the screen`);
  if (normal.smallest < 12) problems.push(`${url} at 360 px: the pathway drawing has text of ${normal.smallest.toFixed(1)} px (at least 12)`);
  if (large.smallest < 1.9 * normal.smallest) problems.push(`${url} at 360 px: the drawing's smallest text is ${normal.smallest.toFixed(1)} px, and ${large.smallest.toFixed(1)} px at 200 % text: it does not follow the text size`);
  if (normal.repeated.length) problems.push(`${url}: screen readers hear the steps twice: the drawing's name repeats ${normal.repeated.slice(0, 2).join(', ')}…`);
  return problems;
}

/** The header at 360 × 740 px may take a fifth of the screen, and half of
 * it at 200 % text size: the page's own content starts on the first screen. */
export const HEADER_SHARE = { 1: 0.2, 2: 0.5 };

/** Run in the page: what must stay visible under forced colours, with
 * where on the (full-page) screenshot to look and what to look for. */
export function forcedMarks() {
  const at = (el, inset = 0) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + scrollX + inset, y: r.top + scrollY + inset, width: r.width - 2 * inset, height: r.height - 2 * inset };
  };
  const centre = (el, size) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + scrollX + r.width / 2 - size / 2, y: r.top + scrollY + r.height / 2 - size / 2, width: size, height: size };
  };
  const marks = [];
  // Filled: most of the inside stands out from the background.
  for (const el of document.querySelectorAll('.bar')) if (el.getBoundingClientRect().width > 6) marks.push({ kind: 'job bar', rect: at(el, 2), filled: true });
  for (const el of document.querySelectorAll('.dot.on')) marks.push({ kind: 'reached level', rect: centre(el, 4), filled: true });
  for (const el of document.querySelectorAll('.diagram-gate, .diagram polygon.gate')) marks.push({ kind: 'measurement diamond', rect: centre(el, 3), filled: true });
  // Drawn: some of the pixels stand out (a line, a border, text).
  for (const el of document.querySelectorAll('.diagram-arrow, .diagram .arrow, .diagram .arrow-head')) {
    const r = at(el, 0);
    marks.push({ kind: 'arrow', rect: { x: r.x - 2, y: r.y - 2, width: r.width + 4, height: r.height + 4 }, filled: false });
  }
  for (const el of document.querySelectorAll('.diagram-box, .diagram rect.step')) {
    const r = at(el, 0);
    marks.push({ kind: 'step border', rect: { x: r.x + r.width / 4, y: r.y - 1, width: r.width / 2, height: 4 }, filled: false });
  }
  for (const el of document.querySelectorAll('.diagram-legend, .diagram .legend')) marks.push({ kind: 'legend', rect: at(el, 0), filled: false });
  const probe = document.createElement('div');
  probe.style.cssText = 'forced-color-adjust: none; background-color: Canvas';
  document.body.append(probe);
  const canvas = getComputedStyle(probe).backgroundColor.match(/\d+/g).slice(0, 3).map(Number);
  probe.remove();
  return { marks, canvas };
}

/** Under forced colours (light and dark), every bar, reached level and part
 * of the drawing has pixels that stand out from the background (3:1). */
export async function checkForcedColours(browser, base, urls, failures) {
  let seen = 0, visible = 0;
  for (const colorScheme of ['dark', 'light']) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.emulateMedia({ forcedColors: 'active', colorScheme });
    for (const url of urls) {
      await page.goto(base + url);
      // Marks inside a disclosure (the scale under the targets) are checked
      // as a reader sees them: opened.
      await page.evaluate(openDisclosures);
      const { marks, canvas } = await page.evaluate(forcedMarks);
      if (!marks.length) continue;
      const image = decodePng(await page.screenshot({ fullPage: true }));
      const lost = {};
      for (const mark of marks) {
        seen++;
        const { count, total } = standOut(image, mark.rect, canvas, 3);
        const ok = mark.filled ? total > 0 && count >= 0.8 * total : count >= 6;
        if (ok) visible++;
        else lost[mark.kind] = (lost[mark.kind] ?? 0) + 1;
      }
      for (const [kind, n] of Object.entries(lost)) failures.push(`${url} in forced colours (${colorScheme}): ${n} ${kind}(s) do not stand out from the background`);
    }
    await context.close();
  }
  return { seen, visible };
}

/** Run in the page: opens every disclosure but the menu, so checks see
 * what a reader sees after tapping each question, step and list. */
export function openDisclosures() {
  for (const d of document.querySelectorAll('main details')) d.open = true;
}

/** Every page names an icon that is in the site; the icon and
 * /favicon.ico are images the browser can draw. */
export async function checkIcons(browser, base, root, urls, failures) {
  for (const url of urls.filter((u) => u !== '/404.html')) {
    const html = fs.readFileSync(path.join(root, url), 'utf8');
    const links = [...html.matchAll(/<link rel="icon" href="([^"]+)"/g)].map((m) => new URL(m[1], `http://x${url}`).pathname);
    if (!links.length) failures.push(`${url}: the page names no icon`);
    for (const link of links) {
      if (!fs.existsSync(path.join(root, decodeURIComponent(link)))) failures.push(`${url}: its icon ${link} is not in the site`);
    }
  }
  const page = await browser.newPage();
  await page.goto(base + '/');
  for (const icon of ['/favicon.ico', '/assets/favicon.svg']) {
    const width = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      try { await img.decode(); } catch { return 0; }
      return img.naturalWidth;
    }, base + icon);
    if (!(width >= 16)) failures.push(`${icon}: not an image the browser can draw`);
  }
  await page.close();
}

/** A printed page shows the full address of each PDF it links to. */
export async function checkPrint(browser, base, urls, failures) {
  const page = await browser.newPage();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'print-'));
  for (const url of urls) {
    await page.goto(base + url);
    const links = await page.evaluate(() => [...document.querySelectorAll('main a[type="application/pdf"]')].map((a) => a.getAttribute('href').split('/').pop()));
    const pdf = path.join(dir, 'page.pdf');
    fs.writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    // A long address wraps, and pdftotext drops a hyphen at the end of a line.
    const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/[\s-]+/g, '');
    // (pdftotext may put the brackets around an address in an Arabic line elsewhere.)
    const missing = links.filter((name) => !new RegExp(`https?://[^()]*${name.replace(/-/g, '').replace(/\./g, '\\.')}`).test(text));
    if (!links.length) failures.push(`${url}: no PDF links to check in print`);
    if (missing.length) failures.push(`${url} printed: ${missing.length} of ${links.length} PDF links show no address, e.g. ${missing[0]}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  await page.close();
}

