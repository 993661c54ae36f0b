package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Shaka scenarios 1 and 2: DASH VOD and DASH live through SwarmLoader's ShakaP2PEngine. */
class ShakaDashTest {
  @RegisterExtension final Swarm swarm = new Swarm();

  /** DASH VOD, two Shaka peers, the second 8 s later: it gets most of its bytes over P2P. */
  @Test
  void vodLaterShakaPeerGetsMostBytesOverP2p() {
    swarm.requireShakaBundle();
    PageSpec spec =
        PageSpec.shaka(PageSpec.Engine.SWARM).stream(TestStreams.DASH_VOD, swarm.namespace())
            .tracker(swarm.trackerPort())
            .deadlineMs(90_000);
    Peer a = swarm.join("A", spec);
    a.awaitTrue("A playing", "r.playingAtMs !== null", Peer.seconds(25));
    swarm.waitSinceLastJoin(8_000);
    Peer b = swarm.join("B", spec);
    b.awaitTrue("B played 20 s", "r.advancedS >= 20", Peer.seconds(50));
    PageResult ra = a.collect();
    PageResult rb = b.collect();
    swarm.report("DASH VOD, Shaka B joins 8 s after Shaka A", List.of(ra, rb));

    Verdicts.assertCleanPlayback(ra, 15);
    Verdicts.assertCleanPlayback(rb, 15);
    assertTrue(
        rb.p2pShare() >= 0.40,
        "B got " + Math.round(rb.p2pShare() * 100) + " % of its bytes over P2P, expected >= 40 %");
    assertTrue(ra.uploadedBytes() > 0, "A uploaded nothing");
  }

  /** DASH live (dynamic MPD, window 20 × 2 s), three Shaka peers 3 s apart: all share. */
  @Test
  void liveThreeShakaPeersShare() {
    swarm.requireShakaBundle();
    PageSpec spec =
        PageSpec.shaka(PageSpec.Engine.SWARM).stream(TestStreams.DASH_LIVE, swarm.namespace())
            .tracker(swarm.trackerPort())
            .deadlineMs(90_000);
    List<Peer> peers = new ArrayList<>();
    for (String tag : List.of("A", "B", "C")) {
      if (!peers.isEmpty()) {
        swarm.waitSinceLastJoin(3_000);
      }
      peers.add(swarm.join(tag, spec));
    }
    Peer last = peers.get(peers.size() - 1);
    last.awaitTrue("C played 20 s", "r.advancedS >= 20", Peer.seconds(50));
    List<PageResult> results = new ArrayList<>();
    for (Peer p : peers) {
      results.add(p.collect());
    }
    swarm.report("DASH live, 3 Shaka peers 3 s apart", results);

    for (PageResult r : results) {
      Verdicts.assertCleanPlayback(r, 8);
      Verdicts.assertReceivedP2p(r);
    }
  }
}
