// node shot.mjs SITE_DIR URL_PATH OUT.png [width]: a screenshot of one page, for looking at.
import path from 'node:path';
import { serve, launch } from './browser.mjs';
const [root, urlPath, out, width] = process.argv.slice(2);
const server = await serve(path.resolve(root));
const browser = await launch();
const page = await browser.newPage({ viewport: { width: Number(width ?? 1000), height: 900 } });
await page.goto(`http://127.0.0.1:${server.address().port}${urlPath}`);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
server.close();
