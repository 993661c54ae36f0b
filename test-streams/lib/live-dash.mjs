// DASH live by a dynamic-MPD rewriter over a static SegmentTemplate MPD (browser-testing.md §5.2,
// modelled on the HLS rewriter of §5.4).
//
// The live MPD keeps the VOD MPD's periods, adaptation sets and representations and changes:
//   - MPD: type="dynamic", availabilityStartTime = t0 − W·d (so the first request already sees a
//     full window of W segments), publishTime, minimumUpdatePeriod, timeShiftBufferDepth = W·d,
//     suggestedPresentationDelay; no mediaPresentationDuration; a UTCTiming (direct) element;
//   - SegmentTemplate: media="live-$RepresentationID$-$Number$.m4s", startNumber="0".
// Segment n (number n, presentation time n·d) is VOD segment (n mod N) + startNumber of the VOD
// template, N = floor(duration / d), with the baseMediaDecodeTime of its `tfdt` (and the earliest
// presentation time of its `sidx`) moved forward by floor(n / N)·N·d, so the looped media keeps
// counting up like real live media and Shaka needs no period per loop.

/** Template of live segment names; parseLiveDashSegment reads them back. */
export const LIVE_MEDIA_TEMPLATE = 'live-$RepresentationID$-$Number$.m4s';

function attr(tag, name) {
  const m = new RegExp('\\s' + name + '="([^"]*)"').exec(tag);
  return m ? m[1] : null;
}

/** ISO 8601 duration (PT…H…M…S, as ffmpeg and this module write them) in seconds. */
export function parseIsoDuration(text) {
  const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/
    .exec(text || '');
  if (!m) {
    return NaN;
  }
  const [d, h, min, s] = m.slice(1).map((x) => Number(x || 0));
  return ((d * 24 + h) * 60 + min) * 60 + s;
}

function isoDuration(seconds) {
  return 'PT' + Number(seconds.toFixed(3)) + 'S';
}

/**
 * Reads what the rewriter needs from a static MPD: {duration, segmentDuration, segmentCount,
 * mediaTemplate, startNumber, representations: [id]}. Every SegmentTemplate must share one
 * duration/timescale and media template (ffmpeg's output does).
 */
export function parseVodMpd(text) {
  const mpd = /<MPD\b[^>]*>/.exec(text);
  const template = /<SegmentTemplate\b[^>]*>/.exec(text);
  if (!mpd || !template) {
    throw new Error('not a SegmentTemplate MPD');
  }
  const duration = parseIsoDuration(attr(mpd[0], 'mediaPresentationDuration'));
  const timescale = Number(attr(template[0], 'timescale') || 1);
  const segmentDuration = Number(attr(template[0], 'duration')) / timescale;
  if (!(duration > 0) || !(segmentDuration > 0)) {
    throw new Error('MPD without mediaPresentationDuration or SegmentTemplate@duration');
  }
  const representations = [];
  for (const m of text.matchAll(/<Representation\b[^>]*>/g)) {
    representations.push(attr(m[0], 'id'));
  }
  return {
    duration,
    segmentDuration,
    segmentCount: Math.max(1, Math.floor(duration / segmentDuration + 1e-6)),
    mediaTemplate: attr(template[0], 'media'),
    startNumber: Number(attr(template[0], 'startNumber') || 1),
    representations,
  };
}

/** Expands $RepresentationID$, $Number$ and $Number%0Nd$ (the identifiers ffmpeg writes). */
export function expandTemplate(template, representationId, number) {
  return template
    .replace(/\$RepresentationID\$/g, representationId)
    .replace(/\$Number(?:%0(\d+)d)?\$/g, (all, width) => String(number).padStart(Number(width || 0), '0'))
    .replace(/\$\$/g, '$');
}

