// SwarmLoader e2e test server (browser-testing.md §5.4, §5.7). Started by the JUnit harness.
//
//   node test-server.mjs --port N --root <repo> --media <dir> --dist <dir> --pages <dir>
//                      [--shaka-dist <dir>] [--live-window W]
//
// Listens on 127.0.0.1 only. Routes (an optional leading "/ns/<token>" is stripped first, so one
// scenario can give its streams their own URLs, hence their own swarm IDs, over the same files):
//   /pages/*                    test pages and probe.js
//   /node_modules/*             the workspace's node_modules (hls.js, p2p-media-loader 2.3.1, players)
//   /player-recipes/*           player-recipes/ (how each player gets SwarmLoader)
//   /dist/*                     the SwarmLoader bundles (hlsjs-adapter/target/npm/dist)
//   /shaka-dist/*               the Shaka adapter's bundles (--shaka-dist, shaka-adapter/target/npm/dist)
//   /media/*                    generated test media, with Range, CORS, faults and throttling
//   /media/<dir>/master.m3u8?redirect=1
//                               the master playlist with every variant URI sent through /redirect/
//   /live/*                     live streams over the VOD media (test-streams/lib/live.mjs): HLS
//                               masters unchanged, media playlists as sliding windows advancing in
//                               real time, segment n = VOD segment n mod N; DASH dynamic MPDs
////   /redirect/<path>            302 to /<path>
//   /control/fault?match=<path suffix>&status=404&count=2   the next `count` requests whose path
//                               ends with `match` are answered with `status` (count -1: all);
//                               status=corrupt serves the file with one byte flipped instead
//   /control/throttle?match=<suffix>&bytesPerSec=N          pace matching bodies
//   /control/require-header?match=<suffix>&name=X-Token&value=v   requests whose path ends with
//                               `match` and lack that header value get 403 (counted as refusals)
//   /control/clear              drop every fault, throttle and header requirement
//   /control/state              JSON: faults (with hits), throttles, media request counts
//   /control/origin?path=/live/<rel>   the origin's bytes for a media or live path, no faults
//   /health                     "ok"
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { MEDIA_TYPES, createLiveStreams } from '../../../../test-streams/lib/live.mjs';

const args = parseArgs(process.argv.slice(2));
const port = Number(args.port);
const dirs = {
  pages: path.resolve(args.pages),
  nodeModules: path.resolve(args.root, 'node_modules'),
  playerRecipes: path.resolve(args.root, 'player-recipes'),
  dist: path.resolve(args.dist),
  shakaDist: path.resolve(args['shaka-dist'] || args.dist),
  media: path.resolve(args.media),
};
const liveWindow = Number(args['live-window'] || process.env.LIVE_WINDOW || 20);
const live = createLiveStreams({ mediaDir: dirs.media, window: liveWindow });

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  ...MEDIA_TYPES,
};

/** @type {{match: string, status: number | 'corrupt', count: number, hits: number}[]} */
let faults = [];
/** @type {{match: string, name: string, value: string, refusals: number, accepted: number}[]} */
let requirements = [];
/** @type {{match: string, bytesPerSec: number}[]} */
let throttles = [];
/** Path → {requests, bytes, statuses}. Media and live only. */
const mediaStats = new Map();

function parseArgs(list) {
  const out = {};
  for (let i = 0; i < list.length; i += 2) {
    out[list[i].replace(/^--/, '')] = list[i + 1];
  }
  for (const k of ['port', 'root', 'media', 'dist', 'pages']) {
    if (!out[k]) {
      console.error('missing --' + k);
      process.exit(2);
    }
  }
  return out;
}

function log(...parts) {
  console.log(new Date().toISOString(), ...parts);
}

function baseHeaders(extra) {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'Range, Content-Type, X-Token',
    'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
    'Access-Control-Expose-Headers': 'Content-Length, Content-Range, Accept-Ranges',
    'Cache-Control': 'no-store',
    ...extra,
  };
}

function send(res, status, body, type, extra) {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(String(body));
  res.writeHead(status, baseHeaders({
    'Content-Type': type || 'text/plain; charset=utf-8',
    'Content-Length': buf.length,
    ...extra,
  }));
  res.end(res.req.method === 'HEAD' ? undefined : buf);
  return buf.length;
}

function json(res, value) {
  return send(res, 200, JSON.stringify(value), 'application/json');
}

/** Resolves `rel` inside `dir`; null when it escapes or does not name a file. */
function safeFile(dir, rel) {
  const file = path.resolve(dir, '.' + path.posix.normalize('/' + rel));
  if (!file.startsWith(dir + path.sep) && file !== dir) {
    return null;
  }
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

/** Parses one `bytes=` range against `size`: {start, end} (inclusive), 'invalid', or null. */
function parseRange(header, size) {
  if (!header) {
    return null;
  }
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) {
    return 'invalid';
  }
  let start;
  let end;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start > end || start >= size) {
    return 'invalid';
  }
  return { start, end };
}

