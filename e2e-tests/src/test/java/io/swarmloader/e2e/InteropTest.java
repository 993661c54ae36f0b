package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 5: wire compatibility. One page runs p2p-media-loader-hlsjs 2.3.1, the other
 * SwarmLoader, on the same stream and tracker; each must download segments from the other.
 */
class InteropTest {
  @RegisterExtension final Swarm swarm = new Swarm();

  @Test
  void p2pMediaLoaderAndSwarmLoaderExchangeSegmentsBothWays() {
    swarm.requireBundle(false);
    String ns = swarm.namespace();
    Peer pml =
        swarm.join(
            "PML",
            PageSpec.player(PageSpec.Engine.PML).stream(TestStreams.VOD_360, ns)
                .tracker(swarm.trackerPort())
                .deadlineMs(80_000));
    pml.awaitTrue("PML playing", "r.playingAtMs !== null", Peer.seconds(20));
    Peer sl =
        swarm.join(
            "SL",
            PageSpec.player(PageSpec.Engine.SWARM).stream(TestStreams.VOD_360, ns)
                .tracker(swarm.trackerPort())
                .deadlineMs(80_000));
    sl.awaitTrue("SL connects to PML", "r.peersConnected.length > 0", Peer.seconds(20));
    sl.awaitTrue("SL receives P2P bytes from PML", "r.bytes.p2p > 0", Peer.seconds(30));
    pml.awaitTrue("PML receives P2P bytes from SL", "r.bytes.p2p > 0", Peer.seconds(40));
    sl.awaitTrue("SL played 8 s", "r.advancedS >= 8", Peer.seconds(20));
    PageResult rp = pml.collect();
    PageResult rs = sl.collect();
    swarm.report("p2p-media-loader 2.3.1 (PML) with SwarmLoader (SL), PML first", List.of(rp, rs));

    Verdicts.assertCleanPlayback(rp, 5);
    Verdicts.assertCleanPlayback(rs, 5);
    assertTrue(rs.p2pBytes() > 0 && rp.uploadedBytes() > 0, "no bytes from PML to SL");
    assertTrue(rp.p2pBytes() > 0 && rs.uploadedBytes() > 0, "no bytes from SL to PML");
    assertTrue(
        rp.p2pBytesByPeer().keySet().stream().noneMatch(id -> id.startsWith("-PM")),
        "PML's P2P bytes came from a p2p-media-loader peer: " + rp.p2pBytesByPeer());
  }
}
