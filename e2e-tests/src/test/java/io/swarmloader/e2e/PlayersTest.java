package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.swarmloader.e2e.TestStreams.TestStream;
import java.util.ArrayList;
import java.util.List;
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
    String only = System.getProperty("e2e.players", "");
    assumeTrue(
        only.isBlank() || List.of(only.split(",")).contains(player),
        "not in -De2e.players=" + only);
    PageSpec vodSpec = spec(player, vod);
    PageSpec liveSpec = spec(player, live);
    Peer aVod = swarm.join("A-vod", vodSpec);
    Peer aLive = swarm.join("A-live", liveSpec);
    aVod.awaitTrue("A-vod playing", "r.playingAtMs !== null", Peer.seconds(30));
    aLive.awaitTrue("A-live playing", "r.playingAtMs !== null", Peer.seconds(30));
    swarm.waitSinceLastJoin(8_000);
    Peer bVod = swarm.join("B-vod", vodSpec);
    Peer bLive = swarm.join("B-live", liveSpec);
    bVod.awaitTrue("B-vod played 24 s", "r.advancedS >= 24", Peer.seconds(60));
    bLive.awaitTrue("B-live played 24 s", "r.advancedS >= 24", Peer.seconds(30));

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
    for (Peer p : List.of(aVod, bVod, aLive, bLive)) {
      Verdicts.assertNoErrors(p.snapshot());
    }
  }

  private PageSpec spec(String player, TestStream stream) {
    PageSpec spec =
        PageSpec.players(player)
            .stream(stream, swarm.namespace())
            .tracker(swarm.trackerPort())
            .liveSyncDurationCount(15)
            .deadlineMs(150_000);
    return spec.usesShaka() ? spec.height(360) : spec;
  }

  /**
   * The player's controls are on screen, and its own API pauses and resumes the video and, on
   * VOD, seeks it 10 s ahead.
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
