package io.swarmloader.core.p2p;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.download.SegmentBuffer;
import io.swarmloader.core.protocol.PeerCommand.SegmentsAnnouncement;
import io.swarmloader.testing.ScriptedDataChannel;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Announced view, malformed input and close, wire-protocol.md §8.1, §8.5, §8.6. */
class PeerSessionTest {
  private static final byte[] INVALID_NIBBLE_FRAME = {
    'c', 's', 't', 'r', 0x04, 'i', 0x31, 0x07, 'c', 'e', 'n', 'd'
  };
  private static final byte[] UNKNOWN_CODE_FRAME = {'c', 's', 't', 'r', 0x09, 'c', 'e', 'n', 'd'};
  private static final byte[] ORPHAN_CONTINUATION = {'d', 's', 't', 'r', 0x00, 'c', 'e', 'n', 'd'};

  private static final byte[] CSTR = {'c', 's', 't', 'r'};
  private static final byte[] DSTR = {'d', 's', 't', 'r'};
  private static final byte[] CEND = {'c', 'e', 'n', 'd'};
  private static final byte[] DEND = {'d', 'e', 'n', 'd'};

  private final SwarmHarness h = new SwarmHarness();
  private final ScriptedDataChannel alice = h.connector.connect("alice");
  private final PeerSession peer = h.peer("alice");

  @Test
  void announcement_replacesWholeView() {
    alice.receiveCommand(new SegmentsAnnouncement(new long[] {1, 2, 300}, new long[] {4}));
    assertTrue(peer.hasLoaded(300));
    assertTrue(peer.isHttpLoading(4));
    alice.receiveCommand(new SegmentsAnnouncement(new long[] {5}, new long[0]));
    assertFalse(peer.hasLoaded(1));
    assertFalse(peer.isHttpLoading(4));
    assertTrue(peer.hasLoaded(5));
    alice.receiveCommand(SegmentsAnnouncement.EMPTY);
    assertFalse(peer.hasLoaded(5));
    assertEquals(3, h.events.count("announcement alice"));
  }

  @Test
  void announcement_overMaxAnnouncedIds_truncatedPeerStays() {
    h.config = h.config.toBuilder().maxAnnouncedIds(3).build();
    alice.receiveCommand(new SegmentsAnnouncement(new long[] {1, 2, 3, 4, 5}, new long[] {9}));
    assertTrue(peer.hasLoaded(3));
    assertFalse(peer.hasLoaded(4));
    assertTrue(peer.isHttpLoading(9));
    assertFalse(alice.isClosed());
  }

  @Test
  void malformed_threeWithin60s_disconnects() {
    alice.receive(INVALID_NIBBLE_FRAME);
    h.clock.advanceMs(30_000);
    alice.receive(INVALID_NIBBLE_FRAME);
    assertFalse(alice.isClosed());
    h.clock.advanceMs(29_999);
    alice.receive(INVALID_NIBBLE_FRAME);
    assertTrue(alice.isClosed());
    assertEquals(
        List.of("error alice malformed-commands", "closed alice"), h.events.events.subList(1, 3));
  }

  @Test
  void malformed_spreadOverMoreThan60s_peerStays() {
    alice.receive(INVALID_NIBBLE_FRAME);
    h.clock.advanceMs(30_000);
    alice.receive(INVALID_NIBBLE_FRAME);
    h.clock.advanceMs(30_000);
    alice.receive(INVALID_NIBBLE_FRAME);
    assertFalse(alice.isClosed());
  }

  @Test
  void malformed_textMessagesAndJoinerErrorsCount() {
    alice.receiveText("hello");
    alice.receive(ORPHAN_CONTINUATION);
    assertFalse(alice.isClosed());
    alice.receiveText("again");
    assertTrue(alice.isClosed());
  }

  @Test
  void malformed_oversizeCommandCounts() {
    h.config = h.config.toBuilder().maxCommandBytes(64).build();
    long[] ids = new long[200];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = k * 256L;
    }
    for (int k = 0; k < 3; k++) {
      assertFalse(alice.isClosed(), "command " + k);
      alice.receiveCommand(new SegmentsAnnouncement(ids, new long[0]));
    }
    assertTrue(alice.isClosed());
    assertFalse(peer.hasLoaded(0));
  }

  @Test
  void unknownCommandCode_ignoredNotCounted() {
    for (int k = 0; k < 5; k++) {
      alice.receive(UNKNOWN_CODE_FRAME);
    }
    assertFalse(alice.isClosed());
  }

  @Test
  void close_twiceAndThenRemoteClose_reportsOnce() {
    peer.close();
    peer.close();
    alice.remoteClose("late");
    assertEquals(1, h.events.count("closed alice"));
    assertEquals(List.of("alice"), h.connector.disconnected);
    assertTrue(peer.isClosed());
    assertEquals(1, alice.closeCalls());
  }

  @Test
  void remoteClose_reportsOnceAndForgetsAnnouncements() {
    alice.receiveCommand(new SegmentsAnnouncement(new long[] {1}, new long[] {2}));
    alice.remoteClose("ice failed");
    peer.close();
    assertEquals(1, h.events.count("closed alice"));
    assertFalse(peer.hasLoaded(1));
    assertFalse(peer.isHttpLoading(2));
    assertEquals(List.of(), h.swarm.connectedPeers());
  }

  @Test
  void garbage_randomMessagesAndFrames_neverThrowAndPeerEitherStaysOrIsClosed() {
    for (int round = 0; round < 200; round++) {
      long seed = 0x6A4BA6E + round;
      SplittableRandom random = new SplittableRandom(seed);
      SwarmHarness fresh = new SwarmHarness();
      fresh.local.put(3, new byte[100]);
      ScriptedDataChannel channel = fresh.connectAnnouncing("mallory", 1, 2, 3);
      fresh.download(
          "mallory", SwarmHarness.segment(2), new SegmentBuffer(), new RecordingAttemptListener());
      for (int k = 0; k < 50 && !channel.isClosed(); k++) {
        byte[] m = new byte[random.nextInt(40)];
        random.nextBytes(m);
        if (m.length >= 8 && random.nextBoolean()) {
          System.arraycopy(random.nextBoolean() ? CSTR : DSTR, 0, m, 0, 4);
          System.arraycopy(random.nextBoolean() ? CEND : DEND, 0, m, m.length - 4, 4);
          m[4] = (byte) random.nextInt(7);
        }
        channel.receive(m);
        fresh.clock.advanceMs(random.nextInt(3_000));
      }
      PeerSession mallory = (PeerSession) findOrNull(fresh, "mallory");
      assertTrue(mallory == null || !mallory.isClosed(), "seed " + seed);
      assertEquals(channel.isClosed(), mallory == null, "seed " + seed);
    }
  }

  @Test
  void peerId_opaqueStringKept() {
    String odd = "\u00ff\u0001-PM0203-abcdefghijk";
    h.connector.connect(odd);
    assertEquals(odd, h.peer(odd).peerId());
  }

  private static RemotePeer findOrNull(SwarmHarness harness, String peerId) {
    for (RemotePeer p : harness.swarm.connectedPeers()) {
      if (p.peerId().equals(peerId)) {
        return p;
      }
    }
    return null;
  }
}
