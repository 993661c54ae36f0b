package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 2: live (the rewriter, window 20 × 2 s), four SwarmLoader peers joining 3 s apart.
 * {@code liveSyncDurationCount} 15 puts playback 30 s behind the edge, beyond the 15 s high-demand
 * window, so segments have time to spread (browser-testing.md §8.4).
 */
class LiveSwarmTest {
  @RegisterExtension final Swarm swarm = new Swarm();

  @Test
  void fourLivePeersShareAndPlayInRealTime() {
    swarm.requireBundle(false);
    PageSpec spec =
        PageSpec.player(PageSpec.Engine.SWARM).stream(TestStreams.LIVE_360, swarm.namespace())
            .tracker(swarm.trackerPort())
            .liveSyncDurationCount(15)
            .deadlineMs(100_000);
    List<Peer> peers = swarm.joinStaggered(spec, 3_000, false, "A", "B", "C", "D");
    peers.get(3).awaitTrue("D playing", "r.playingAtMs !== null", Peer.seconds(25));
    // Rates are measured once every browser has launched: a launch takes a core for a moment.
    long allPlayingAt = System.currentTimeMillis() + 2_000;
    peers.get(3).awaitTrue("D played 24 s", "r.advancedS >= 24", Peer.seconds(45));
    List<PageResult> results = new ArrayList<>();
    for (Peer p : peers) {
      results.add(p.collect());
    }
    long p2p = results.stream().mapToLong(PageResult::p2pBytes).sum();
    long total = p2p + results.stream().mapToLong(PageResult::httpBytes).sum();
    double share = total == 0 ? 0 : (double) p2p / total;
    StringBuilder rates = new StringBuilder();
    for (PageResult r : results) {
      rates
          .append(' ')
          .append(r.tag())
          .append('=')
          .append(round3(r.playbackRateSince(allPlayingAt)));
    }
    swarm.report(
        "live 360p, 4 peers 3 s apart; swarm P2P share "
            + Math.round(share * 1000) / 10.0
            + " %; rates since all played:"
            + rates,
        results);

    for (PageResult r : results) {
      Verdicts.assertCleanPlayback(r, 8);
      assertTrue(r.p2pBytes() > 0, r.tag() + " received no P2P bytes");
      double rate = r.playbackRateSince(allPlayingAt);
      assertTrue(
          rate >= 0.95 && rate <= 1.05,
          r.tag()
              + ": playback rate "
              + rate
              + " since all peers played (5 s series from start "
              + r.rateSeries(5_000)
              + ")");
    }
    assertTrue(share >= 0.40, "swarm P2P share " + share + ", expected >= 0.40");
  }

  private static double round3(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
