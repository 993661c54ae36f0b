package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 6: a plain page with {@code <script>} tags only (hls.js UMD and {@code
 * swarmloader-hlsjs.global.js}, global {@code SwarmLoaderHls}) plays with P2P between two peers.
 */
class ScriptTagTest {
  @RegisterExtension final Swarm swarm = new Swarm();

  @Test
  void scriptTagPagesPlayWithP2p() {
    swarm.requireBundle(true);
    PageSpec spec =
        PageSpec.scriptTag().stream(TestStreams.VOD_360, swarm.namespace())
            .tracker(swarm.trackerPort())
            .deadlineMs(60_000);
    Peer a = swarm.join("A", spec);
    a.awaitTrue("A playing", "r.playingAtMs !== null", Peer.seconds(20));
    swarm.waitSinceLastJoin(7_000);
    Peer b = swarm.join("B", spec);
    b.awaitTrue("B receives P2P bytes", "r.bytes.p2p > 0", Peer.seconds(25));
    b.awaitTrue("B played 8 s", "r.advancedS >= 8", Peer.seconds(20));
    PageResult ra = a.collect();
    PageResult rb = b.collect();
    swarm.report("script-tag pages, VOD 360p", List.of(ra, rb));

    Verdicts.assertCleanPlayback(ra, 5);
    Verdicts.assertCleanPlayback(rb, 4);
    assertTrue(rb.p2pBytes() > 0, "B received no P2P bytes");
  }
}
