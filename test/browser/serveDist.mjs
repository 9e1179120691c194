// Serves the production build in dist/ for the browser tests: plain http on 127.0.0.1, files only.
//   node test/browser/serveDist.mjs <port>
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../../dist', import.meta.url)));
const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  console.error('Give the port to listen on: node test/browser/serveDist.mjs 4173');
  process.exit(2);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.css': 'text/css',
};

createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(root, path === '/' ? 'preview.html' : path));
  let isFile = false;
  try {
    isFile = file.startsWith(root) && statSync(file).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${path}`);
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} on http://127.0.0.1:${port}/`));
