package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DASH live (the test-streams dynamic-MPD rewriter) plays in plain Shaka Player, with no P2P
 * engine: the baseline of the Shaka DASH live scenario, telling a stream problem from an adapter
 * one. Every other Shaka stream is played by a P2P scenario that passes with it (the HLS-fMP4 live
 * rewriter also by hls.js in CrossEngineTest).
 */
class ShakaStreamsTest {
  @RegisterExtension final Swarm swarm = new Swarm();

  @Test
  void plainShakaPlaysDashLive() {
    Peer p =
        swarm.join(
            "plain",
            PageSpec.shaka(PageSpec.Engine.NONE).stream(TestStreams.DASH_LIVE, swarm.namespace())
                .deadlineMs(60_000));
    p.awaitTrue("played 8 s", "r.advancedS >= 8", Peer.seconds(40));
    PageResult r = p.collect();
    swarm.report("plain Shaka on DASH live for 8 s", List.of(r));
    Verdicts.assertNoErrors(r);
    Verdicts.assertNoStall(r);
    Verdicts.assertByteIdentical(r, 6);
    assertEquals(Boolean.TRUE, r.raw().get("live"), "Shaka sees a live stream");
  }
}
