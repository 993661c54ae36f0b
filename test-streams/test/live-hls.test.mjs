import assert from 'node:assert/strict';
import test from 'node:test';
import {
  isMasterPlaylist, liveMediaPlaylist, liveSegmentName, parseLiveSegmentName, parseMediaPlaylist,
} from '../lib/live-hls.mjs';

function vodText(count, durations = () => 2) {
  const lines = ['#EXTM3U', '#EXT-X-VERSION:6', '#EXT-X-TARGETDURATION:2', '#EXT-X-MEDIA-SEQUENCE:0',
    '#EXT-X-MAP:URI="init.m4s"'];
  for (let i = 0; i < count; i++) {
    lines.push('#EXTINF:' + durations(i).toFixed(6) + ',', 'chunk-' + i + '.m4s');
  }
  lines.push('#EXT-X-ENDLIST');
  return lines.join('\n');
}

/** {sequence, discontinuitySequence, uris, discontinuities: [index of the segment after the tag]} */
function read(text) {
  const out = { uris: [], discontinuities: [] };
  for (const line of text.split('\n')) {
    if (line.startsWith('#EXT-X-MEDIA-SEQUENCE:')) {
      out.sequence = Number(line.split(':')[1]);
    } else if (line.startsWith('#EXT-X-DISCONTINUITY-SEQUENCE:')) {
      out.discontinuitySequence = Number(line.split(':')[1]);
    } else if (line === '#EXT-X-DISCONTINUITY') {
      out.discontinuities.push(out.uris.length);
    } else if (line && !line.startsWith('#')) {
      out.uris.push(line);
    }
  }
  assert.ok(!text.includes('#EXT-X-ENDLIST'), 'a live playlist never ends');
  return out;
}

test('parses a media playlist and drops a short trailing sliver from the loop', () => {
  const vod = parseMediaPlaylist(vodText(31, (i) => (i === 30 ? 0.1 : 2.005)));
  assert.equal(vod.segments.length, 31);
  assert.equal(vod.loopLength, 30);
  assert.equal(vod.ext, '.m4s');
  assert.deepEqual(vod.maps, ['#EXT-X-MAP:URI="init.m4s"']);
  assert.equal(parseMediaPlaylist(vodText(30)).loopLength, 30);
  assert.equal(parseMediaPlaylist('#EXTM3U\n'), null);
});

test('the first response holds a full window, which advances one segment every d seconds', () => {
  const vod = parseMediaPlaylist(vodText(30));
  const at0 = read(liveMediaPlaylist(vod, { window: 6, elapsedMs: 0 }));
  assert.equal(at0.sequence, 0);
  assert.deepEqual(at0.uris, ['seg-0.m4s', 'seg-1.m4s', 'seg-2.m4s', 'seg-3.m4s', 'seg-4.m4s', 'seg-5.m4s']);
  const at4 = read(liveMediaPlaylist(vod, { window: 6, elapsedMs: 4000 }));
  assert.equal(at4.sequence, 2);
  assert.deepEqual(at4.uris, ['seg-2.m4s', 'seg-3.m4s', 'seg-4.m4s', 'seg-5.m4s', 'seg-6.m4s', 'seg-7.m4s']);
  assert.equal(read(liveMediaPlaylist(vod, { window: 6, elapsedMs: 5999 })).sequence, 2);
});

test('numbering stays continuous across playlist refreshes and loops', () => {
  const vod = parseMediaPlaylist(vodText(30));
  let previous = null;
  for (let ms = 0; ms <= 200000; ms += 700) {
    const p = read(liveMediaPlaylist(vod, { window: 20, elapsedMs: ms, stem: 'media_0' }));
    p.uris.forEach((uri, i) => assert.equal(parseLiveSegmentName(uri).n, p.sequence + i));
    if (previous) {
      assert.ok(p.sequence >= previous.sequence, 'media sequence never goes back');
      const overlap = previous.uris.filter((u) => p.uris.includes(u));
      assert.ok(overlap.length >= 19, 'a refresh within one segment keeps the rest of the window');
    }
    for (const at of p.discontinuities) {
      assert.equal((p.sequence + at) % 30, 0, 'discontinuity exactly at a loop start');
    }
    // Discontinuity tags that scrolled out are counted.
    const scrolled = Math.floor(Math.max(0, p.sequence - 1) / 30);
    assert.equal(p.discontinuitySequence, p.sequence > 0 ? scrolled : 0);
    previous = p;
  }
});

test('segment names round-trip', () => {
  assert.equal(liveSegmentName('index', 7, '.ts'), 'seg-7.ts');
  assert.equal(liveSegmentName('media_2', 31, '.m4s'), 'media_2-seg-31.m4s');
  assert.deepEqual(parseLiveSegmentName('seg-7.ts'), { stem: 'index', n: 7, ext: '.ts' });
  assert.deepEqual(parseLiveSegmentName('media_2-seg-31.m4s'), { stem: 'media_2', n: 31, ext: '.m4s' });
  assert.equal(parseLiveSegmentName('init-0.m4s'), null);
});

test('tells master playlists from media playlists', () => {
  assert.ok(isMasterPlaylist('#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\na.m3u8\n'));
  assert.ok(!isMasterPlaylist(vodText(3)));
});
