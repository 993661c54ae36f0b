package io.swarmloader.e2e;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The streams the scenarios play (style.md §2.15): id, path on the loopback test server, VOD or
 * live, format, the players that apply, and a skip reason where a row cannot run yet. A scenario
 * picks rows from here and serves them under its own {@code /ns/<name>} prefix, so each scenario
 * has its own swarm IDs while reading the same files.
 */
final class TestStreams {
  private TestStreams() {}

  enum Player {
    HLSJS,
    SHAKA
  }

  /**
   * One row.
   *
   * @param path server path without the namespace prefix
   * @param skip null when the row runs, else why not
   */
  record TestStream(
      String id, String path, boolean isLive, String format, Set<Player> players, String skip) {
    /** The stream's URL path under a scenario namespace. */
    String url(String namespace) {
      return "/ns/" + namespace + path;
    }

    boolean appliesTo(Player player) {
      return skip == null && players.contains(player);
    }
  }

  /** HLS VOD, 360p + 240p, 30 × 2 s TS segments each (browser-testing.md §5.1). */
  static final TestStream VOD_MASTER =
      new TestStream(
          "vod-master", "/media/vod/master.m3u8", false, "HLS-TS", EnumSet.of(Player.HLSJS), null);

  /** The 360p media playlist of {@link #VOD_MASTER} alone: one swarm, deterministic shares. */
  static final TestStream VOD_360 =
      new TestStream(
          "vod-360p",
          "/media/vod/v360p/index.m3u8",
          false,
          "HLS-TS",
          EnumSet.of(Player.HLSJS),
          null);

  /**
   * {@link #VOD_MASTER} whose variant URIs answer 302 to the real media playlists, so hls.js sees
   * response URLs that differ from the playlist URLs (player-integration.md §3.8).
   */
  static final TestStream VOD_REDIRECTED =
      new TestStream(
          "vod-redirected-variants",
          "/media/vod/master.m3u8?redirect=1",
          false,
          "HLS-TS",
          EnumSet.of(Player.HLSJS),
          null);

  /** Live by the sliding-window rewriter over the 360p rendition (§5.4), window 20 × 2 s. */
  static final TestStream LIVE_360 =
      new TestStream(
          "live-360p",
          "/live/vod/v360p/index.m3u8",
          true,
          "HLS-TS",
          EnumSet.of(Player.HLSJS),
          null);

  /** Live master over both renditions. */
  static final TestStream LIVE_MASTER =
      new TestStream(
          "live-master", "/live/vod/master.m3u8", true, "HLS-TS", EnumSet.of(Player.HLSJS), null);

  /**
   * HLS VOD, fMP4, 360p + 240p with audio as a separate EXT-X-MEDIA rendition, numbered from
   * EXT-X-MEDIA-SEQUENCE 100 (test-streams {@code hls-vod-seq100}): hls.js and Shaka must still
   * agree on the 0-based VOD segment IDs (player-integration.md §4.7).
   */
  static final TestStream HLS_SEQ100_AUDIO =
      new TestStream(
          "hls-vod-seq100",
          "/media/hls-seq100/master.m3u8",
          false,
          "HLS-fMP4",
          EnumSet.of(Player.HLSJS, Player.SHAKA),
          null);

  /** HLS live over the same fMP4 renditions and separate audio (test-streams hls-live-audio). */
  static final TestStream HLS_LIVE_AUDIO =
      new TestStream(
          "hls-live-audio",
          "/live/dash/master.m3u8",
          true,
          "HLS-fMP4",
          EnumSet.of(Player.HLSJS, Player.SHAKA),
          null);

  /**
   * DASH VOD: fMP4, SegmentTemplate, 2 s segments, 360p + 240p + audio (browser-testing.md §5.2).
   */
  static final TestStream DASH_VOD =
      new TestStream(
          "dash-vod",
          "/media/dash/manifest.mpd",
          false,
          "DASH-fMP4",
          EnumSet.of(Player.SHAKA),
          null);

  /** DASH live: the dynamic MPD over {@link #DASH_VOD} (test-streams lib/live-dash.mjs). */
  static final TestStream DASH_LIVE =
      new TestStream(
          "dash-live",
          "/live/dash/manifest.mpd",
          true,
          "DASH-fMP4",
          EnumSet.of(Player.SHAKA),
          null);

  /**
   * URL fragments naming the audio rendition (representation 2) of the fMP4 streams: VOD chunks,
   * HLS live and DASH live segments.
   */
  static final List<String> AUDIO_URL_MARKERS = List.of("chunk-2-", "media_2-seg-", "live-2-");

  static final List<TestStream> ALL =
      List.of(
          VOD_MASTER,
          VOD_360,
          VOD_REDIRECTED,
          LIVE_360,
          LIVE_MASTER,
          HLS_SEQ100_AUDIO,
          HLS_LIVE_AUDIO,
          DASH_VOD,
          DASH_LIVE);
}
