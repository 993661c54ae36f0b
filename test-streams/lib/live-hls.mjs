// HLS live by a sliding-window playlist rewriter over a VOD media playlist (browser-testing.md §5.4).
//
// Pure functions plus a small resolver; the HTTP side (ranges, CORS, faults) stays in each server.
// A live media playlist lists segments `first … available−1` where, at time t after t0,
// available = floor((t − t0) / d) + W and first = max(0, available − W): the first response already
// holds a full window of W segments, and the window advances by one segment every d seconds. Segment
// n is VOD segment n mod N; its URI carries the absolute number n, so a URL never names two
// positions. `#EXT-X-DISCONTINUITY` precedes every loop start; `#EXT-X-DISCONTINUITY-SEQUENCE` counts
// the ones that scrolled out.

/**
 * Parses a media playlist: {segments: [{duration, uri}], maps: [line], targetDuration,
 * segmentDuration, ext, loopLength}. `segmentDuration` (d, the live clock's period) is the VOD's
 * declared target duration, so the renditions of one stream (video at 2.000 s, AAC at 2.005 s)
 * advance together. `loopLength` is the number of segments one loop plays: the whole list, minus a short
 * trailing remainder (an AAC rendition's extra sliver), so every rendition of a stream loops after
 * the same count.
 */
export function parseMediaPlaylist(text) {
  const segments = [];
  const maps = [];
  let duration = null;
  let declaredTarget = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#EXT-X-TARGETDURATION:')) {
      declaredTarget = Number(line.substring(22));
    } else if (line.startsWith('#EXTINF:')) {
      duration = parseFloat(line.substring(8));
    } else if (line.startsWith('#EXT-X-MAP')) {
      maps.push(line);
    } else if (line && !line.startsWith('#') && duration !== null) {
      segments.push({ duration, uri: line.trim() });
      duration = null;
    }
  }
  if (segments.length === 0) {
    return null;
  }
  const longest = Math.max(...segments.map((s) => s.duration));
  const nominal = declaredTarget > 0 ? declaredTarget : Math.ceil(longest);
  const total = segments.reduce((sum, s) => sum + s.duration, 0);
  const uri = segments[0].uri;
  const dot = uri.lastIndexOf('.');
  return {
    segments,
    maps,
    targetDuration: Math.max(nominal, Math.round(longest)),
    segmentDuration: nominal,
    ext: dot > uri.lastIndexOf('/') ? uri.substring(dot) : '',
    loopLength: Math.max(1, Math.min(segments.length, Math.round(total / nominal))),
  };
}

/** True when the playlist text is a master (multivariant) playlist. */
export function isMasterPlaylist(text) {
  return /^#EXT-X-(STREAM-INF|MEDIA):/m.test(text);
}

/** The live URI of segment n of the media playlist named `<stem>.m3u8`. */
export function liveSegmentName(stem, n, ext) {
  return (stem === 'index' ? '' : stem + '-') + 'seg-' + n + ext;
}

/** {stem, n, ext} for a name made by liveSegmentName, else null. */
export function parseLiveSegmentName(name) {
  const m = /^(?:(.+)-)?seg-(\d+)(\.\w+)?$/.exec(name);
  return m ? { stem: m[1] || 'index', n: Number(m[2]), ext: m[3] || '' } : null;
}

/** The window {first, available} at `elapsedMs` after t0 (never negative elapsed). */
export function liveWindow(elapsedMs, segmentDuration, window) {
  const available = Math.floor(Math.max(0, elapsedMs) / 1000 / segmentDuration) + window;
  return { first: Math.max(0, available - window), available };
}

/** The live media playlist text for `vod` (from parseMediaPlaylist) at `elapsedMs`. */
export function liveMediaPlaylist(vod, { window, elapsedMs, stem = 'index' }) {
  const n = vod.loopLength;
  const { first, available } = liveWindow(elapsedMs, vod.segmentDuration, window);
  const k = first > 0 ? Math.floor((first - 1) / n) : 0;
  const out = [
    '#EXTM3U',
    '#EXT-X-VERSION:6',
    '#EXT-X-TARGETDURATION:' + vod.targetDuration,
    '#EXT-X-MEDIA-SEQUENCE:' + first,
    '#EXT-X-DISCONTINUITY-SEQUENCE:' + k,
    ...vod.maps,
  ];
  for (let i = first; i < available; i++) {
    if (i > 0 && i % n === 0) {
      out.push('#EXT-X-DISCONTINUITY');
    }
    out.push('#EXTINF:' + vod.segments[i % n].duration.toFixed(6) + ',');
    out.push(liveSegmentName(stem, i, vod.ext));
  }
  return out.join('\n') + '\n';
}
