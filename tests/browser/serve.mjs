// `pathways serve` in a real browser, run by scripts/test:
//  1. a saved change reloads the open tab by itself (no reload by the test);
//  2. a YAML mistake shows the overlay with file and line, over the last good
//     page; axe-core (WCAG 2.1 A and AA) finds nothing wrong with the overlay;
//  3. fixing the file removes the overlay; Ctrl-C stops the server cleanly.
// Usage: node serve.mjs PATHWAYS_BINARY SITE_DIR [SCREENSHOT_DIR]
// SITE_DIR is a copy of a site that this script edits.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { launch } from './browser.mjs';

const [binary, site] = process.argv.slice(2, 4).map((p) => path.resolve(p));
const shots = path.resolve(process.argv[4] ?? '../../target/screenshots');
const file = path.join(site, 'content/packages/landbrug.yaml');
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const failures = [];
const edit = (from, to) => {
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  fs.writeFileSync(file, text.replace(from, to));
};

const server = spawn(binary, ['serve', '--port', '0', '--root', site], {
  stdio: ['ignore', 'pipe', 'inherit'],
  // The users' language: the overlay must speak Danish to them.
  env: { ...process.env, PATHWAYS_LANG: 'da' },
});
const url = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const found = out.match(/http:\/\/\S+/);
    if (found) resolve(found[0]);
  });
  server.on('exit', (code) => reject(new Error(`pathways serve exited with ${code}`)));
});

const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
let loads = 0;
page.on('load', () => loads++);
await page.goto(`${url}en/pakker/landbrug/`);
const h1 = () => page.locator('h1').first().textContent();

// 1. A change reloads the tab.
edit('  en: "Agriculture"', '  en: "Farming"');
try {
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Farming', null, { timeout: 5000 });
} catch {
  failures.push(`the open tab did not show the new title by itself (h1: ${await h1()})`);
}
if (loads < 2) failures.push('the tab was not reloaded');

// 2. A mistake: the overlay over the last good page.
edit('order: 1', 'order: [1');
const overlay = page.locator('#pathways-error');
try {
  await overlay.waitFor({ state: 'visible', timeout: 5000 });
  const text = await overlay.textContent();
  if (!text.includes('content/packages/landbrug.yaml:4:8')) failures.push(`the overlay does not name file and line:\n${text}`);
  if (!text.includes('hjælp:')) failures.push('the overlay does not say, in Danish, how to fix it');
  if ((await h1()) !== 'Farming') failures.push('the last good page is not shown under the overlay');
  if ((await overlay.getAttribute('role')) !== 'alert') failures.push('the overlay is not announced (role=alert)');
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() =>
    axe.run('#pathways-error', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  for (const v of result.violations) failures.push(`overlay: axe ${v.id} (${v.impact}): ${v.help}`);
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'serve-error-overlay.png') });
} catch (e) {
  failures.push(`no error overlay appeared: ${e.message}`);
}

// 3. The fix removes it.
edit('order: [1', 'order: 1');
try {
  await overlay.waitFor({ state: 'detached', timeout: 5000 });
} catch {
  failures.push('the overlay stayed after the file was fixed');
}

await browser.close();
server.kill('SIGINT');
const code = await new Promise((resolve) => server.on('exit', (c) => resolve(c)));
if (code !== 0) failures.push(`pathways serve exited with ${code} on Ctrl-C`);
console.log(`serve checks: live reload, error overlay, recovery, Ctrl-C; screenshot ${path.join(shots, 'serve-error-overlay.png')}`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('serve: no failures');
