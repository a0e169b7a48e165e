// What the wasm bundle holds, by owner: rebuilds the release wasm's final form with its function names kept
// (wasm-bindgen, then wasm-opt -Oz -g as Trunk does, but keeping names), asks twiggy for every item's size,
// and sums them by crate (and our views by component).
// Usage: make bundle   (after make dist; needs twiggy: cargo install twiggy)
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bindAndOptimize } from './wasm.mjs';

const input = 'target/wasm32-unknown-unknown/release/app.wasm';
const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
const { wasm: named } = bindAndOptimize(input, { keepNames: true });
const csv = run('twiggy', ['top', '-n', '1000000', '--format', 'csv', named]).trim().split('\n').slice(1);

// The owner of an item, from its (demangled) name; the first rule that matches wins.
const rules = [
  [/^data\[|data segment/, 'data: interface strings, class names, the story\'s structure (not its texts), tables'],
  [/CompStateInner<COMP>|FunctionProvider|explainer::components/, 'our views (yew components, their render code)'],
  [/explainer::|^app::/, 'our model, state, i18n, embed, browser glue'],
  [/yew/, 'yew (virtual DOM, scheduler)'],
  [/wasm_bindgen|js_sys|__wbindgen|__wbg|web_sys|gloo/, 'wasm-bindgen, js-sys, web-sys, gloo'],
  [/fmt/, 'core::fmt (formatting)'],
  [/hashbrown|indexmap/, 'hashbrown, indexmap (yew\'s maps)'],
  [/talc|alloc/, 'alloc, talc'],
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

// The data segments, split into text (runs of at least 4 printable ASCII or UTF-8 characters: the story, the
// interface strings, class names, messages) and the rest (tables, pointers, lengths), each gzipped alone.
function dataSegments(file) {
  const wasm = readFileSync(file);
  let at = 8;
  const leb = () => { let n = 0, shift = 0, byte; do { byte = wasm[at++]; n += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80); return n; };
  const segments = [];
  while (at < wasm.length) {
    const id = wasm[at++], size = leb(), end = at + size;
    if (id === 11) {
      for (let count = leb(); count > 0; count--) {
        const flags = leb();
        if (flags !== 1) { if (flags === 2) leb(); at++; leb(); at++; } // the offset: i32.const or global.get n, end
        const length = leb();
        segments.push(wasm.subarray(at, at + length));
        at += length;
      }
    }
    at = end;
  }
  return Buffer.concat(segments);
}
const data = dataSegments(named);
const text = [], rest = [];
let chars = [];
const flush = () => { (chars.length >= 4 ? text : rest).push(...chars); chars = []; };
for (let i = 0; i < data.length;) {
  const b = data[i];
  const width = b >= 0x20 && b < 0x7f ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
  const bytes = data.subarray(i, i + Math.max(width, 1));
  const valid = width > 0 && [...bytes.subarray(1)].every((c) => (c & 0xc0) === 0x80) && bytes.length === width;
  if (valid) chars.push(bytes); else { flush(); rest.push(bytes); }
  i += valid ? width : 1;
}
flush();
const part = (chunks) => { const b = Buffer.concat(chunks); return `${kb(b.length)} raw, ${kb(gzipSync(b, { level: 9 }).length)} gzip`; };
console.log(`\nData segments: text ${part(text)}; tables and the rest ${part(rest)}.`);
