// The release wasm's last two steps as Trunk runs them (wasm-bindgen for the web, then wasm-opt -Oz with the
// same features), for the scripts that measure a wasm outside Trunk: bench/bundle.mjs and bench/floor.mjs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Binds and optimizes `input` (a cargo wasm) into a new temporary folder; `keepNames` keeps function names
 * (wasm-opt -g) for twiggy. Returns the paths of the optimized wasm and the JS glue. */
export function bindAndOptimize(input, { keepNames = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'wasm-'));
  const name = basename(input, '.wasm');
  const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  run('wasm-bindgen', [input, '--out-dir', dir, '--target', 'web']);
  const wasm = join(dir, 'optimized.wasm');
  run('wasm-opt', ['-Oz', ...(keepNames ? ['-g'] : []), '--enable-bulk-memory', '--enable-sign-ext',
    '--enable-mutable-globals', '--enable-nontrapping-float-to-int', join(dir, `${name}_bg.wasm`), '-o', wasm]);
  return { wasm, js: join(dir, `${name}.js`) };
}
