// The benchmark: our page against TimelineJS 3.9.11 on the same story, at several story sizes.
// Usage: make bench   (or, with the tools and bench/node_modules installed: node bench/bench.mjs)
//
// Environment (all optional):
//   BENCH_SIZES="10,100,1000,10000"  story sizes; 10 is our real story (data/, 12 events), others synthetic
//   BENCH_RUNS=5                     runs per page (medians are printed); runs alternate ours, TimelineJS…
//   BENCH_STEPS=100                  steps per run for the step latency
//   BENCH_LANG=en                    language of the page and of the TimelineJS text
//   BENCH_NETWORK=mobile             load over an emulated mobile network (bench/measure.mjs); files served gzipped
//   BENCH_REF=<git ref>              build that commit (git archive into bench/out/src) instead of the work tree
//   BENCH_SKIP_BUILD=1               reuse bench/out/dist-<N> from an earlier run
//   BENCH_TIMEOUT_MS=180000          per load / per step
//   BENCH_PORT=4320                  first of the local ports used
//
// For each size it generates the story (bench/gen-story.mjs → bench/out/stories/<N>), builds our page
// (`STORY_DATA=… CARGO_TARGET_DIR=target/bench trunk build --release --dist bench/out/dist-<N>`, never
// touching dist/ or the usual target dirs), converts the story to TimelineJS JSON (bench/to-timelinejs.mjs
// → bench/out/tljs-<N>/), serves everything on 127.0.0.1 (tests/e2e/serve.mjs), measures with
// bench/measure.mjs and writes the Markdown table to stdout and bench/out/results.md. Targets are reported
// PASS / MISS; a miss does not fail the command (these are figures, not tests). It exits non-zero only
// when nothing could be measured (our real story's build failed).
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { write as writeStory } from './gen-story.mjs';
import { convert } from './to-timelinejs.mjs';
import { launch, median, NETWORK_NAME, OURS, run, serve as startServer, waitForServer, weight } from './measure.mjs';

const bench = dirname(fileURLToPath(import.meta.url));
const repo = join(bench, '..');
const out = join(bench, 'out');
const env = process.env;
const sizes = (env.BENCH_SIZES ?? '10,100,1000,10000').split(',').map(Number);
const runs = Number(env.BENCH_RUNS ?? 5);
const steps = Number(env.BENCH_STEPS ?? 100);
const lang = env.BENCH_LANG ?? 'en';
const timeout = Number(env.BENCH_TIMEOUT_MS ?? 180_000);
const basePort = Number(env.BENCH_PORT ?? 4320);
const started = new Date();
const log = (...a) => console.error('[bench]', ...a);

mkdirSync(out, { recursive: true });

// ---- source and builds -------------------------------------------------------------------------------
let src = repo;
if (env.BENCH_REF) {
  src = join(out, 'src');
  rmSync(src, { recursive: true, force: true });
  mkdirSync(src);
  execFileSync('bash', ['-c', `git -C "${repo}" archive "${env.BENCH_REF}" | tar -x -C "${src}"`], { stdio: 'inherit' });
}
const revision = execFileSync('git', ['-C', repo, 'rev-parse', '--short', env.BENCH_REF ?? 'HEAD']).toString().trim()
  + (env.BENCH_REF ? '' : (execFileSync('git', ['-C', repo, 'status', '--porcelain', '--', 'src', 'data', 'styles', 'index.html', 'build.rs', 'Cargo.toml']).length ? ' + uncommitted changes' : ''));

function build(n, storyDir) {
  const dist = join(out, `dist-${n}`);
  const logFile = join(out, `build-${n}.log`);
  const revFile = `${dist}.rev`;
  if (env.BENCH_SKIP_BUILD && existsSync(join(dist, 'index.html'))) {
    return { ok: true, seconds: null, dist, rev: existsSync(revFile) ? readFileSync(revFile, 'utf8') : '?' };
  }
  log(`building our page for ${n} events (log: ${logFile})`);
  const t0 = Date.now();
  const childEnv = { ...env, CARGO_TARGET_DIR: join(repo, 'target', 'bench') };
  if (storyDir) childEnv.STORY_DATA = storyDir;
  else delete childEnv.STORY_DATA;
  return new Promise((resolve) => {
    const child = spawn('trunk', ['build', '--release', '--dist', dist], { cwd: src, env: childEnv });
    const file = createWriteStream(logFile);
    child.stdout.pipe(file);
    child.stderr.pipe(file);
    child.on('close', (code) => {
      const seconds = (Date.now() - t0) / 1000;
      log(`  ${code === 0 ? 'built' : `FAILED (exit ${code})`} in ${seconds.toFixed(0)} s`);
      if (code === 0) writeFileSync(revFile, revision);
      resolve({ ok: code === 0, seconds, dist, log: logFile, rev: revision });
    });
  });
}

