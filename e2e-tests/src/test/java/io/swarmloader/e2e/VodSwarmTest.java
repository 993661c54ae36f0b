package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Scenario 1: VOD, two SwarmLoader peers, the second 8 s later. */
class VodSwarmTest {
  @RegisterExtension final Swarm swarm = new Swarm();

  @Test
  void laterPeerGetsMostBytesOverP2pAndHlsJsGetsTheOriginsBytes() {
    swarm.requireBundle(false);
    laterPeerGetsMostBytesOverP2p(
        swarm,
        PageSpec.player(PageSpec.Engine.SWARM).stream(TestStreams.VOD_360, swarm.namespace()),
        "VOD 360p, B joins 8 s after A");
  }

  /**
   * Peer A plays {@code spec}'s VOD stream; B joins 8 s later and plays 24 s. Both play cleanly
   * with the origin's bytes, B gets at least 40 % of its bytes over P2P and A uploads (also the
   * Shaka DASH scenario).
   */
  static List<PageResult> laterPeerGetsMostBytesOverP2p(Swarm swarm, PageSpec spec, String title) {
    spec.tracker(swarm.trackerPort()).deadlineMs(90_000);
    List<Peer> peers = swarm.joinStaggered(spec, 8_000, true, "A", "B");
    peers.get(1).awaitTrue("B played 24 s", "r.advancedS >= 24", Peer.seconds(50));
    PageResult ra = peers.get(0).collect();
    PageResult rb = peers.get(1).collect();
    swarm.report(title, List.of(ra, rb));

    Verdicts.assertCleanPlayback(ra, 15);
    Verdicts.assertCleanPlayback(rb, 15);
    assertTrue(
        rb.p2pShare() >= 0.40,
        "B got " + Math.round(rb.p2pShare() * 100) + " % of its bytes over P2P, expected >= 40 %");
    assertTrue(ra.uploadedBytes() > 0, "A uploaded nothing");
    return List.of(ra, rb);
  }
}
