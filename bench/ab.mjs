// Start-up of two builds of our page, side by side: loads alternate between them, each in a fresh browser
// context, with the benchmark's probe (bench/measure.mjs); prints the medians of first contentful paint and
// time to interactive, and the difference. For judging one change: build before and after into two folders.
// Usage: node bench/ab.mjs <distA> <distB> [loads per build, 30] [path, /en/]
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { launch, median, OURS, run } from './measure.mjs';

const [a, b, loads = '30', path = '/en/'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/ab.mjs <distA> <distB> [loads] [path]');
  process.exit(2);
}
const serve = join(import.meta.dirname, '../tests/e2e/serve.mjs');
const builds = [a, b].map((dist, i) => {
  const port = 4390 + i;
  return { dist, url: `http://127.0.0.1:${port}${path}`, server: spawn(process.execPath, [serve, dist, String(port)], { stdio: 'ignore' }) };
});
process.on('exit', () => builds.forEach((x) => x.server.kill()));
for (const { url } of builds) {
  for (let i = 0; !(await fetch(url).then((r) => r.ok, () => false)); i++) {
    if (i > 100) throw new Error(`no server at ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const browser = await launch();
const results = builds.map(() => []);
for (let i = 0; i < Number(loads); i++) {
  for (const [k, { url }] of builds.entries()) results[k].push(await run(browser, { url, ...OURS }, { steps: 0, timeout: 60_000 }));
}
await browser.close();
const fmt = (ms) => `${ms.toFixed(0)} ms`;
const medians = results.map((r) => ({ fcp: median(r.map((x) => x.fcp)), tti: median(r.map((x) => x.tti)) }));
builds.forEach(({ dist }, k) => console.log(`${dist}: FCP ${fmt(medians[k].fcp)}, interactive ${fmt(medians[k].tti)} (median of ${loads})`));
console.log(`B − A: FCP ${fmt(medians[1].fcp - medians[0].fcp)}, interactive ${fmt(medians[1].tti - medians[0].tti)}`);
process.exit(0);