// Trunk builds offline: fetch the crates first.
if (!env.BENCH_SKIP_BUILD) execFileSync('cargo', ['fetch', '--locked', '--quiet'], { cwd: src, stdio: 'inherit' });
const stories = [];
for (const n of sizes) {
  const storyDir = n === 10 ? null : writeStory(n, join(out, 'stories', String(n)));
  const ours = await build(n, storyDir);
  const tljs = join(out, `tljs-${n}`);
  mkdirSync(tljs, { recursive: true });
  copyFileSync(join(bench, 'timelinejs.html'), join(tljs, 'index.html'));
  const timeline = convert(storyDir ?? join(src, 'data'), lang);
  writeFileSync(join(tljs, 'timeline.json'), JSON.stringify(timeline));
  stories.push({ n, events: timeline.events.length, ours });
}
if (sizes.includes(10) && !stories.find((s) => s.n === 10).ours.ok) {
  log(`our real story did not build: see ${join(out, 'build-10.log')}${env.BENCH_REF ? '' : ' (BENCH_REF=HEAD builds the last commit instead of the work tree)'}`);
  process.exit(1);
}

// ---- servers -----------------------------------------------------------------------------------------
const servers = [];
function serve(root, port, mounts = {}) {
  servers.push(startServer(root, port, Object.entries(mounts).map(([prefix, dir]) => `${prefix}=${dir}`)));
  // The file served at a path, as serve.mjs finds it.
  const file = (pathname) => {
    const [prefix, base] = Object.entries(mounts).find(([p]) => pathname.startsWith(p + '/')) ?? ['', root];
    const path = join(base, decodeURIComponent(pathname).slice(prefix.length));
    return existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  };
  return { origin: `http://127.0.0.1:${port}`, file };
}
const stop = () => servers.forEach((s) => s.kill());
process.on('exit', stop);
const tljsServer = serve(out, basePort, { '/timelinejs': join(bench, 'node_modules/@knight-lab/timelinejs/dist') });
const TLJS_CARD = `() => document.querySelector('.tl-storyslider .tl-slide:not([inert])')?.id || null`;
const pages = [];
stories.forEach((s, i) => {
  const pageLang = lang === 'ko' ? '' : `${lang}/`;
  if (s.ours.ok) {
    const { origin, file } = serve(s.ours.dist, basePort + 1 + i);
    pages.push({ n: s.n, who: 'ours', url: `${origin}/${pageLang}`, file, ...OURS });
  }
  const { origin, file } = tljsServer;
  pages.push({ n: s.n, who: 'tljs', url: `${origin}/tljs-${s.n}/`, file, next: '.tl-slidenav-next', prev: '.tl-slidenav-previous', cardId: TLJS_CARD });
});
for (const p of pages) await waitForServer(p.url);

// ---- measurements ------------------------------------------------------------------------------------
const browser = await launch();
const chromiumVersion = browser.version();
const results = new Map(pages.map((p) => [p, { runs: [], errors: [] }]));
for (const p of pages) {
  log(`first load of ${p.who} ${p.n}`);
  try { results.get(p).weight = await weight(browser, p, { timeout }); } catch (e) { results.get(p).errors.push(`weight: ${e.message.split('\n')[0]}`); }
}
for (let r = 1; r <= runs; r++) {
  for (const p of pages) {
    log(`run ${r}/${runs}: ${p.who} ${p.n}`);
    const res = results.get(p);
    if (res.errors.some((e) => e.startsWith('run'))) continue; // a page that timed out once is not retried
    try { res.runs.push(await run(browser, p, { steps, timeout })); } catch (e) { res.errors.push(`run ${r}: ${e.message.split('\n')[0]}`); }
  }
}
await browser.close();

