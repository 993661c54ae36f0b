package io.swarmloader.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.swarmloader.core.p2p.RemotePeer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rendezvous choice of the peer that seeds a segment over HTTP. */
class SeedOwnerTest {
  private static final String[] IDS = {
    "-SL0100-aaaaaaaaaaaa", "-SL0100-bbbbbbbbbbbb", "-SL0100-cccccccccccc", "-PM2310-dddddddddddd"
  };

  /** The peers {@code self} is connected to: every other ID. */
  private static List<RemotePeer> othersOf(String self) {
    List<RemotePeer> peers = new ArrayList<>();
    for (String id : IDS) {
      if (!id.equals(self)) {
        peers.add(new FakeRemotePeer(id));
      }
    }
    return peers;
  }

  @Test
  void peersThatSeeEachOtherAgreeOnExactlyOneOwnerPerSegment() {
    for (long segment = 0; segment < 2_000; segment++) {
      int owners = 0;
      for (String self : IDS) {
        if (SeedOwner.isOwner(self, othersOf(self), segment)) {
          owners++;
        }
      }
      assertEquals(1, owners, "segment " + segment);
    }
  }

  @Test
  void ownershipRotatesEvenlyOverThePeers() {
    int[] owned = new int[IDS.length];
    int segments = 8_000;
    for (long segment = 0; segment < segments; segment++) {
      for (int i = 0; i < IDS.length; i++) {
        if (SeedOwner.isOwner(IDS[i], othersOf(IDS[i]), segment)) {
          owned[i]++;
        }
      }
    }
    for (int count : owned) {
      assertEquals(0.25, (double) count / segments, 0.02);
    }
  }

  @Test
  void consecutiveSegmentsChangeOwner() {
    int changes = 0;
    String previous = null;
    for (long segment = 100; segment < 200; segment++) {
      String owner = null;
      for (String self : IDS) {
        if (SeedOwner.isOwner(self, othersOf(self), segment)) {
          owner = self;
        }
      }
      if (previous != null && !previous.equals(owner)) {
        changes++;
      }
      previous = owner;
    }
    // Four peers: about three in four neighbours have different owners.
    assertEquals(75, changes, 15);
  }

  @Test
  void aPeerAloneOwnsEverything_andWeightsDependOnBothInputs() {
    assertEquals(true, SeedOwner.isOwner(IDS[0], new ArrayList<>(), 7));
    assertNotEquals(SeedOwner.weight(IDS[0], 7), SeedOwner.weight(IDS[1], 7));
    assertNotEquals(SeedOwner.weight(IDS[0], 7), SeedOwner.weight(IDS[0], 8));
  }

  /**
   * Fixed values (also computed independently with 32-bit arithmetic outside Java): every peer,
   * whatever it runs on, must compute the same weights, or peers stop agreeing on owners.
   */
  @Test
  void weightTestVectors() {
    assertEquals(0x94452efa, SeedOwner.weight("-SL0100-aaaaaaaaaaaa", 0));
    assertEquals(0x3afdd3c1, SeedOwner.weight("-SL0100-aaaaaaaaaaaa", 1));
    assertEquals(0x011e61eb, SeedOwner.weight("-PM2310-dddddddddddd", 123_456_789_012L));
  }
}
