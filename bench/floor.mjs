// The framework's floor: builds bench/floor (the smallest Yew 0.23 app that hydrates) with our release
// profile, wasm-bindgen and wasm-opt -Oz as Trunk does, and prints its first-load bytes (wasm + JS glue).
// What is left of a first-load budget after it is what our views, data, HTML and CSS may use.
// Usage: make bundle (which runs this after the bundle table), or node bench/floor.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const target = join(process.cwd(), 'target', 'floor');
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], ...opts });
run('cargo', ['build', '--quiet', '--release', '--offline', '--target', 'wasm32-unknown-unknown'],
  { cwd: 'bench/floor', env: { ...process.env, CARGO_TARGET_DIR: target } });
const dir = mkdtempSync(join(tmpdir(), 'floor-'));
run('wasm-bindgen', [join(target, 'wasm32-unknown-unknown/release/floor.wasm'), '--out-dir', dir, '--target', 'web']);
run('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-sign-ext', '--enable-mutable-globals',
  '--enable-nontrapping-float-to-int', join(dir, 'floor_bg.wasm'), '-o', join(dir, 'opt.wasm')]);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const size = (file) => { const body = readFileSync(join(dir, file)); return [body.length, gzipSync(body, { level: 9 }).length]; };
const [wasmRaw, wasmGzip] = size('opt.wasm');
const [jsRaw, jsGzip] = size('floor.js');
console.log(`\nFloor: the smallest Yew 0.23 app that hydrates (bench/floor): wasm ${kb(wasmRaw)} raw / ${kb(wasmGzip)} gzip, `
  + `JS glue ${kb(jsRaw)} / ${kb(jsGzip)}; first load without HTML and CSS ${kb(wasmGzip + jsGzip)} gzip.`);
