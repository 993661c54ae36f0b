// Live streams over the VOD test media, for any HTTP server (the e2e test server, the demo server).
//
//   const live = createLiveStreams({ mediaDir, window: 20 });
//   const r = live.handle('vod/v360p/index.m3u8');   // the path after "/live/"
//   // r: {status, type, body: Buffer, source: VOD path relative to mediaDir or null}
//
// Routes, relative to the live prefix (`/live/` on both servers):
//   <dir>/<name>.mpd                 dynamic MPD over the static <dir>/<name>.mpd (live-dash.mjs)
//   <dir>/live-<rep>-<n>.m4s         DASH live segment n of representation rep (tfdt shifted)
//   <path>/<stem>.m3u8               a VOD master playlist unchanged (its relative URIs stay under
//                                    the live prefix); a VOD media playlist as a sliding window
//                                    (live-hls.mjs)
//   <path>/[<stem>-]seg-<n>.<ext>    HLS live segment n of <path>/<stem>.m3u8: VOD segment n mod N
//   <path>/<file>                    anything else (init segments) straight from the VOD directory
// The clock starts at `t0Ms` (default: creation time); `now` is injectable for tests.
import fs from 'node:fs';
import path from 'node:path';
import {
  isMasterPlaylist, liveMediaPlaylist, parseLiveSegmentName, parseMediaPlaylist,
} from './live-hls.mjs';
import {
  liveMpd, mediaTimescale, parseLiveDashSegment, parseVodMpd, shiftSegment, vodSegmentFor,
} from './live-dash.mjs';

/** Content types of the media files (browser-testing.md §5.7). */
export const MEDIA_TYPES = Object.freeze({
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.mpd': 'application/dash+xml',
  '.ts': 'video/mp2t',
  '.m4s': 'video/iso.segment',
  '.mp4': 'video/mp4',
  '.m4a': 'audio/mp4',
  '.webm': 'video/webm',
});
const TYPES = MEDIA_TYPES;

/** Content type by file extension, for the media the live routes serve. */
export function mediaType(file) {
  return TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

export function createLiveStreams({ mediaDir, window = 20, t0Ms = Date.now(), now = () => Date.now() }) {
  const root = path.resolve(mediaDir);
  const cache = new Map();

  function file(rel) {
    const f = path.resolve(root, '.' + path.posix.normalize('/' + rel));
    if (!f.startsWith(root + path.sep)) {
      return null;
    }
    try {
      return fs.statSync(f).isFile() ? f : null;
    } catch {
      return null;
    }
  }

  function cached(key, make) {
    if (!cache.has(key)) {
      cache.set(key, make());
    }
    return cache.get(key);
  }

  const ok = (type, body, source) => ({ status: 200, type, body: Buffer.from(body), source });
  const missing = (why) => ({ status: 404, type: 'text/plain; charset=utf-8', body: Buffer.from(why), source: null });

  function dashManifest(rel) {
    const f = file(rel);
    if (!f) {
      return missing('no VOD MPD ' + rel);
    }
    const text = fs.readFileSync(f, 'utf8');
    return ok(TYPES['.mpd'], liveMpd(text, { window, t0Ms, nowMs: now() }), rel);
  }

  function dashSegment(dir, seg) {
    const mpds = fs.readdirSync(path.join(root, dir)).filter((n) => n.endsWith('.mpd'));
    if (mpds.length !== 1) {
      return missing('expected one MPD in ' + dir);
    }
    const vod = cached(dir + '/' + mpds[0], () => parseVodMpd(fs.readFileSync(path.join(root, dir, mpds[0]), 'utf8')));
    const { uri, loop } = vodSegmentFor(vod, seg.representationId, seg.n);
    const source = path.posix.join(dir, uri);
    const f = file(source);
    if (!f) {
      return missing('no VOD segment ' + source);
    }
    const timescale = cached(dir + '#ts' + seg.representationId, () => {
      const init = file(path.posix.join(dir, 'init-' + seg.representationId + '.m4s'));
      return init ? mediaTimescale(fs.readFileSync(init)) : null;
    });
    if (!timescale) {
      return missing('no init segment for representation ' + seg.representationId + ' in ' + dir);
    }
    const shift = loop * vod.segmentCount * vod.segmentDuration;
    return ok(TYPES['.m4s'], shiftSegment(fs.readFileSync(f), shift, timescale), source);
  }

  function hlsPlaylist(rel) {
    const f = file(rel);
    if (!f) {
      return missing('no VOD playlist ' + rel);
    }
    const text = fs.readFileSync(f, 'utf8');
    if (isMasterPlaylist(text)) {
      return ok(TYPES['.m3u8'], text, rel);
    }
    const vod = cached(rel, () => parseMediaPlaylist(text));
    if (!vod) {
      return missing('no segments in ' + rel);
    }
    const stem = path.posix.basename(rel, '.m3u8');
    return ok(TYPES['.m3u8'], liveMediaPlaylist(vod, { window, elapsedMs: now() - t0Ms, stem }), rel);
  }

  function hlsSegment(dir, seg) {
    const playlist = path.posix.join(dir, seg.stem + '.m3u8');
    const f = file(playlist);
    if (!f) {
      return null;
    }
    const vod = cached(playlist, () => parseMediaPlaylist(fs.readFileSync(f, 'utf8')));
    if (!vod) {
      return missing('no segments in ' + playlist);
    }
    const source = path.posix.join(dir, vod.segments[seg.n % vod.loopLength].uri);
    const sf = file(source);
    return sf ? ok(mediaType(sf), fs.readFileSync(sf), source) : missing('no VOD segment ' + source);
  }

  /** The response for `rel`, the path after the live prefix. */
  function handle(rel) {
    const clean = path.posix.normalize('/' + rel).substring(1);
    const dir = path.posix.dirname(clean);
    const name = path.posix.basename(clean);
    if (name.endsWith('.mpd')) {
      return dashManifest(clean);
    }
    if (name.endsWith('.m3u8')) {
      return hlsPlaylist(clean);
    }
    const dashSeg = parseLiveDashSegment(name);
    if (dashSeg) {
      return dashSegment(dir, dashSeg);
    }
    const hlsSeg = parseLiveSegmentName(name);
    const hls = hlsSeg ? hlsSegment(dir, hlsSeg) : null;
    if (hls) {
      return hls;
    }
    const f = file(clean);
    return f ? ok(mediaType(f), fs.readFileSync(f), clean) : missing('no such live resource ' + clean);
  }

  return { handle, t0Ms, window };
}