/** The dynamic MPD text for the static `vodText` at `nowMs`, the live stream starting at `t0Ms`. */
export function liveMpd(vodText, { window, t0Ms, nowMs, updatePeriod = 2, presentationDelay = 6 }) {
  const vod = parseVodMpd(vodText);
  const d = vod.segmentDuration;
  const ast = new Date(t0Ms - window * d * 1000).toISOString();
  const now = new Date(nowMs).toISOString();
  const root = /<MPD\b[^>]*>/.exec(vodText)[0];
  const liveRoot = root
    .replace(/\s+(type|mediaPresentationDuration|availabilityStartTime|publishTime|minimumUpdatePeriod|timeShiftBufferDepth|suggestedPresentationDelay)="[^"]*"/g, '')
    .replace(/>$/, '')
    .replace(/\s*$/, '')
    + '\n\ttype="dynamic"'
    + '\n\tavailabilityStartTime="' + ast + '"'
    + '\n\tpublishTime="' + now + '"'
    + '\n\tminimumUpdatePeriod="' + isoDuration(updatePeriod) + '"'
    + '\n\ttimeShiftBufferDepth="' + isoDuration(window * d) + '"'
    + '\n\tsuggestedPresentationDelay="' + isoDuration(presentationDelay) + '">';
  return vodText
    .replace(root, liveRoot)
    .replace(/<SegmentTemplate\b[^>]*>/g, (tag) => tag
      .replace(/\smedia="[^"]*"/, ' media="' + LIVE_MEDIA_TEMPLATE + '"')
      .replace(/\sstartNumber="[^"]*"/, ' startNumber="0"'))
    .replace('</MPD>', '\t<UTCTiming schemeIdUri="urn:mpeg:dash:utc:direct:2014" value="' + now + '"/>\n</MPD>');
}

/** {representationId, n} for a live segment name, else null. */
export function parseLiveDashSegment(name) {
  const m = /^live-(.+)-(\d+)\.m4s$/.exec(name);
  return m ? { representationId: m[1], n: Number(m[2]) } : null;
}

/** The VOD segment behind live segment n: {uri, loop}. */
export function vodSegmentFor(vod, representationId, n) {
  const loop = Math.floor(n / vod.segmentCount);
  const uri = expandTemplate(vod.mediaTemplate, representationId, vod.startNumber + (n % vod.segmentCount));
  return { uri, loop };
}

// ---- ISO BMFF ----

function boxes(buf, start, end, visit) {
  let i = start;
  while (i + 8 <= end) {
    let size = buf.readUInt32BE(i);
    const type = buf.toString('latin1', i + 4, i + 8);
    let header = 8;
    if (size === 1) {
      size = Number(buf.readBigUInt64BE(i + 8));
      header = 16;
    } else if (size === 0) {
      size = end - i;
    }
    if (size < header || i + size > end) {
      return;
    }
    visit(type, i + header, i + size);
    i += size;
  }
}

/** The media timescale (mdhd) of the first track of an initialization segment. */
export function mediaTimescale(init) {
  let timescale = null;
  const visit = (type, start, end) => {
    if (type === 'moov' || type === 'trak' || type === 'mdia') {
      boxes(init, start, end, visit);
    } else if (type === 'mdhd' && timescale === null) {
      timescale = init.readUInt32BE(start + (init[start] === 1 ? 20 : 12));
    }
  };
  boxes(init, 0, init.length, visit);
  if (!timescale) {
    throw new Error('no mdhd timescale in the initialization segment');
  }
  return timescale;
}

function addAt(buf, at, is64, delta) {
  if (is64) {
    buf.writeBigUInt64BE(buf.readBigUInt64BE(at) + delta, at);
  } else {
    buf.writeUInt32BE(Number((BigInt(buf.readUInt32BE(at)) + delta) & 0xffffffffn), at);
  }
}

/**
 * A copy of media segment `segment` moved `seconds` later: every tfdt baseMediaDecodeTime (in
 * `timescale`) and every sidx earliest_presentation_time (in the sidx's own timescale).
 */
export function shiftSegment(segment, seconds, timescale) {
  const out = Buffer.from(segment);
  if (seconds === 0) {
    return out;
  }
  const visit = (type, start, end) => {
    if (type === 'moof' || type === 'traf') {
      boxes(out, start, end, visit);
    } else if (type === 'tfdt') {
      addAt(out, start + 4, out[start] === 1, BigInt(Math.round(seconds * timescale)));
    } else if (type === 'sidx') {
      const sidxTimescale = out.readUInt32BE(start + 8);
      addAt(out, start + 12, out[start] === 1, BigInt(Math.round(seconds * sidxTimescale)));
    }
  };
  boxes(out, 0, out.length, visit);
  return out;
}

/** Decode time (seconds) of the first tfdt of a media segment; for tests and diagnostics. */
export function baseMediaDecodeTime(segment, timescale) {
  let t = null;
  const visit = (type, start, end) => {
    if (type === 'moof' || type === 'traf') {
      boxes(segment, start, end, visit);
    } else if (type === 'tfdt' && t === null) {
      t = Number(segment[start] === 1 ? segment.readBigUInt64BE(start + 4) : segment.readUInt32BE(start + 4));
    }
  };
  boxes(segment, 0, segment.length, visit);
  return t === null ? null : t / timescale;
}
