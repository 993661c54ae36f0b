package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Scenario 4: origin errors, a peer leaving mid-transfer, the tracker dying. */
class FaultsTest {
  @RegisterExtension final Swarm swarm = new Swarm();

  /**
   * The origin answers 404 twice for one segment and 500 twice for another; the engine's HTTP
   * retries (httpErrorRetries 3) recover, hls.js never sees a fatal error and playback does not
   * stall.
   */
  @Test
  void originErrorsOnOneSegmentAreRetried() {
    swarm.requireBundle(false);
    String ns = swarm.namespace();
    String seg404 = TestStreams.VOD_360.url(ns).replace("index.m3u8", "seg004.ts");
    String seg500 = TestStreams.VOD_360.url(ns).replace("index.m3u8", "seg007.ts");
    swarm.server().fault(seg404, 404, 2);
    swarm.server().fault(seg500, 500, 2);
    Peer a =
        swarm.join(
            "A",
            PageSpec.player(PageSpec.Engine.SWARM).stream(TestStreams.VOD_360, ns)
                .tracker(swarm.trackerPort())
                .deadlineMs(60_000));
    a.awaitTrue("A played 18 s", "r.advancedS >= 18", Peer.seconds(40));
    PageResult r = a.collect();
    swarm.report("404 ×2 on seg004, 500 ×2 on seg007", List.of(r));
    List<Map<String, Object>> faults = faultsOf(swarm.server().state());
    System.out.println("[e2e]   server faults: " + faults);

    for (Map<String, Object> f : faults) {
      assertEquals(2L, PageResult.num(f.get("hits")), "fault not fully exercised: " + f);
    }
    Verdicts.assertCleanPlayback(r, 9);
    Set<String> erroredUrls = new HashSet<>();
    for (Map<String, Object> e : r.events("onSegmentError")) {
      erroredUrls.add(String.valueOf(e.get("url")));
    }
    for (String seg : List.of(seg404, seg500)) {
      assertTrue(
          erroredUrls.stream().anyMatch(u -> u.endsWith(seg)),
          "no onSegmentError for " + seg + "; errors reported for " + erroredUrls);
      assertTrue(
          r.hashes().keySet().stream().anyMatch(u -> u.endsWith(seg)),
          "hls.js never received " + seg);
    }
  }

  /**
   * Three peers on a private tracker. A's browser quits while C is pulling from the swarm; B and C
   * report A's close and keep playing. Then the tracker is killed (SIGKILL): B and C keep playing,
   * and a peer D joining afterwards reports the unreachable tracker and plays from HTTP.
   */
  @Test
  void peerLeavesMidTransferThenTrackerDies() {
    swarm.requireBundle(false);
    Tracker tracker = swarm.startTracker("faults-tracker");
    PageSpec spec =
        PageSpec.player(PageSpec.Engine.SWARM).stream(TestStreams.VOD_360, swarm.namespace())
            .tracker(tracker.port())
            .deadlineMs(90_000);
    Peer a = swarm.join("A", spec);
    a.awaitTrue("A playing", "r.playingAtMs !== null", Peer.seconds(20));
    swarm.waitSinceLastJoin(5_000);
    Peer b = swarm.join("B", spec);
    swarm.waitSinceLastJoin(4_000);
    Peer c = swarm.join("C", spec);
    c.awaitTrue("C receives P2P bytes", "r.bytes.p2p > 0", Peer.seconds(25));
    PageResult ra = a.snapshot();
    swarm.closePage(a);
    long closedAt = System.currentTimeMillis();
    for (Peer p : List.of(b, c)) {
      p.awaitTrue("onPeerClose after A left", "r.peersClosed.length > 0", Peer.seconds(15));
    }
    System.out.println(
        "[e2e]   peer close seen within " + (System.currentTimeMillis() - closedAt) + " ms");

    tracker.kill();
    long p2pAtKillB = b.numberValue("r.bytes.p2p");
    long p2pAtKillC = c.numberValue("r.bytes.p2p");
    Peer d = swarm.join("D", spec);
    d.awaitTrue("D played 10 s", "r.advancedS >= 10", Peer.seconds(30));
    d.awaitTrue(
        "D reports the dead tracker",
        "(r.eventCounts.onTrackerWarning || 0) + (r.eventCounts.onTrackerError || 0) > 0",
        Peer.seconds(5));
    List<PageResult> results = new ArrayList<>(List.of(ra));
    for (Peer p : List.of(b, c, d)) {
      results.add(p.collect());
    }
    PageResult rb = results.get(1);
    PageResult rc = results.get(2);
    PageResult rd = results.get(3);
    swarm.report(
        "A quits mid-transfer, tracker killed, D joins after; P2P bytes after the kill: B "
            + PageResult.mb(rb.p2pBytes() - p2pAtKillB)
            + ", C "
            + PageResult.mb(rc.p2pBytes() - p2pAtKillC),
        results);

    for (PageResult r : List.of(rb, rc)) {
      Verdicts.assertCleanPlayback(r, 8);
      assertTrue(
          r.peersConnected().containsAll(r.peersClosed()),
          r.tag() + ": closed peers that never connected: " + r.peersClosed());
      assertEquals(
          new HashSet<>(r.peersClosed()).size(),
          r.peersClosed().size(),
          r.tag() + ": onPeerClose twice for one peer: " + r.peersClosed());
    }
    Verdicts.assertCleanPlayback(rd, 5);
    assertEquals(0, rd.p2pBytes(), "D had no tracker, yet received P2P bytes");
    assertEquals(0, rd.peersConnected().size(), "D had no tracker, yet connected to peers");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> faultsOf(Map<String, Object> state) {
    return (List<Map<String, Object>>) state.get("faults");
  }
}
