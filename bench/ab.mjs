// Start-up of two builds of our page, side by side: loads alternate between them, each in a fresh browser
// context, with the benchmark's probe (bench/measure.mjs); prints the medians of first contentful paint,
// time to interactive (the first next that works) and the full app (taken over), and the differences. For judging one change: build before and after into two folders.
// Usage: node bench/ab.mjs <distA> <distB> [loads per build, 30] [path, /en/]
import { launch, median, OURS, run, serve, waitForServer } from './measure.mjs';

const [a, b, loads = '30', path = '/en/'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/ab.mjs <distA> <distB> [loads] [path]');
  process.exit(2);
}
const builds = [a, b].map((dist, i) => ({ dist, url: `http://127.0.0.1:${4390 + i}${path}`, server: serve(dist, 4390 + i) }));
process.on('exit', () => builds.forEach((x) => x.server.kill()));
for (const { url } of builds) await waitForServer(url);
const browser = await launch();
const results = builds.map(() => []);
for (let i = 0; i < Number(loads); i++) {
  // A, B, then B, A: neither build always goes first.
  for (const k of i % 2 ? [1, 0] : [0, 1]) results[k].push(await run(browser, { url: builds[k].url, ...OURS }, { steps: 0, timeout: 60_000 }));
}
await browser.close();
const fmt = (ms) => (ms === null ? 'n/a' : `${ms.toFixed(0)} ms`);
const medians = results.map((r) => ({ fcp: median(r.map((x) => x.fcp)), tti: median(r.map((x) => x.tti)), app: median(r.map((x) => x.app)) }));
builds.forEach(({ dist }, k) => console.log(`${dist}: FCP ${fmt(medians[k].fcp)}, interactive ${fmt(medians[k].tti)}, full app ${fmt(medians[k].app)} (median of ${loads})`));
const diff = (key) => (medians[0][key] === null || medians[1][key] === null ? null : medians[1][key] - medians[0][key]);
console.log(`B − A: FCP ${fmt(diff('fcp'))}, interactive ${fmt(diff('tti'))}, full app ${fmt(diff('app'))}`);
process.exit(0);
