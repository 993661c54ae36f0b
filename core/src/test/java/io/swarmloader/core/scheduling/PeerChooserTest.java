package io.swarmloader.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.swarmloader.core.p2p.RemotePeer;
import io.swarmloader.testing.SeededRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Peer choice of player-integration.md §5.7. */
class PeerChooserTest {
  private static final int PICKS = 20_000;
  private final SeededRandom random = new SeededRandom(11);
  private final PeerChooser chooser = new PeerChooser(random);

  private static FakeRemotePeer peer(String id, double speedBps) {
    FakeRemotePeer peer = new FakeRemotePeer(id);
    peer.speedBps = speedBps;
    return peer;
  }

  private double[] shares(List<RemotePeer> candidates) {
    double[] counts = new double[candidates.size()];
    for (int i = 0; i < PICKS; i++) {
      counts[candidates.indexOf(chooser.choose(candidates))]++;
    }
    for (int i = 0; i < counts.length; i++) {
      counts[i] /= PICKS;
    }
    return counts;
  }

  @Test
  void choose_oneCandidate_takesItWithoutRandomness() {
    FakeRemotePeer only = peer("a", 0);

    assertSame(only, chooser.choose(List.of(only)));
  }

  @Test
  void choose_allSpeedsZero_uniform() {
    double[] shares = shares(List.of(peer("a", 0), peer("b", 0), peer("c", 0), peer("d", 0)));

    for (double share : shares) {
      assertEquals(0.25, share, 0.015, "seed " + random.seed());
    }
  }

  @Test
  void choose_measuredSpeeds_weightedByMaxOfSpeedAndBase() {
    // base = max(1, 0.1 × 9e6) = 9e5; unproven: c (0); 1 × 9e5 <= proven sum 1e7: base stays.
    // weights 9e6, 1e6, 9e5 out of 1.09e7
    double[] shares = shares(List.of(peer("a", 9e6), peer("b", 1e6), peer("c", 0)));

    assertEquals(9 / 10.9, shares[0], 0.015, "seed " + random.seed());
    assertEquals(1 / 10.9, shares[1], 0.015, "seed " + random.seed());
    assertEquals(0.9 / 10.9, shares[2], 0.015, "seed " + random.seed());
  }

  @Test
  void weightBase_manyUnprovenPeers_loweredToProvenSumPerUnproven() {
    double[] speeds = new double[21];
    speeds[0] = 10; // base = max(1, 1) = 1; 20 unproven × 1 > 10 → base = 10 / 20

    assertEquals(0.5, PeerChooser.weightBase(speeds, 10));
  }

  @Test
  void choose_manyUnprovenPeers_fastPeerKeepsHalfTheChoices() {
    FakeRemotePeer[] peers = new FakeRemotePeer[21];
    peers[0] = peer("fast", 10);
    for (int i = 1; i < peers.length; i++) {
      peers[i] = peer("new" + i, 0);
    }

    double[] shares = shares(List.of(peers));

    assertEquals(0.5, shares[0], 0.015, "seed " + random.seed());
  }
}
