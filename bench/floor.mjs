// The framework's floor: builds bench/floor (the smallest Yew 0.23 app, rendered as ours is) with our release
// profile, wasm-bindgen and wasm-opt -Oz as Trunk does, and prints its first-load bytes (wasm + JS glue).
// What is left of a first-load budget after it is what our views, data, HTML and CSS may use.
// Usage: make bundle (which runs this after the bundle table), or node bench/floor.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bindAndOptimize } from './wasm.mjs';

const target = join(process.cwd(), 'target', 'floor');
execFileSync('cargo', ['build', '--quiet', '--release', '--offline', '--target', 'wasm32-unknown-unknown'],
  { cwd: 'bench/floor', env: { ...process.env, CARGO_TARGET_DIR: target }, stdio: ['ignore', 'ignore', 'inherit'] });
const { wasm, js } = bindAndOptimize(join(target, 'wasm32-unknown-unknown/release/floor.wasm'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const size = (file) => { const body = readFileSync(file); return [body.length, gzipSync(body, { level: 9 }).length]; };
const [wasmRaw, wasmGzip] = size(wasm);
const [jsRaw, jsGzip] = size(js);
console.log(`\nFloor: the smallest Yew 0.23 app, rendered as ours is (bench/floor): wasm ${kb(wasmRaw)} raw / ${kb(wasmGzip)} gzip, `
  + `JS glue (not minified) ${kb(jsRaw)} / ${kb(jsGzip)}; first load without HTML and CSS ${kb(wasmGzip + jsGzip)} gzip.`);
