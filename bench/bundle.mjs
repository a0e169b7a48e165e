// What the wasm bundle holds, by owner: rebuilds the release wasm's final form with its function names kept
// (wasm-bindgen, then wasm-opt -Oz -g as Trunk does, but keeping names), asks twiggy for every item's size,
// and sums them by crate (and our views by component).
// Usage: make bundle   (after make dist; needs twiggy: cargo install twiggy)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const input = 'target/wasm32-unknown-unknown/release/app.wasm';
const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
run('wasm-bindgen', [input, '--out-dir', dir, '--target', 'web']);
const named = join(dir, 'named.wasm');
run('wasm-opt', ['-Oz', '-g', '--enable-bulk-memory', '--enable-sign-ext', '--enable-mutable-globals',
  '--enable-nontrapping-float-to-int', join(dir, 'app_bg.wasm'), '-o', named]);
const csv = run('twiggy', ['top', '-n', '1000000', '--format', 'csv', named]).trim().split('\n').slice(1);

// The owner of an item, from its (demangled) name; the first rule that matches wins.
const rules = [
  [/^data\[|data segment/, 'data: the story\'s text in three languages, interface strings, tables'],
  [/CompStateInner<COMP>|FunctionProvider|explainer::components/, 'our views (yew components, their render code)'],
  [/explainer::|^app::/, 'our model, state, i18n, embed, browser glue'],
  [/yew/, 'yew (virtual DOM, hydration, scheduler)'],
  [/wasm_bindgen|js_sys|__wbindgen|__wbg|web_sys|gloo/, 'wasm-bindgen, js-sys, web-sys, gloo'],
  [/fmt/, 'core::fmt (formatting)'],
  [/hashbrown|indexmap/, 'hashbrown, indexmap (yew\'s maps)'],
  [/dlmalloc|alloc/, 'alloc, dlmalloc'],
  [/core|std/, 'core, std'],
];
const totals = new Map();
const views = new Map();
let all = 0;
for (const line of csv) {
  const match = line.match(/^"?(.*?)"?,(\d+),/);
  if (!match) continue;
  const [, name, bytes] = match;
  if (name.startsWith('custom section') || name.includes('subsection')) continue;
  const size = Number(bytes);
  all += size;
  const owner = rules.find(([re]) => re.test(name))?.[1] ?? 'other (unnamed)';
  totals.set(owner, (totals.get(owner) ?? 0) + size);
  const view = name.match(/explainer::components::[\w:]*?::([A-Z]\w+)(?: as|>)/);
  if (view) views.set(view[1], (views.get(view[1]) ?? 0) + size);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`Bundle: ${input}, names kept (${kb(statSync(named).size)}; the shipped file is smaller, without names)\n`);
console.log('| owner | raw | share |\n|---|---:|---:|');
for (const [owner, size] of [...totals].sort((a, b) => b[1] - a[1])) {
  console.log(`| ${owner} | ${kb(size)} | ${((100 * size) / all).toFixed(1)} % |`);
}
console.log(`| **all code and data** | **${kb(all)}** | |`);
console.log('\nLargest own code of our components:', [...views].sort((a, b) => b[1] - a[1]).slice(0, 8)
  .map(([v, s]) => `${v} ${kb(s)}`).join(', '));
