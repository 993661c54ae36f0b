package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Shaka scenario 5 (FaultsTest's for hls.js): three Shaka peers on DASH VOD and a private tracker;
 * A's page is closed while C pulls from the swarm, then the tracker is killed. B and C report A's
 * close and keep playing without a stall or a Shaka error.
 */
class ShakaFaultsTest {
  @RegisterExtension final Swarm swarm = new Swarm();

  @Test
  void shakaPeerLeavesMidTransferThenTrackerDies() {
    swarm.requireShakaBundle();
    Tracker tracker = swarm.startTracker("shaka-faults-tracker");
    PageSpec spec =
        PageSpec.shaka(PageSpec.Engine.SWARM).stream(TestStreams.DASH_VOD, swarm.namespace())
            .height(360)
            .tracker(tracker.port())
            .deadlineMs(90_000);
    List<Peer> peers = swarm.joinStaggered(spec, 4_000, true, "A", "B", "C");
    Peer a = peers.get(0);
    Peer b = peers.get(1);
    Peer c = peers.get(2);
    c.awaitTrue("C receives P2P bytes", "r.bytes.p2p > 0", Peer.seconds(25));
    PageResult ra = a.snapshot();
    swarm.closePage(a);
    for (Peer p : List.of(b, c)) {
      p.awaitTrue("onPeerClose after A left", "r.peersClosed.length > 0", Peer.seconds(15));
    }
    tracker.kill();
    double killedAtB = b.doubleValue("r.advancedS");
    double killedAtC = c.doubleValue("r.advancedS");
    for (Peer p : List.of(b, c)) {
      p.awaitTrue(
          p.tag() + " played 6 s after the tracker died",
          "r.advancedS >= " + ((p == b ? killedAtB : killedAtC) + 6),
          Peer.seconds(25));
    }
    List<PageResult> results = new ArrayList<>(List.of(ra, b.collect(), c.collect()));
    swarm.report("DASH VOD, Shaka A quits mid-transfer, then the tracker is killed", results);

    for (PageResult r : results.subList(1, 3)) {
      Verdicts.assertCleanPlayback(r, 8);
      assertTrue(
          r.peersConnected().containsAll(r.peersClosed()),
          r.tag() + ": closed peers that never connected: " + r.peersClosed());
    }
    Verdicts.assertReceivedP2p(results.get(2));
  }
}
