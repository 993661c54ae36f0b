package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.swarmloader.e2e.TestStreams.TestStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The players people put on their pages, each wired to SwarmLoader the way {@code
 * player-recipes/recipes.js} (and docs/players.md) shows: two peers on a VOD stream and two on a
 * live stream, at once. Each later peer joins 8 s after the first and must get at least 40 % of its
 * segment bytes over P2P, every fragment must equal the origin's, no peer may stall or hit an
 * uncaught or fatal error, and the player's own UI must be alive: its controls rendered, and pause,
 * play and seek through the player's API acting on the video.
 *
 * <p>{@code -De2e.players=videojs,plyr} runs only the players named.
 */
class PlayersTest {
  @RegisterExtension final Swarm swarm = new Swarm();

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "videojs",
        "clappr",
        "mediaelement",
        "flowplayer",
        "plyr",
        "dplayer",
        "openplayer",
        "vidstack"
      })
  void hlsJsPlayerSharesVodAndLive(String player) {
    vodAndLive(player, TestStreams.VOD_360, TestStreams.LIVE_360);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"plyr-shaka", "dplayer-shaka"})
  void shakaPlayerSharesDashVodAndLive(String player) {
    vodAndLive(player, TestStreams.DASH_VOD, TestStreams.DASH_LIVE);
  }

  private void vodAndLive(String player, TestStream vod, TestStream live) {
    assumeSelected(player);
    PageSpec vodSpec = spec(player, vod);
    PageSpec liveSpec = spec(player, live);
    // A-live first, so that it has settled at its live position and buffer when B-live joins
    // (Vidstack, for one, starts nearer the edge and takes a few segments to get there).
    Peer aLive = swarm.join("A-live", liveSpec);
    Peer aVod = swarm.join("A-vod", vodSpec);
    aVod.awaitTrue("A-vod playing", "r.playingAtMs !== null", Peer.seconds(30));
    aLive.awaitTrue("A-live playing", "r.playingAtMs !== null", Peer.seconds(30));
    swarm.waitSinceLastJoin(8_000);
    Peer bVod = swarm.join("B-vod", vodSpec);
    Peer bLive = swarm.join("B-live", liveSpec);
    bVod.awaitTrue("B-vod played 24 s", "r.advancedS >= 24", Peer.seconds(60));
    // Live: B-live is judged on its first 16 s of playback, while it catches up from what A-live
    // holds. After that both peers sit 30 s behind with buffers reaching the live edge, and each
    // new edge segment goes to whichever peer refreshes its playlist first: with a fixed refresh
    // phase one peer fetches every new segment over HTTP, so the later peer's share drifts to
    // anywhere between 25 and 70 % over a long run (measured 38-72 % at 24 s). Coordinating who
    // fetches the edge is the scheduler's live-edge work, not a player's integration.
    bLive.awaitTrue("B-live played 16 s", "r.advancedS >= 16", Peer.seconds(30));

    List<PageResult> results = new ArrayList<>();
    for (Peer p : List.of(aVod, bVod, aLive, bLive)) {
      results.add(p.collect());
    }
    swarm.report(
        player + ": VOD and live, B joins 8 s after A; " + results.get(0).raw().get("player"),
        results);
    for (PageResult r : results) {
      Verdicts.assertCleanPlayback(r, r.tag().endsWith("vod") ? 10 : 6);
    }
    for (PageResult b : List.of(results.get(1), results.get(3))) {
      assertTrue(
          b.p2pShare() >= 0.40,
          b.tag()
              + " got "
              + Math.round(b.p2pShare() * 100)
              + " % of its segment bytes over P2P, expected >= 40 %");
    }
    assertTrue(results.get(0).uploadedBytes() > 0, "A-vod uploaded nothing");
    assertTrue(results.get(2).uploadedBytes() > 0, "A-live uploaded nothing");

    assertPlayerUiAlive(bVod, true);
    assertPlayerUiAlive(bLive, false);
    if (player.equals("videojs")) {
      // Video.js's live UI: its live tracker sees a live stream (duration Infinity) and shows it.
      assertEquals(
          Boolean.TRUE,
          bLive.value(
              "page.ui.player.liveTracker.isLive() && page.ui.player.hasClass('vjs-liveui')"),
          "B-live: Video.js does not show its live UI");
    }
    for (Peer p : List.of(aVod, bVod, aLive, bLive)) {
      Verdicts.assertNoErrors(p.snapshot());
    }
  }

  /**
   * Video.js's quality levels ({@code player.qualityLevels()}, fed by SwarmLoader's source handler)
   * drive hls.js: on the two-rendition master playlist, enabling only the 240p level pins hls.js to
   * it, and enabling both returns it to automatic selection.
   */
  @Test
  void videojsQualityLevelsDriveHlsJs() {
    assumeSelected("videojs");
    Peer peer = swarm.join("A", spec("videojs", TestStreams.VOD_MASTER));
    peer.awaitTrue(
        "two quality levels",
        "!!page && page.ui.player.qualityLevels().length === 2",
        Peer.seconds(30));
    peer.run(
        "const q = page.ui.player.qualityLevels();"
            + " for (let i = 0; i < q.length; i++) q[i].enabled = q[i].height === 240;");
    peer.awaitTrue(
        "hls.js pinned to the 240p level",
        "(() => { const hls = page.ui.player.tech(true).hls;"
            + " return hls.currentLevel >= 0 && hls.levels[hls.currentLevel].height === 240"
            + " && !hls.autoLevelEnabled; })()",
        Peer.seconds(15));
    peer.run(
        "const q = page.ui.player.qualityLevels(); for (let i = 0; i < q.length; i++) q[i].enabled = true;");
    peer.awaitTrue(
        "hls.js back to automatic selection",
        "page.ui.player.tech(true).hls.autoLevelEnabled",
        Peer.seconds(15));
    PageResult r = peer.collect();
    swarm.report("videojs quality levels on the master playlist", List.of(r));
    Verdicts.assertNoErrors(r);
    Verdicts.assertByteIdentical(r, 3);
  }

  /** Skips the scenario when {@code -De2e.players} names other players. */
  private static void assumeSelected(String player) {
    String only = System.getProperty("e2e.players", "");
    assumeTrue(
        only.isBlank() || List.of(only.split(",")).contains(player),
        "not in -De2e.players=" + only);
  }

  private PageSpec spec(String player, TestStream stream) {
    PageSpec spec =
        PageSpec.players(player).stream(stream, swarm.namespace())
            .tracker(swarm.trackerPort())
            .liveSyncDurationCount(15)
            .deadlineMs(150_000);
    return spec.usesShaka() ? spec.height(360) : spec;
  }

  /**
   * The player's controls are on screen, and its own API pauses and resumes the video and, on VOD,
   * seeks it 10 s ahead.
   */
  private static void assertPlayerUiAlive(Peer peer, boolean seek) {
    assertEquals(
        Boolean.TRUE,
        peer.value("page.ui.controlsRendered()"),
        peer.tag() + ": the player's controls are not rendered");
    peer.run("page.ui.pause()");
    peer.awaitTrue("paused through the player's API", "page.video.paused", Peer.seconds(5));
    double pausedAt = peer.doubleValue("page.video.currentTime");
    peer.run("page.ui.play()");
    peer.awaitTrue(
        "playing again through the player's API",
        "!page.video.paused && page.video.currentTime > " + (pausedAt + 1),
        Peer.seconds(10));
    if (seek) {
      double target = Math.floor(peer.doubleValue("page.video.currentTime")) + 10;
      peer.run("page.ui.seek(" + target + ")");
      peer.awaitTrue(
          "seeked to " + target + " s through the player's API and playing",
          "!page.video.seeking && page.video.currentTime >= "
              + target
              + " && page.video.currentTime < "
              + (target + 5),
          Peer.seconds(15));
    }
  }
}