// ---- report ------------------------------------------------------------------------------------------
const fig = (p) => {
  const res = results.get(p);
  const rs = res.runs;
  const m = (f) => median(rs.map(f));
  return {
    gzip: res.weight?.total.gzip, fcp: m((x) => x.fcp), tti: m((x) => x.tti), app: m((x) => x.app),
    step: median(rs.flatMap((x) => x.steps.map((s) => s.painted))),
    update: median(rs.flatMap((x) => x.steps.map((s) => s.update))),
    heap: m((x) => x.jsHeap + x.wasm), jsHeap: m((x) => x.jsHeap), wasm: m((x) => x.wasm), elements: m((x) => x.elements),
    runs: rs.length, errors: res.errors,
  };
};
const f1 = (x, d = 1) => (x == null ? '—' : x.toFixed(d));
const kb = (b) => (b == null ? '—' : (b / 1024).toFixed(1));
const mb = (b) => (b == null ? '—' : (b / 1048576).toFixed(1));
const label = (s) => (s.n === 10 ? `10 (real story, ${s.events} events)` : s.n.toLocaleString('en'));
const page = (n, who) => pages.find((p) => p.n === n && p.who === who);
const figs = Object.fromEntries(stories.map((s) => [s.n, { ours: page(s.n, 'ours') && fig(page(s.n, 'ours')), tljs: fig(page(s.n, 'tljs')) }]));
const ratio = (a, b) => (a == null || b == null || b === 0 ? '—' : `${(a / b).toFixed(2)}×`);

