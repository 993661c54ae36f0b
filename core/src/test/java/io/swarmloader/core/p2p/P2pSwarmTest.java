package io.swarmloader.core.p2p;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.download.SegmentBuffer;
import io.swarmloader.core.protocol.PeerCommand.SegmentRequest;
import io.swarmloader.core.protocol.PeerCommand.SegmentsAnnouncement;
import io.swarmloader.testing.ScriptedDataChannel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Peer set and announcements of one swarm, wire-protocol.md §8.1, §8.6, §4 Duplicates. */
class P2pSwarmTest {
  private final SwarmHarness h = new SwarmHarness();

  @Test
  void connect_uploadEnabled_announcesCurrentStateAtOnce() {
    h.swarm.setLocalState(new long[] {1, 2, 3}, new long[] {4});
    h.clock.runDue();
    ScriptedDataChannel alice = h.connector.connect("alice");
    assertEquals(
        List.of(new SegmentsAnnouncement(new long[] {1, 2, 3}, new long[] {4})),
        alice.sentCommands());
    assertEquals(List.of("connected alice"), h.events.events);
    assertEquals(1, h.swarm.connectedPeers().size());
  }

  @Test
  void connect_uploadDisabledInConfig_sendsNothing() {
    SwarmHarness disabled =
        new SwarmHarness(StreamConfig.builder().isP2PUploadDisabled(true).build());
    disabled.swarm.setLocalState(new long[] {1}, new long[0]);
    disabled.clock.runDue();
    ScriptedDataChannel alice = disabled.connector.connect("alice");
    disabled.clock.runDue();
    assertEquals(List.of(), alice.sentMessages());
    assertTrue(disabled.swarm.isUploadDisabled());
  }

  @Test
  void setLocalState_severalInOneTurn_oneAnnouncementPerPeerWithLatestState() {
    ScriptedDataChannel alice = h.connectAnnouncing("alice");
    ScriptedDataChannel bob = h.connectAnnouncing("bob");
    h.swarm.setLocalState(new long[] {1}, new long[0]);
    h.swarm.setLocalState(new long[] {1, 2}, new long[] {3});
    assertEquals(List.of(), alice.sentMessages());
    h.clock.runDue();
    SegmentsAnnouncement expected = new SegmentsAnnouncement(new long[] {1, 2}, new long[] {3});
    assertEquals(List.of(expected), alice.sentCommands());
    assertEquals(List.of(expected), bob.sentCommands());
  }

  @Test
  void setLocalState_arraysCopied() {
    long[] loaded = {1, 2};
    h.swarm.setLocalState(loaded, new long[0]);
    loaded[0] = 99;
    ScriptedDataChannel alice = h.connector.connect("alice");
    assertEquals(
        List.of(new SegmentsAnnouncement(new long[] {1, 2}, new long[0])), alice.sentCommands());
  }

  @Test
  void setUploadDisabled_sendsOneEmptyThenNothingThenFullOnEnable() {
    h.swarm.setLocalState(new long[] {1}, new long[0]);
    h.clock.runDue();
    ScriptedDataChannel alice = h.connectAnnouncing("alice");
    h.swarm.setUploadDisabled(true);
    h.clock.runDue();
    assertEquals(List.of(SegmentsAnnouncement.EMPTY), alice.sentCommands());
    h.swarm.setLocalState(new long[] {1, 2}, new long[0]);
    h.clock.runDue();
    ScriptedDataChannel bob = h.connector.connect("bob");
    h.clock.runDue();
    assertEquals(1, alice.sentCommands().size());
    assertEquals(List.of(), bob.sentMessages());
    h.swarm.setUploadDisabled(false);
    h.clock.runDue();
    SegmentsAnnouncement full = new SegmentsAnnouncement(new long[] {1, 2}, new long[0]);
    assertEquals(full, alice.sentCommands().get(1));
    assertEquals(List.of(full), bob.sentCommands());
  }

  @Test
  void setUploadDisabled_sameValue_noAnnouncement() {
    ScriptedDataChannel alice = h.connectAnnouncing("alice");
    h.swarm.setUploadDisabled(false);
    h.clock.runDue();
    assertEquals(List.of(), alice.sentMessages());
  }

