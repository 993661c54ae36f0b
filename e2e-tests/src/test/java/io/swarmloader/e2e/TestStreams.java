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

  /** DASH rows wait for the Shaka adapter and its e2e pages. */
  static final TestStream DASH_VOD =
      new TestStream(
          "dash-vod",
          "/media/dash/manifest.mpd",
          false,
          "DASH-fMP4",
          EnumSet.of(Player.SHAKA),
          "the Shaka adapter and DASH media are not part of this module yet");

  static final List<TestStream> ALL =
      List.of(VOD_MASTER, VOD_360, VOD_REDIRECTED, LIVE_360, LIVE_MASTER, DASH_VOD);
}