function takeFault(reqPath) {
  for (const f of faults) {
    if (reqPath.endsWith(f.match) && (f.count < 0 || f.hits < f.count)) {
      f.hits++;
      return f;
    }
  }
  return null;
}

function throttleFor(reqPath) {
  const t = throttles.find((x) => reqPath.endsWith(x.match));
  return t ? t.bytesPerSec : 0;
}

function countMedia(reqPath, status, bytes) {
  let s = mediaStats.get(reqPath);
  if (!s) {
    s = { requests: 0, bytes: 0, statuses: {} };
    mediaStats.set(reqPath, s);
  }
  s.requests++;
  s.bytes += bytes;
  s.statuses[status] = (s.statuses[status] || 0) + 1;
}

/** Sends `data` (a Buffer) honouring Range and throttling; returns {status, bytes}. */
function sendBody(req, res, data, type, reqPath) {
  const size = data.length;
  const range = parseRange(req.headers.range, size);
  if (range === 'invalid') {
    send(res, 416, '', 'text/plain', { 'Content-Range': 'bytes */' + size });
    return { status: 416, bytes: 0 };
  }
  let status = 200;
  let body = data;
  const headers = baseHeaders({ 'Content-Type': type, 'Accept-Ranges': 'bytes' });
  if (range) {
    status = 206;
    body = data.subarray(range.start, range.end + 1);
    headers['Content-Range'] = 'bytes ' + range.start + '-' + range.end + '/' + size;
  }
  headers['Content-Length'] = body.length;
  res.writeHead(status, headers);
  if (req.method === 'HEAD') {
    res.end();
    return { status, bytes: 0 };
  }
  const rate = throttleFor(reqPath);
  if (!rate) {
    res.end(body);
    return { status, bytes: body.length };
  }
  // Pace in 10 chunks per second.
  const chunk = Math.max(1, Math.floor(rate / 10));
  let offset = 0;
  const step = () => {
    if (res.destroyed) {
      return;
    }
    const next = Math.min(body.length, offset + chunk);
    res.write(body.subarray(offset, next));
    offset = next;
    if (offset >= body.length) {
      res.end();
    } else {
      setTimeout(step, 100);
    }
  };
  step();
  return { status, bytes: body.length };
}

// ---- Live (test-streams/lib/live.mjs: HLS sliding window §5.4, DASH dynamic MPD) ----

function serveLive(req, res, rel, reqPath) {
  const r = live.handle(rel);
  if (r.status !== 200) {
    countMedia(reqPath, r.status, 0);
    return send(res, r.status, r.body, r.type);
  }
  if (r.type === CONTENT_TYPES['.m3u8'] || r.type === CONTENT_TYPES['.mpd']) {
    countMedia(reqPath, 200, r.body.length);
    return send(res, 200, r.body, r.type);
  }
  return serveMediaData(req, res, r.body, r.type, reqPath);
}

// ---- Media ----

function serveMedia(req, res, rel, reqPath, redirectVariants) {
  const file = safeFile(dirs.media, rel);
  if (!file) {
    countMedia(reqPath, 404, 0);
    return send(res, 404, 'no such media file: ' + rel);
  }
  let data = fs.readFileSync(file);
  if (redirectVariants && file.endsWith('.m3u8')) {
    const base = reqPath.substring(0, reqPath.lastIndexOf('/') + 1);
    const text = data
      .toString('utf8')
      .split('\n')
      .map((line) => (line && !line.startsWith('#') ? '/redirect' + base + line.trim() : line))
      .join('\n');
    data = Buffer.from(text);
  }
  return serveMediaData(req, res, data, contentType(file), reqPath);
}

/** Sends media bytes after the faults: an injected status, or one byte flipped ("corrupt"). */
function serveMediaData(req, res, data, type, reqPath) {
  const required = requirements.find((r) => reqPath.endsWith(r.match));
  if (required) {
    if (req.headers[required.name.toLowerCase()] !== required.value) {
      required.refusals++;
      log('refused: no ' + required.name, reqPath);
      countMedia(reqPath, 403, 0);
      return send(res, 403, required.name + ' required');
    }
    required.accepted++;
  }
  const fault = takeFault(reqPath);
  if (fault && fault.status === 'corrupt') {
    log('fault corrupt', reqPath);
    data = Buffer.from(data);
    // Inside a TS packet's payload, away from sync bytes and headers.
    const at = Math.min(data.length - 1, 188 * 10 + 100);
    data[at] ^= 0xff;
  } else if (fault) {
    log('fault', fault.status, reqPath);
    countMedia(reqPath, fault.status, 0);
    return send(res, fault.status, 'injected fault ' + fault.status);
  }
  const sent = sendBody(req, res, data, type, reqPath);
  countMedia(reqPath, sent.status, sent.bytes);
}