  @Test
  void setPlayheadSegmentId_over255Groups_keepsGroupsNearPlayhead() {
    long[] ids = new long[400];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = k * 256L;
    }
    h.swarm.setPlayheadSegmentId(399 * 256L);
    h.swarm.setLocalState(ids, new long[0]);
    ScriptedDataChannel alice = h.connector.connect("alice");
    long[] announced = ((SegmentsAnnouncement) alice.sentCommands().get(0)).loaded();
    assertEquals(255, announced.length);
    assertEquals(145 * 256L, announced[0]);
    assertEquals(399 * 256L, announced[254]);
  }

  @Test
  void connect_duplicatePeerId_secondChannelClosedFirstKept() {
    ScriptedDataChannel first = h.connector.connect("alice");
    RemotePeer peer = h.swarm.connectedPeers().get(0);
    ScriptedDataChannel second = h.connector.connect("alice");
    assertTrue(second.isClosed());
    assertFalse(second.hasListener());
    assertFalse(first.isClosed());
    assertSame(peer, h.swarm.connectedPeers().get(0));
    assertEquals(List.of("connected alice"), h.events.events);
    assertEquals(List.of(), h.connector.disconnected);
  }

  @Test
  void peerClose_removedConnectorToldListenerOnce_thenReconnectIsNewPeer() {
    ScriptedDataChannel alice = h.connectAnnouncing("alice", 5);
    RemotePeer old = h.peer("alice");
    alice.remoteClose("closed");
    assertEquals(List.of("closed alice"), h.events.events);
    assertEquals(List.of("alice"), h.connector.disconnected);
    assertEquals(List.of(), h.swarm.connectedPeers());
    h.connector.connect("alice");
    RemotePeer fresh = h.peer("alice");
    assertFalse(fresh == old);
    assertFalse(fresh.hasLoaded(5)); // must announce again
  }

  @Test
  void trackerEvents_forwarded() {
    h.connector.listener.onTrackerWarning("w");
    h.connector.listener.onTrackerError("e");
    assertEquals(List.of("tracker warning w", "tracker error e"), h.events.events);
  }

  @Test
  void destroy_closesEverythingOnceAndLeavesNoTasks() {
    h.local.put(3, new byte[10]);
    h.local.deferReads(true);
    ScriptedDataChannel alice = h.connectAnnouncing("alice", 7);
    ScriptedDataChannel bob = h.connectAnnouncing("bob");
    RecordingAttemptListener attempt = new RecordingAttemptListener();
    h.download("alice", SwarmHarness.segment(7), new SegmentBuffer(), attempt);
    bob.receiveCommand(new SegmentRequest(3, 1, 0)); // pending read with a deadline
    h.swarm.setLocalState(new long[] {3}, new long[0]); // pending announcement
    assertTrue(h.clock.pendingTaskCount() > 0);
    h.swarm.destroy();
    h.swarm.destroy();
    assertEquals(0, h.clock.pendingTaskCount());
    assertTrue(alice.isClosed());
    assertTrue(bob.isClosed());
    assertEquals(List.of("failure peer-closed"), attempt.events);
    assertEquals(1, h.events.count("closed alice"));
    assertEquals(1, h.events.count("closed bob"));
    assertEquals(1, h.connector.destroyCalls);
    assertEquals(List.of(), h.swarm.connectedPeers());
    assertEquals(0, h.uploadSlots.inUse());
    h.local.completeReads();
    assertEquals(List.of(), bob.sentCommands()); // the late read answers nothing
  }

  @Test
  void destroy_thenConnectorHandsOverChannel_channelClosedNoEvents() {
    h.swarm.destroy();
    h.events.clear();
    ScriptedDataChannel late = h.connector.connect("late");
    h.connector.listener.onTrackerWarning("ignored");
    assertTrue(late.isClosed());
    assertEquals(List.of(), h.events.events);
    h.swarm.start();
    assertEquals(1, h.connector.startCalls);
  }
}
