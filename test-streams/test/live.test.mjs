// The live routes over the generated media (skipped when make-media.mjs has not run).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { STREAMS, mediaDir, streamById } from '../lib/catalog.mjs';
import { baseMediaDecodeTime, mediaTimescale } from '../lib/live-dash.mjs';
import { createLiveStreams } from '../lib/live.mjs';

const media = mediaDir();
const present = fs.existsSync(path.join(media, 'dash', '.recipe')) && fs.existsSync(path.join(media, 'vod', '.recipe'));
const skip = present ? false : 'no generated media in ' + media;

test('every catalogue entry resolves', { skip }, () => {
  const live = createLiveStreams({ mediaDir: media, window: 20 });
  assert.equal(new Set(STREAMS.map((s) => s.id)).size, STREAMS.length);
  for (const s of STREAMS) {
    assert.match(s.path, s.kind === 'dash' ? /\.mpd$/ : /\.m3u8$/);
    if (s.live) {
      assert.equal(live.handle(s.path.substring('/live/'.length)).status, 200, s.id);
    } else {
      assert.ok(fs.existsSync(path.join(media, s.path.substring('/media/'.length))), s.id);
    }
  }
  assert.equal(streamById('dash-live').kind, 'dash');
});

test('DASH live segments keep counting up in media time across loops', { skip }, () => {
  let now = Date.UTC(2026, 0, 1);
  const live = createLiveStreams({ mediaDir: media, window: 20, t0Ms: now, now: () => now });
  for (const rep of ['0', '2']) {
    const timescale = mediaTimescale(fs.readFileSync(path.join(media, 'dash', 'init-' + rep + '.m4s')));
    for (const n of [0, 1, 29, 30, 31, 59, 60, 95]) {
      const r = live.handle('dash/live-' + rep + '-' + n + '.m4s');
      assert.equal(r.status, 200);
      const t = baseMediaDecodeTime(r.body, timescale);
      assert.ok(Math.abs(t - 2 * n) < 0.15, 'rep ' + rep + ' segment ' + n + ' starts at ' + t);
    }
  }
  now += 10000;
  const mpd = live.handle('dash/manifest.mpd').body.toString();
  assert.match(mpd, /type="dynamic"/);
});

test('HLS live playlists over TS and fMP4 renditions list resolvable segments', { skip }, () => {
  let now = 1000000;
  const live = createLiveStreams({ mediaDir: media, window: 20, t0Ms: now, now: () => now });
  now += 75000;
  for (const playlist of ['vod/v360p/index.m3u8', 'dash/media_0.m3u8', 'dash/media_2.m3u8']) {
    const text = live.handle(playlist).body.toString();
    assert.match(text, /#EXT-X-MEDIA-SEQUENCE:37\n/);
    const dir = path.posix.dirname(playlist);
    for (const uri of text.split('\n').filter((l) => l && !l.startsWith('#'))) {
      assert.equal(live.handle(dir + '/' + uri).status, 200, uri);
    }
    const map = /URI="([^"]+)"/.exec(text);
    if (map) {
      assert.equal(live.handle(dir + '/' + map[1]).status, 200);
    }
  }
  assert.equal(live.handle('dash/master.m3u8').body.toString(),
    fs.readFileSync(path.join(media, 'dash', 'master.m3u8'), 'utf8'), 'the master is served unchanged');
  assert.equal(live.handle('../../etc/passwd').status, 404);
  assert.equal(live.handle('dash/nothing.m3u8').status, 404);
});
