// Generates the e2e test media once (browser-testing.md §5.1): node make-media.mjs <outDir>
//
// <outDir>/vod: 60 s HLS VOD, MPEG-TS, 2 s segments (30 per rendition), two renditions 360p
// (800 kb/s) and 240p (400 kb/s), H.264 Main + AAC-LC, master.m3u8 plus v360p/ and v240p/. The
// test server's live rewriter (§5.4) loops over the same renditions, so no separate live source is
// made. Skipped when the stamp file says this recipe already ran; written to a temporary
// directory and renamed, so an interrupted run never leaves half a stream behind.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const RECIPE = 'vod-60s-2s-360p800k-240p400k-ts-v1';
const out = path.resolve(process.argv[2] || 'target/media');
const target = path.join(out, 'vod');
const stamp = path.join(target, '.recipe');

if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === RECIPE) {
  console.log('test media present: ' + target);
  process.exit(0);
}
const tmp = path.join(out, 'vod.tmp');
fs.rmSync(tmp, { recursive: true, force: true });
fs.mkdirSync(tmp, { recursive: true });
const started = Date.now();
const ffmpeg = spawnSync('/usr/bin/ffmpeg', [
  '-hide_banner', '-loglevel', 'error', '-y',
  '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=30',
  '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
  '-filter_complex', '[0:v]split=2[a][b];[a]null[v360];[b]scale=426:240[v240];[1:a]asplit=2[a0][a1]',
  '-map', '[v360]', '-map', '[a0]', '-map', '[v240]', '-map', '[a1]', '-t', '60',
  '-c:v', 'libx264', '-preset', 'veryfast', '-profile:v', 'main', '-pix_fmt', 'yuv420p',
  '-g', '60', '-keyint_min', '60', '-sc_threshold', '0',
  '-b:v:0', '800k', '-maxrate:v:0', '900k', '-bufsize:v:0', '1600k',
  '-b:v:1', '400k', '-maxrate:v:1', '450k', '-bufsize:v:1', '800k',
  '-c:a', 'aac', '-b:a', '96k', '-ac', '2',
  '-f', 'hls', '-hls_time', '2', '-hls_playlist_type', 'vod', '-hls_flags', 'independent_segments',
  '-hls_segment_filename', 'v%v/seg%03d.ts', '-master_pl_name', 'master.m3u8',
  '-var_stream_map', 'v:0,a:0,name:360p v:1,a:1,name:240p', 'v%v/index.m3u8',
], { cwd: tmp, stdio: 'inherit' });
if (ffmpeg.status !== 0) {
  console.error('ffmpeg failed with status ' + ffmpeg.status + (ffmpeg.error ? ': ' + ffmpeg.error : ''));
  process.exit(1);
}
fs.writeFileSync(path.join(tmp, '.recipe'), RECIPE + '\n');
fs.rmSync(target, { recursive: true, force: true });
fs.renameSync(tmp, target);
console.log('test media generated in ' + (Date.now() - started) + ' ms: ' + target);
