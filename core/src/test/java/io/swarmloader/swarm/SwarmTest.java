package io.swarmloader.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The whole engine, end to end through the fakes: 8 peers join one stream a few seconds apart and
 * play 5 virtual minutes (player-integration.md §5, wire-protocol.md §8). Prints the figures.
 */
class SwarmTest {
  private static final int PEERS = 8;
  private static final int JOIN_GAP_MS = 3_000;
  private static final int PLAY_MS = 5 * 60_000;
  private static final int SEGMENT_BYTES = 100_000;

  @Test
  void liveStream_eightPeers_playWithoutStalls_withMostBytesFromPeers() {
    SimulatedStream live =
        new SimulatedStream("https://origin.test/live", true, 2.0, 20, 0, SEGMENT_BYTES, 1_000);
    SwarmHarness swarm = new SwarmHarness(live, 20261124L, 1_500_000, 1_000_000);
    runSwarm(swarm, /* liveSyncSegments= */ 15);
    System.out.println(swarm.report("Live swarm: 8 peers, 2 s segments, 20-segment window, 5 min"));
    assertSwarmHealthy(swarm);
  }

  @Test
  void vodStream_eightPeers_playWithoutStalls_withMostBytesFromPeers() {
    SimulatedStream vod =
        new SimulatedStream("https://origin.test/vod", false, 2.0, 0, 60, SEGMENT_BYTES, 0);
    SwarmHarness swarm = new SwarmHarness(vod, 7L, 1_500_000, 1_000_000);
    runSwarm(swarm, 0);
    System.out.println(swarm.report("VOD swarm: 8 peers, 60 segments of 2 s"));
    assertSwarmHealthy(swarm);
  }

  /** Eight peers join 3 s apart, each buffering 15 s, and play until 5 minutes have passed. */
  static void runSwarm(SwarmHarness swarm, int liveSyncSegments) {
    for (int i = 0; i < PEERS; i++) {
      swarm.addPeer("peer" + i, 15, liveSyncSegments);
      swarm.clock.advanceMs(JOIN_GAP_MS);
    }
    swarm.clock.advanceMs(PLAY_MS - (double) PEERS * JOIN_GAP_MS);
    swarm.stopAll();
  }

  private static void assertSwarmHealthy(SwarmHarness swarm) {
    for (SwarmHarness.Peer p : swarm.peers) {
      assertEquals(0, p.player.wrongBytes, p.name + " got segments whose bytes differ");
      assertEquals(0, p.player.stallCount, p.name + " stalled");
      assertTrue(p.player.deliveredSegments > 20, p.name + " played too little");
    }
    assertTrue(swarm.p2pShare() >= 0.5, "swarm P2P share " + swarm.p2pShare() + " is below 50 %");
  }
}
