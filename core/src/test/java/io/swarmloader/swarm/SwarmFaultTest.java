package io.swarmloader.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.events.CoreEventListener;
import io.swarmloader.core.model.StreamType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The live swarm under faults: a peer vanishes mid-session, the tracker goes down for 40 s and
 * comes back, and the origin answers 500 for one segment for a while. The survivors keep playing
 * the right bytes, P2P keeps flowing, and every peer connect is matched by exactly one close.
 */
class SwarmFaultTest {
  @Test
  void liveSwarm_survivesVanishingPeerTrackerOutageAndOriginErrors() {
    SimulatedStream live =
        new SimulatedStream("https://origin.test/live", true, 2.0, 20, 0, 80_000, 5_000);
    SwarmHarness swarm = new SwarmHarness(live, 99L, 1_500_000, 1_000_000);
    Map<String, Integer> openPeers = new HashMap<>();
    int[] unmatchedCloses = new int[1];
    for (int i = 0; i < 5; i++) {
      SwarmHarness.Peer peer = swarm.addPeer("peer" + i, 15, 15);
      String self = peer.name;
      peer.core.addEventListener(
          new CoreEventListener() {
            @Override
            public void onPeerConnect(String peerId, StreamType streamType) {
              openPeers.merge(self + ">" + peerId, 1, Integer::sum);
            }

            @Override
            public void onPeerClose(String peerId, StreamType streamType) {
              if (openPeers.merge(self + ">" + peerId, -1, Integer::sum) < 0) {
                unmatchedCloses[0]++;
              }
            }
          });
      swarm.clock.advanceMs(3_000);
    }
    swarm.clock.advanceMs(45_000);

    // A peer vanishes: its browser is gone without any goodbye.
    SwarmHarness.Peer gone = swarm.peers.get(2);
    swarm.network.vanish(gone.name);
    gone.player.stop();
    swarm.clock.advanceMs(20_000);

    // The tracker goes down for 40 s.
    swarm.tracker.stop();
    swarm.clock.advanceMs(40_000);
    swarm.tracker.start();

    // The origin fails one upcoming segment for 6 s.
    long failing = live.firstSequence + 20 + (long) (swarm.clock.nowMs() / 2_000) + 5;
    swarm.origin.at(live.urlOf(failing)).status(500).body(new byte[0]);
    swarm.clock.advanceMs(6_000);
    swarm.origin.at(live.urlOf(failing)).status(200).body(live.bytesOf(failing));

    long p2pBeforeLastMinute = swarm.p2pBytes() - gone.p2pBytes;
    swarm.clock.advanceMs(60_000);
    long p2pInLastMinute = swarm.p2pBytes() - gone.p2pBytes - p2pBeforeLastMinute;
    gone.core.destroy();
    swarm.stopAll();
    System.out.println(swarm.report("Live swarm under faults (peer2 vanished at ~60 s)"));

    for (SwarmHarness.Peer p : swarm.peers) {
      assertEquals(0, p.player.wrongBytes, p.name + " got wrong bytes");
      if (p == gone) {
        continue;
      }
      assertTrue(p.player.stallCount <= 1, p.name + " stalled " + p.player.stallCount + " times");
      assertTrue(p.player.stallMs < 4_000, p.name + " stalled " + p.player.stallMs + " ms");
      assertTrue(p.player.deliveredSegments > 80, p.name + " played too little");
    }
    assertTrue(p2pInLastMinute > 0, "P2P resumed after the tracker came back");
    assertEquals(0, unmatchedCloses[0], "onPeerClose without a matching onPeerConnect");
    for (Map.Entry<String, Integer> e : openPeers.entrySet()) {
      assertEquals(0, e.getValue().intValue(), "connect/close imbalance for " + e.getKey());
    }
  }
}
