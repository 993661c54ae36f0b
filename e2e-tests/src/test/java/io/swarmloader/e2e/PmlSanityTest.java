package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Harness check that needs no SwarmLoader code: two p2p-media-loader 2.3.1 pages on the VOD stream
 * exchange segments over P2P through the real tracker (browser-testing.md §8.4). If this fails, the
 * environment (Chromium flags, servers, tracker, media) is broken, not SwarmLoader.
 */
class PmlSanityTest {
  @RegisterExtension final Swarm swarm = new Swarm();

  @Test
  void twoP2pMediaLoaderPeersExchangeSegments() {
    PageSpec spec =
        PageSpec.player(PageSpec.Engine.PML).stream(TestStreams.VOD_360, swarm.namespace())
            .tracker(swarm.trackerPort())
            .deadlineMs(60_000);
    Peer a = swarm.join("A", spec);
    a.awaitTrue("A playing", "r.playingAtMs !== null", Peer.seconds(20));
    swarm.waitSinceLastJoin(8_000);
    Peer b = swarm.join("B", spec);
    b.awaitTrue("B receives P2P bytes", "r.bytes.p2p > 0", Peer.seconds(25));
    b.awaitTrue(
        "B played 6 s",
        "r.playingAtMs !== null && r.samples.length > 0"
            + " && r.samples[r.samples.length - 1][1] >= 6",
        Peer.seconds(20));
    PageResult ra = a.collect();
    PageResult rb = b.collect();
    swarm.report("p2p-media-loader 2.3.1 pair", List.of(ra, rb));
    Verdicts.assertNoErrors(ra);
    Verdicts.assertNoErrors(rb);
    Verdicts.assertByteIdentical(rb, 3);
    assertTrue(rb.p2pBytes() > 0, "B got no P2P bytes");
  }
}
