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
    PageSpec spec =
        PageSpec.player(PageSpec.Engine.SWARM).stream(TestStreams.VOD_360, swarm.namespace())
            .tracker(swarm.trackerPort())
            .deadlineMs(90_000);
    Peer a = swarm.join("A", spec);
    a.awaitTrue("A playing", "r.playingAtMs !== null", Peer.seconds(20));
    swarm.waitSinceLastJoin(8_000);
    Peer b = swarm.join("B", spec);
    b.awaitTrue("B played 24 s", "r.advancedS >= 24", Peer.seconds(50));
    PageResult ra = a.collect();
    PageResult rb = b.collect();
    swarm.report("VOD 360p, B joins 8 s after A", List.of(ra, rb));

    Verdicts.assertCleanPlayback(ra, 15);
    Verdicts.assertCleanPlayback(rb, 15);
    assertTrue(
        rb.p2pShare() >= 0.40,
        "B got " + Math.round(rb.p2pShare() * 100) + " % of its bytes over P2P, expected >= 40 %");
    assertTrue(ra.uploadedBytes() > 0, "A uploaded nothing");
  }
}
