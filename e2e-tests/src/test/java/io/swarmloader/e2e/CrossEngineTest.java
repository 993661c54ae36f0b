package io.swarmloader.e2e;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Shaka scenario 4: one hls.js peer (player.html, SwarmLoader's hls.js bundle) and one Shaka peer
 * (shaka.html, SwarmLoader's Shaka bundle) on the same HLS source join one swarm: the adapters
 * derive the same swarm, stream and segment IDs (player-integration.md §4.6, §4.7), so each
 * receives P2P bytes from the other. They start 2 s apart, so both fetch some segments first.
 */
class CrossEngineTest {
  @RegisterExtension final Swarm swarm = new Swarm();

  @Test
  void hlsJsAndShakaShareVodBothWays() {
    bothWays(TestStreams.HLS_SEQ100_AUDIO, "HLS VOD from MEDIA-SEQUENCE 100");
  }

  @Test
  void hlsJsAndShakaShareLiveBothWays() {
    bothWays(TestStreams.HLS_LIVE_AUDIO, "HLS live");
  }

  private void bothWays(TestStreams.TestStream stream, String title) {
    swarm.requireBundle(false);
    swarm.requireShakaBundle();
    String ns = swarm.namespace();
    // hls.js 13 target durations behind the live edge, near Shaka's forced 25 s delay (§4.4).
    Peer h =
        swarm.join(
            "hlsjs",
            PageSpec.player(PageSpec.Engine.SWARM).stream(stream, ns)
                .height(360)
                .tracker(swarm.trackerPort())
                .liveSyncDurationCount(13)
                .deadlineMs(90_000));
    swarm.waitSinceLastJoin(2_000);
    Peer s =
        swarm.join(
            "shaka",
            PageSpec.shaka(PageSpec.Engine.SWARM).stream(stream, ns)
                .height(360)
                .tracker(swarm.trackerPort())
                .deadlineMs(90_000));
    for (Peer p : List.of(h, s)) {
      p.awaitTrue(p.tag() + " played 12 s", "r.advancedS >= 12", Peer.seconds(50));
    }
    PageResult rh = h.collect();
    PageResult rs = s.collect();
    swarm.report(
        title
            + ": hls.js peer + Shaka peer, 2 s apart; audio segments over P2P: hls.js "
            + rh.p2pDeliveredMatching(TestStreams.AUDIO_URL_MARKERS)
            + ", Shaka "
            + rs.p2pDeliveredMatching(TestStreams.AUDIO_URL_MARKERS),
        List.of(rh, rs));

    for (PageResult r : List.of(rh, rs)) {
      Verdicts.assertCleanPlayback(r, 8);
      Verdicts.assertReceivedP2p(r);
    }
  }
}
