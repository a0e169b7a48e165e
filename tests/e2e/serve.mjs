// A small static file server for the release build and the host fixtures, on 127.0.0.1 only.
// Usage: node serve.mjs <root> <port> [/prefix=dir …] [--gzip]. Serves index.html for directories; 404 for
// anything missing. Each /prefix=dir serves dir under /prefix (the host fixtures get pym.js this way). With
// --gzip, text and wasm go gzipped (level 9, cached) to clients that accept it, as static hosts send them.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = process.argv.includes('--gzip');
const [rootArg, portArg, ...mountArgs] = process.argv.slice(2).filter((a) => a !== '--gzip');
const root = resolve(rootArg ?? '../../dist');
const port = Number(portArg ?? 4173);
const mounts = mountArgs.map((m) => m.split('=')).map(([prefix, dir]) => [prefix, resolve(dir)]);
const gzipped = new Map();
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

createServer(async (req, res) => {
  try {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const [prefix, base] = mounts.find(([p]) => path.startsWith(p + '/')) ?? ['', root];
    let file = normalize(join(base, path.slice(prefix.length)));
    if (!file.startsWith(base)) throw new Error('outside the root');
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    let body = await readFile(file);
    const type = types[extname(file)] ?? 'application/octet-stream';
    const compress = gzip && /text|json|javascript|wasm|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (compress) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
      body = gzipped.get(file);
    }
    // Like GitHub Pages and most static hosts: a sandboxed frame (an opaque origin) needs CORS for the
    // module script and the wasm.
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
      ...(gzip ? { vary: 'accept-encoding' } : {}),
      ...(compress ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
