package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The harness can fail: plain hls.js (no P2P engine) loads a stream whose origin corrupts one
 * segment once; the byte-identity check must name exactly that segment. (What the decoder then does
 * with the damaged frame, Chromium decides; it is printed, not asserted.)
 */
class HarnessSelfTest {
  @RegisterExtension final Swarm swarm = new Swarm();

  @Test
  void byteIdentityCheckCatchesACorruptedSegment() {
    String ns = swarm.namespace();
    String corrupted = TestStreams.VOD_360.url(ns).replace("index.m3u8", "seg002.ts");
    swarm.server().corrupt(corrupted, 1);
    Peer a =
        swarm.join(
            "A",
            PageSpec.player(PageSpec.Engine.NONE).stream(TestStreams.VOD_360, ns)
                .tracker(swarm.trackerPort())
                .deadlineMs(40_000));
    a.awaitTrue("A loaded 6 fragments", "Object.keys(r.hashes).length >= 6", Peer.seconds(25));
    PageResult r = a.collect();
    swarm.report("plain hls.js, seg002 corrupted once by the origin", List.of(r));

    System.out.println("[e2e]   media errors " + r.mediaErrors() + ", pauses " + r.pauses());
    assertEquals(List.of(), r.fatalErrors(), "fatal hls.js errors");
    Origin.Verification v = Origin.verify(r.hashes());
    assertEquals(1, v.mismatches().size(), "mismatches: " + v.mismatches());
    assertTrue(v.mismatches().get(0).contains(corrupted), v.mismatches().get(0));
    assertTrue(v.verified() >= 4, "verified only " + v.verified());
  }
}
