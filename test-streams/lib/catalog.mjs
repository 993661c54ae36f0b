// The built-in test streams: one catalogue for the e2e tests and the demo.
//
// Each entry: {id, name, kind: 'hls' | 'dash', live, path, audio: 'muxed' | 'separate', notes}.
// `path` is the URL path on a server that serves the media directory at /media/ and the live
// routes of live.mjs at /live/ (the e2e test server and the demo server both do). The media comes
// from make-media.mjs (default directory: mediaDir()).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `mvn -pl test-streams generate-resources` puts the media. */
export function mediaDir() {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'target', 'media');
}

export const STREAMS = Object.freeze([
  {
    id: 'hls-vod',
    name: 'HLS VOD, MPEG-TS, 360p + 240p (muxed audio)',
    kind: 'hls', live: false, path: '/media/vod/master.m3u8', audio: 'muxed',
    notes: '60 s, 30 × 2 s segments per rendition',
  },
  {
    id: 'hls-vod-audio',
    name: 'HLS VOD, fMP4, 360p + 240p + separate audio rendition',
    kind: 'hls', live: false, path: '/media/dash/master.m3u8', audio: 'separate',
    notes: 'the DASH segments through HLS playlists; EXT-X-MEDIA-SEQUENCE 1',
  },
  {
    id: 'hls-vod-seq100',
    name: 'HLS VOD, fMP4, separate audio, EXT-X-MEDIA-SEQUENCE 100',
    kind: 'hls', live: false, path: '/media/hls-seq100/master.m3u8', audio: 'separate',
    notes: 'the hls-vod-audio playlists renumbered from 100',
  },
  {
    id: 'dash-vod',
    name: 'DASH VOD, fMP4, 360p + 240p + audio',
    kind: 'dash', live: false, path: '/media/dash/manifest.mpd', audio: 'separate',
    notes: 'SegmentTemplate $Number$, 2 s segments',
  },
  {
    id: 'hls-live',
    name: 'HLS live, MPEG-TS, 360p + 240p (muxed audio)',
    kind: 'hls', live: true, path: '/live/vod/master.m3u8', audio: 'muxed',
    notes: 'sliding window over hls-vod, looping',
  },
  {
    id: 'hls-live-audio',
    name: 'HLS live, fMP4, 360p + 240p + separate audio rendition',
    kind: 'hls', live: true, path: '/live/dash/master.m3u8', audio: 'separate',
    notes: 'sliding window over hls-vod-audio, looping',
  },
  {
    id: 'dash-live',
    name: 'DASH live, fMP4, 360p + 240p + audio',
    kind: 'dash', live: true, path: '/live/dash/manifest.mpd', audio: 'separate',
    notes: 'dynamic MPD over dash-vod, $Number$ template, looping',
  },
]);

/** The entry with `id`, or undefined. */
export function streamById(id) {
  return STREAMS.find((s) => s.id === id);
}
