package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Shaka scenarios 1 and 2: DASH VOD and DASH live through SwarmLoader's ShakaP2PEngine. */
class ShakaDashTest {
  @RegisterExtension final Swarm swarm = new Swarm();

  /**
   * DASH VOD, two Shaka peers, the second 8 s later: it gets at least 40 % of its bytes over P2P.
   * Both buffer 30 s ahead like hls.js's default maxBufferLength in VodSwarmTest: with Shaka's
   * default bufferingGoal of 10 s, A is barely ahead of B and the two split the origin downloads
   * (measured 37–40 % each way).
   */
  @Test
  void vodLaterShakaPeerGetsMostBytesOverP2p() {
    swarm.requireShakaBundle();
    VodSwarmTest.laterPeerGetsMostBytesOverP2p(
        swarm,
        PageSpec.shaka(PageSpec.Engine.SWARM).stream(TestStreams.DASH_VOD, swarm.namespace())
            .height(360)
            .bufferingGoal(30),
        "DASH VOD, Shaka B joins 8 s after Shaka A");
  }

  /**
   * The same on Shaka 4.16 (the last 4.x): the adapter's Shaka 4 paths (player configuration keys,
   * networking and parser registration) work with the older player.
   */
  @Test
  void vodLaterShakaPeerGetsMostBytesOverP2pOnShaka4() {
    swarm.requireShakaBundle();
    List<PageResult> results =
        VodSwarmTest.laterPeerGetsMostBytesOverP2p(
            swarm,
            PageSpec.shaka(PageSpec.Engine.SWARM).stream(TestStreams.DASH_VOD, swarm.namespace())
                .shaka4()
                .height(360)
                .bufferingGoal(30),
            "DASH VOD on Shaka 4.16, Shaka B joins 8 s after Shaka A");
    for (PageResult r : results) {
      assertTrue(
          r.logs().stream().anyMatch(line -> line.contains("shaka v4.16.")),
          "the page did not run Shaka 4.16: " + r.logs());
    }
  }

  /** DASH live (dynamic MPD, window 20 × 2 s), three Shaka peers 3 s apart: all share. */
  @Test
  void liveThreeShakaPeersShare() {
    swarm.requireShakaBundle();
    PageSpec spec =
        PageSpec.shaka(PageSpec.Engine.SWARM).stream(TestStreams.DASH_LIVE, swarm.namespace())
            .height(360)
            .tracker(swarm.trackerPort())
            .deadlineMs(90_000);
    List<Peer> peers = swarm.joinStaggered(spec, 3_000, false, "A", "B", "C");
    peers.get(2).awaitTrue("C played 14 s", "r.advancedS >= 14", Peer.seconds(50));
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
