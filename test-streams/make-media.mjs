// Generates the shared test streams once (browser-testing.md §5): node make-media.mjs <outDir>
//
// <outDir>/vod          60 s HLS VOD, MPEG-TS, 2 s segments (30 per rendition), two renditions
//                       360p (800 kb/s) and 240p (400 kb/s) with muxed audio, H.264 Main + AAC-LC,
//                       master.m3u8 plus v360p/ and v240p/ (§5.1).
// <outDir>/dash         60 s DASH VOD, fMP4, SegmentTemplate, 2 s segments: video 360p (id 0) and
//                       240p (id 1), audio (id 2), manifest.mpd; plus HLS-fMP4 playlists over the
//                       same segments (master.m3u8 with audio as a separate EXT-X-MEDIA rendition,
//                       media_0..2.m3u8) (§5.2).
// <outDir>/hls-seq100   the HLS-fMP4 playlists of dash/ rewritten to start at EXT-X-MEDIA-SEQUENCE
//                       100, with segment URIs pointing into ../dash/ (no media of its own).
//
// The live streams (lib/live-hls.mjs, lib/live-dash.mjs) loop over these VOD files, so nothing
// live is encoded. Each output is skipped when its stamp file says its recipe already ran, and is
// written to a temporary directory and renamed, so an interrupted run never leaves half a stream.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const out = path.resolve(process.argv[2] || 'target/media');

const X264 = [
  '-c:v', 'libx264', '-preset', 'veryfast', '-profile:v', 'main', '-pix_fmt', 'yuv420p',
  '-g', '60', '-keyint_min', '60', '-sc_threshold', '0',
];
const SOURCES = [
  '-hide_banner', '-loglevel', 'error', '-y',
  '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=30',
  '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
];

/** Builds <out>/<name> with `build(tmpDir)` unless its stamp already holds `recipe`. */
function produce(name, recipe, build) {
  const target = path.join(out, name);
  const stamp = path.join(target, '.recipe');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === recipe) {
    console.log('test media present: ' + target);
    return;
  }
  const tmp = path.join(out, name + '.tmp');
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  const started = Date.now();
  build(tmp);
  fs.writeFileSync(path.join(tmp, '.recipe'), recipe + '\n');
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(tmp, target);
  console.log('test media generated in ' + (Date.now() - started) + ' ms: ' + target);
}

function ffmpeg(cwd, args) {
  const r = spawnSync('/usr/bin/ffmpeg', [...SOURCES, ...args], { cwd, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('ffmpeg failed with status ' + r.status + (r.error ? ': ' + r.error : ''));
    process.exit(1);
  }
}

produce('vod', 'vod-60s-2s-360p800k-240p400k-ts-v1', (tmp) =>
  ffmpeg(tmp, [
    '-filter_complex', '[0:v]split=2[a][b];[a]null[v360];[b]scale=426:240[v240];[1:a]asplit=2[a0][a1]',
    '-map', '[v360]', '-map', '[a0]', '-map', '[v240]', '-map', '[a1]', '-t', '60',
    ...X264,
    '-b:v:0', '800k', '-maxrate:v:0', '900k', '-bufsize:v:0', '1600k',
    '-b:v:1', '400k', '-maxrate:v:1', '450k', '-bufsize:v:1', '800k',
    '-c:a', 'aac', '-b:a', '96k', '-ac', '2',
    '-f', 'hls', '-hls_time', '2', '-hls_playlist_type', 'vod', '-hls_flags', 'independent_segments',
    '-hls_segment_filename', 'v%v/seg%03d.ts', '-master_pl_name', 'master.m3u8',
    '-var_stream_map', 'v:0,a:0,name:360p v:1,a:1,name:240p', 'v%v/index.m3u8',
  ]));

const DASH_RECIPE = 'dash-60s-2s-360p800k-240p400k-aac-fmp4-hls-v1';
produce('dash', DASH_RECIPE, (tmp) =>
  ffmpeg(tmp, [
    '-filter_complex', '[0:v]split=2[a][b];[a]null[v360];[b]scale=426:240[v240]',
    '-map', '[v360]', '-map', '[v240]', '-map', '1:a', '-t', '60',
    ...X264,
    '-b:v:0', '800k', '-b:v:1', '400k', '-c:a', 'aac', '-b:a', '96k', '-ac', '2',
    '-f', 'dash', '-seg_duration', '2', '-use_template', '1', '-use_timeline', '0', '-hls_playlist', '1',
    '-adaptation_sets', 'id=0,streams=v id=1,streams=a',
    '-init_seg_name', 'init-$RepresentationID$.m4s',
    '-media_seg_name', 'chunk-$RepresentationID$-$Number%05d$.m4s', 'manifest.mpd',
  ]));

produce('hls-seq100', 'hls-seq100-v1-over-' + DASH_RECIPE, (tmp) => {
  const dash = path.join(out, 'dash');
  for (const name of fs.readdirSync(dash).filter((n) => n.endsWith('.m3u8'))) {
    const lines = fs.readFileSync(path.join(dash, name), 'utf8').split(/\r?\n/);
    const rewritten = [];
    for (const line of lines) {
      if (line.startsWith('#EXT-X-PROGRAM-DATE-TIME')) {
        continue;
      }
      if (line.startsWith('#EXT-X-MEDIA-SEQUENCE:')) {
        rewritten.push('#EXT-X-PLAYLIST-TYPE:VOD', '#EXT-X-MEDIA-SEQUENCE:100');
      } else if (line.startsWith('#EXT-X-MAP:URI="')) {
        rewritten.push(line.replace('URI="', 'URI="../dash/'));
      } else if (line && !line.startsWith('#') && name !== 'master.m3u8') {
        rewritten.push('../dash/' + line.trim());
      } else {
        rewritten.push(line);
      }
    }
    fs.writeFileSync(path.join(tmp, name), rewritten.join('\n'));
  }
});