function serveStatic(req, res, dir, rel) {
  const file = safeFile(dir, rel);
  if (!file) {
    const what = dir === dirs.dist || dir === dirs.shakaDist ? 'bundle not found at ' + path.join(dir, rel) : 'not found: ' + rel;
    return send(res, 404, what);
  }
  sendBody(req, res, fs.readFileSync(file), contentType(file), '/static');
}

function control(res, name, q) {
  switch (name) {
    case 'fault':
      faults.push({
        match: q.get('match'),
        status: q.get('status') === 'corrupt' ? 'corrupt' : Number(q.get('status') || 404),
        count: Number(q.get('count') || 1),
        hits: 0,
      });
      return json(res, { faults });
    case 'throttle':
      throttles.push({ match: q.get('match'), bytesPerSec: Number(q.get('bytesPerSec')) });
      return json(res, { throttles });
    case 'require-header':
      requirements.push({ match: q.get('match'), name: q.get('name'), value: q.get('value'), refusals: 0, accepted: 0 });
      return json(res, { requirements });
    case 'clear':
      faults = [];
      throttles = [];
      requirements = [];
      return json(res, { ok: true });
    case 'state':
      return json(res, { faults, throttles, requirements, media: Object.fromEntries(mediaStats) });
    case 'origin': {
      // The bytes /live/<rel> or /media/<rel> serves, without faults, throttles or counting.
      const p = q.get('path') || '';
      if (p.startsWith('/live/')) {
        const r = live.handle(p.substring('/live/'.length));
        return send(res, r.status, r.body, r.type);
      }
      const file = p.startsWith('/media/') ? safeFile(dirs.media, p.substring('/media/'.length)) : null;
      return file ? send(res, 200, fs.readFileSync(file), contentType(file)) : send(res, 404, 'no origin for ' + p);
    }
    default:
      return send(res, 404, 'no such control ' + name);
  }
}

function handle(req, res) {
  const url = new URL(req.url, 'http://127.0.0.1');
  let p = decodeURIComponent(url.pathname);
  if (req.method === 'OPTIONS') {
    res.writeHead(204, baseHeaders({ 'Access-Control-Max-Age': '600' }));
    return res.end();
  }
  if (p.startsWith('/redirect/')) {
    const target = p.substring('/redirect'.length) + url.search;
    res.writeHead(302, baseHeaders({ Location: target, 'Content-Length': 0 }));
    res.end();
    return;
  }
  const reqPath = p;
  const ns = /^\/ns\/[^/]+(\/.*)$/.exec(p);
  if (ns) {
    p = ns[1];
  }
  if (p === '/health') {
    return send(res, 200, 'ok');
  }
  if (p.startsWith('/control/')) {
    return control(res, p.substring('/control/'.length), url.searchParams);
  }
  if (p.startsWith('/pages/')) {
    return serveStatic(req, res, dirs.pages, p.substring('/pages/'.length));
  }
  if (p.startsWith('/node_modules/')) {
    return serveStatic(req, res, dirs.nodeModules, p.substring('/node_modules/'.length));
  }
  if (p.startsWith('/player-recipes/')) {
    return serveStatic(req, res, dirs.playerRecipes, p.substring('/player-recipes/'.length));
  }
  if (p.startsWith('/dist/')) {
    return serveStatic(req, res, dirs.dist, p.substring('/dist/'.length));
  }
  if (p.startsWith('/shaka-dist/')) {
    return serveStatic(req, res, dirs.shakaDist, p.substring('/shaka-dist/'.length));
  }
  if (p.startsWith('/media/')) {
    return serveMedia(
      req,
      res,
      p.substring('/media/'.length),
      reqPath,
      url.searchParams.get('redirect') === '1',
    );
  }
  if (p.startsWith('/live/')) {
    return serveLive(req, res, p.substring('/live/'.length), reqPath);
  }
  return send(res, 404, 'no route for ' + p);
}

const server = http.createServer((req, res) => {
  const started = Date.now();
  try {
    handle(req, res);
  } catch (e) {
    log('error', req.url, e && e.stack);
    if (!res.headersSent) {
      send(res, 500, 'server error: ' + e);
    }
  }
  res.on('finish', () => {
    if (!req.url.startsWith('/node_modules/') && !req.url.startsWith('/control/state')) {
      log(req.method, req.url, res.statusCode, (req.headers.range || '') + ' ' + (Date.now() - started) + 'ms');
    }
  });
});
server.keepAliveTimeout = 5000;
server.listen(port, '127.0.0.1', () => {
  log('test server listening on 127.0.0.1:' + port, JSON.stringify(dirs), 'liveWindow=' + liveWindow);
});
for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    log('stopping on ' + sig);
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 1000).unref();
  });
}
