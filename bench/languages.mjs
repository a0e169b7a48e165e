// What the story's languages cost the first load: this story's build (dist/) against a copy of it told in
// its original language alone, built the same way. The target (issue "One engine, any story"): at most 6 KB
// gzip more, since the texts of the languages not being read stay out of the first load.
// Usage: make bench-languages   (after `make dist`; builds into bench/out/, never touching dist/)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(repo, process.env.STORY_DATA ?? 'data');
const out = join(repo, 'bench', 'out');
const TARGET_KB = 6;

const article = JSON.parse(readFileSync(join(data, 'article.json'), 'utf8'));
const original = article.original ?? article.languages[0];
const isText = (v) => v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0
  && Object.entries(v).every(([k, s]) => article.languages.includes(k) && typeof s === 'string');
// Every text keeps its original only.
const alone = (v) => {
  if (isText(v)) return { [original]: v[original] };
  if (Array.isArray(v)) return v.map(alone);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, alone(x)]));
  return v;
};
const copy = join(out, 'stories', 'original-alone');
mkdirSync(copy, { recursive: true });
for (const file of ['article.json', 'entities.json', 'events.json']) {
  const json = alone(JSON.parse(readFileSync(join(data, file), 'utf8')));
  if (file === 'article.json') Object.assign(json, { languages: [original], original });
  writeFileSync(join(copy, file), JSON.stringify(json, null, 1));
}
const dist = join(out, 'dist-original-alone');
console.error(`[languages] building the story in ${original} alone into ${dist}`);
execFileSync('trunk', ['build', '--release', '--dist', dist], {
  cwd: repo, stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, STORY_DATA: copy, CARGO_TARGET_DIR: join(repo, 'target', 'bench') },
});

/** The first load (gzip KB) of a build, as tests/size.mjs counts it. */
const firstLoad = (dir) => {
  const table = execFileSync('node', [join(repo, 'tests', 'size.mjs'), dir]).toString();
  const row = table.split('\n').find((line) => line.startsWith('| **first load**'));
  return Number(row.split('|')[3].replace(/[^0-9.]/g, ''));
};
const all = firstLoad(join(repo, 'dist'));
const one = firstLoad(dist);
const more = all - one;
console.log(`| build | languages | first load, gzip |\n|---|---|---:|`);
console.log(`| dist/ | ${article.languages.join(', ')} | ${all.toFixed(1)} KB |`);
console.log(`| the same story in ${original} alone | ${original} | ${one.toFixed(1)} KB |`);
console.log(`\n${article.languages.length} languages cost ${more.toFixed(1)} KB gzip more than one: ${more <= TARGET_KB ? 'PASS' : 'MISS'} (target ≤ ${TARGET_KB} KB)`);