const lines = [];
const say = (s = '') => lines.push(s);
say('# Benchmark: our explainer vs TimelineJS 3.9.11');
say();
say(`- command: \`${env.BENCH_COMMAND ?? 'node bench/bench.mjs'}\` with BENCH_SIZES=${sizes.join(',')} BENCH_RUNS=${runs} BENCH_STEPS=${steps} BENCH_LANG=${lang}${env.BENCH_NETWORK ? ` BENCH_NETWORK=${env.BENCH_NETWORK}` : ''}${env.BENCH_REF ? ` BENCH_REF=${env.BENCH_REF}` : ''}`);
say(`- our pages built from: ${[...new Set(stories.map((s) => s.ours.rev))].join(', ')}`);
say(`- machine: ${availableParallelism()} cores, Chromium ${chromiumVersion} headless, viewport 1280×800, ${NETWORK_NAME}`);
say(`- date: ${started.toISOString()}, took ${((Date.now() - started) / 60000).toFixed(1)} min`);
say();
say('Medians over runs (step: over all steps of all runs). Load gzip: every file the browser fetched on first load, gzip -9.');
say('Heap: JS heap after load and GC (CDP Runtime.getHeapUsage) plus, for ours, the wasm linear memory.');
say();
const cols = stories.flatMap((s) => [`${label(s)} ours`, `${label(s)} TimelineJS`]);
say(`| figure | ${cols.join(' | ')} |`);
say(`|---|${cols.map(() => '---:').join('|')}|`);
const row = (name, get) => say(`| ${name} | ${stories.flatMap((s) => [figs[s.n].ours, figs[s.n].tljs].map((x) => (x ? get(x) : 'build failed'))).join(' | ')} |`);
row('first load gzip KB', (x) => kb(x.gzip));
row('FCP ms', (x) => f1(x.fcp, 0));
row('TTI ms (first next that works)', (x) => f1(x.tti, 0));
row('full app ms (ours: taken over; TimelineJS: TTI)', (x) => f1(x.app, 0));
row('step median ms (to paint)', (x) => f1(x.step));
row('step median ms (to DOM change)', (x) => f1(x.update));
row('heap MB (JS + wasm)', (x) => mb(x.heap));
row('  of which wasm memory MB', (x) => mb(x.wasm));
row('DOM elements after load', (x) => f1(x.elements, 0));
row('runs completed', (x) => `${x.runs}/${runs}`);
say();
say('Ratios, ours / TimelineJS:');
say();
say(`| ratio | ${stories.map(label).join(' | ')} |`);
say(`|---|${stories.map(() => '---:').join('|')}|`);
for (const [name, key] of [['first load gzip', 'gzip'], ['FCP', 'fcp'], ['TTI', 'tti'], ['full app', 'app'], ['step', 'step'], ['heap', 'heap']]) {
  say(`| ${name} | ${stories.map((s) => ratio(figs[s.n].ours?.[key], figs[s.n].tljs[key])).join(' | ')} |`);
}
say();
say('Targets:');
say();
const verdict = (ok) => (ok == null ? 'n/a' : ok ? 'PASS' : 'MISS');
const targets = [];
for (const s of stories) {
  const { ours, tljs } = figs[s.n];
  const within = (a, b, k) => (a != null && b != null ? a <= k * b : null);
  const limit = env.BENCH_NETWORK ? 0.5 : 0.3;
  targets.push([`TTI ours ≤ ${limit} × TimelineJS at ${label(s)}`, within(ours?.tti, tljs.tti, limit), `${f1(ours?.tti, 0)} vs ${f1(tljs.tti, 0)} ms (${ratio(ours?.tti, tljs.tti)})`]);
  if (env.BENCH_NETWORK) targets.push([`FCP ours ≤ 0.4 × TimelineJS at ${label(s)}`, within(ours?.fcp, tljs.fcp, 0.4), `${f1(ours?.fcp, 0)} vs ${f1(tljs.fcp, 0)} ms (${ratio(ours?.fcp, tljs.fcp)})`]);
  targets.push([`full app ours ≤ 1.0 × TimelineJS's TTI at ${label(s)}`, within(ours?.app, tljs.tti, 1), `${f1(ours?.app, 0)} vs ${f1(tljs.tti, 0)} ms (${ratio(ours?.app, tljs.tti)})`]);
}
for (const n of [10, 10000].filter((n) => figs[n])) {
  targets.push([`step ≤ 16 ms at ${n.toLocaleString('en')} events (ours)`, figs[n].ours?.step != null ? figs[n].ours.step <= 16 : null, `${f1(figs[n].ours?.step)} ms`]);
}
if (figs[10] && figs[10000]) {
  const a = figs[10].ours?.gzip, b = figs[10000].ours?.gzip;
  targets.push(['our first load at 10,000 ≤ 4 × at 10', a != null && b != null ? b <= 4 * a : null, `${kb(b)} vs ${kb(a)} KB gzip (${ratio(b, a)})`]);
  const x = figs[10].ours?.app, y = figs[10000].ours?.app;
  targets.push(['our take-over at 10,000 ≤ 2 × at 10', x != null && y != null ? y <= 2 * x : null, `${f1(y, 0)} vs ${f1(x, 0)} ms (${ratio(y, x)})`]);
}
say('| target | result | measured |');
say('|---|---|---|');
for (const [name, ok, measured] of targets) say(`| ${name} | ${verdict(ok)} | ${measured} |`);
say();
say('## Build of our pages');
say();
say('| events | result | seconds | wasm raw | en page raw |');
say('|---|---|---:|---:|---:|');
for (const s of stories) {
  const w = page(s.n, 'ours') && results.get(page(s.n, 'ours')).weight;
  const file = (re) => w?.files.find((f) => re.test(f.url));
  say(`| ${label(s)} | ${s.ours.ok ? 'ok' : `failed: see ${s.ours.log}`} | ${f1(s.ours.seconds, 0)} | ${mb(file(/\.wasm$/)?.raw)} MB | ${mb(file(/\/$|\.html$/)?.raw)} MB |`);
}
say();
say('## First load, itemised (bytes the browser fetched)');
for (const p of pages) {
  const w = results.get(p).weight;
  say();
  say(`### ${p.who === 'ours' ? 'ours' : 'TimelineJS'}, ${p.n.toLocaleString('en')} events (${p.url})`);
  say();
  if (!w) { say('not measured'); continue; }
  say('| file | raw KB | gzip KB | brotli KB |');
  say('|---|---:|---:|---:|');
  for (const f of w.files) say(`| ${f.url} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  say(`| **total** | **${kb(w.total.raw)}** | **${kb(w.total.gzip)}** | **${kb(w.total.brotli)}** |`);
  if (w.external.length) say(`\nTried to reach the internet (blocked): ${w.external.join(', ')}`);
  if (w.failed.length) say(`\nNot found: ${w.failed.join(', ')}`);
}
const buildErrors = stories.filter((s) => !s.ours.ok).map((s) => {
  const errors = readFileSync(s.ours.log, 'utf8').split('\n').filter((l) => /error/i.test(l)).slice(0, 8);
  return `- ours ${s.n}: the build failed after ${f1(s.ours.seconds, 0)} s:\n${errors.map((l) => `  ${l.trim()}`).join('\n')}`;
});
const problems = buildErrors.concat(pages.flatMap((p) => [...results.get(p).errors, ...new Set(results.get(p).runs.flatMap((r) => r.errors))].map((e) => `- ${p.who} ${p.n}: ${e}`)));
if (problems.length) {
  say();
  say('## Problems');
  say();
  problems.forEach((l) => say(l));
}
const report = lines.join('\n') + '\n';
writeFileSync(join(out, 'results.md'), report);
process.stdout.write(report);
log(`written ${join(out, 'results.md')}`);
stop();
