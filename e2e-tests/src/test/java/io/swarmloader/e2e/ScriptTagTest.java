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
    List<PageResult> results = swarm.laterPeerReceivesP2p(spec, 8, "script-tag pages, VOD 360p");
    PageResult ra = results.get(0);
    PageResult rb = results.get(1);

    Verdicts.assertCleanPlayback(ra, 5);
    Verdicts.assertCleanPlayback(rb, 4);
    assertTrue(rb.p2pBytes() > 0, "B received no P2P bytes");
  }
}
