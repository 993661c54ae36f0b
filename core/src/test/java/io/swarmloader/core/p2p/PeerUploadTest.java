package io.swarmloader.core.p2p;

import static io.swarmloader.core.p2p.SwarmHarness.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.protocol.FrameMarkers;
import io.swarmloader.core.protocol.PeerCommand;
import io.swarmloader.core.protocol.PeerCommand.CancelSegmentRequest;
import io.swarmloader.core.protocol.PeerCommand.SegmentAbsent;
import io.swarmloader.core.protocol.PeerCommand.SegmentData;
import io.swarmloader.core.protocol.PeerCommand.SegmentDataSendingCompleted;
import io.swarmloader.core.protocol.PeerCommand.SegmentRequest;
import io.swarmloader.testing.ScriptedDataChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Uploader side, wire-protocol.md §8.3 and §8.4. */
class PeerUploadTest {
  private final SwarmHarness h = new SwarmHarness();
  private final byte[] segment7 = bytes(150_000, 1);
  private ScriptedDataChannel bob;

  PeerUploadTest() {
    h.local.put(7, segment7);
    h.local.put(8, bytes(500, 2));
    bob = h.connectAnnouncing("bob");
  }

  @Test
  void request_servableSegment_sendsDataChunksThenCompleted() {
    bob.receiveCommand(new SegmentRequest(7, 12, 0));
    List<PeerCommand> sent = bob.sentCommands();
    assertEquals(
        List.of(new SegmentData(7, 150_000, 12), new SegmentDataSendingCompleted(7, 12)), sent);
    assertArrayEquals(segment7, bob.sentData());
    List<byte[]> messages = bob.sentMessages();
    assertTrue(FrameMarkers.isCommandFrame(messages.get(0)));
    assertTrue(FrameMarkers.isCommandFrame(messages.get(messages.size() - 1)));
    for (byte[] chunk : bob.sentDataChunks()) {
      assertTrue(chunk.length <= 65_535);
    }
    assertEquals(3, h.events.count("uploaded "));
    assertEquals("uploaded 65535 bob", h.events.events.get(0));
    assertEquals(0, h.uploadSlots.inUse());
  }

  @Test
  void request_withOffset_sendsRemainingBytesFromOffset() {
    bob.receiveCommand(new SegmentRequest(7, 12, 70_000));
    assertEquals(new SegmentData(7, 80_000, 12), bob.sentCommands().get(0));
    assertArrayEquals(Arrays.copyOfRange(segment7, 70_000, 150_000), bob.sentData());
  }

  @Test
  void request_smallerChannelLimit_chunksRespectIt() {
    ScriptedDataChannel small = h.connector.connect("carol", new ScriptedDataChannel(1_000));
    small.clearSent();
    small.receiveCommand(new SegmentRequest(7, 1, 0));
    for (byte[] m : small.sentMessages()) {
      assertTrue(m.length <= 1_000);
    }
    assertArrayEquals(segment7, small.sentData());
  }

  @Test
  void request_configLimitBelowChannelLimit_chunksRespectConfig() {
    h.config = h.config.toBuilder().webRtcMaxMessageSize(16_384).build();
    bob.receiveCommand(new SegmentRequest(7, 1, 0));
    assertEquals(10, bob.sentDataChunks().size());
    assertEquals(16_384, bob.sentDataChunks().get(0).length);
  }

  @Test
  void request_unknownSegment_absentAtOnce() {
    bob.receiveCommand(new SegmentRequest(99, 5, 0));
    assertEquals(List.of(new SegmentAbsent(99, 5)), bob.sentCommands());
    assertEquals(0, h.local.readCalls);
  }

  @Test
  void request_badOffsets_absent() {
    for (long b : new long[] {500, 501, 1L << 40}) {
      bob.clearSent();
      bob.receiveCommand(new SegmentRequest(8, 5, b));
      assertEquals(List.of(new SegmentAbsent(8, 5)), bob.sentCommands(), "b=" + b);
    }
    bob.clearSent();
    // Our encoder never writes b <= 0; a peer can: {i: 8, r: 5, b: -1}.
    bob.receive(hex("63 73 74 72 01 69 01 08 72 01 05 62 01 81 63 65 6e 64"));
    assertEquals(List.of(new SegmentAbsent(8, 5)), bob.sentCommands(), "b=-1");
    bob.clearSent();
    bob.receiveCommand(new SegmentRequest(8, 5, 499));
    assertEquals(new SegmentData(8, 1, 5), bob.sentCommands().get(0));
    assertEquals(0, h.uploadSlots.inUse());
  }

  @Test
  void request_uploadDisabled_absent() {
    h.swarm.setUploadDisabled(true);
    bob.receiveCommand(new SegmentRequest(7, 5, 0));
    assertEquals(List.of(new SegmentAbsent(7, 5)), bob.sentCommands());
  }

  @Test
  void request_overEngineUploadCap_absentAtOnce() {
    h.config = h.config.toBuilder().maxConcurrentUploads(1).build();
    h.local.deferReads(true);
    ScriptedDataChannel carol = h.connector.connect("carol");
    carol.clearSent();
    bob.receiveCommand(new SegmentRequest(7, 1, 0));
    carol.receiveCommand(new SegmentRequest(8, 2, 0));
    assertEquals(List.of(new SegmentAbsent(8, 2)), carol.sentCommands());
    h.local.completeReads();
    assertEquals(new SegmentDataSendingCompleted(7, 1), last(bob));
    carol.receiveCommand(new SegmentRequest(8, 3, 0));
    h.local.completeReads();
    assertEquals(new SegmentDataSendingCompleted(8, 3), last(carol));
  }

  @Test
  void request_slowStorage_absentAtDeadlineAndLateResultDiscarded() {
    h.local.deferReads(true);
    bob.receiveCommand(new SegmentRequest(7, 4, 0));
    h.clock.advanceMs(999);
    assertEquals(List.of(), bob.sentMessages());
    h.clock.advanceMs(1);
    assertEquals(List.of(new SegmentAbsent(7, 4)), bob.sentCommands());
    h.local.completeReads();
    assertEquals(List.of(new SegmentAbsent(7, 4)), bob.sentCommands());
    assertEquals(0, bob.sentDataChunks().size());
    assertEquals(0, h.uploadSlots.inUse());
  }

  @Test
  void request_storageWithinDeadline_answeredWithData() {
    h.local.deferReads(true);
    bob.receiveCommand(new SegmentRequest(8, 4, 0));
    h.clock.advanceMs(600);
    h.local.completeReads();
    assertEquals(
        List.of(new SegmentData(8, 500, 4), new SegmentDataSendingCompleted(8, 4)),
        bob.sentCommands());
    h.clock.advanceMs(1_000);
    assertEquals(2, bob.sentCommands().size());
    assertEquals(0, h.clock.pendingTaskCount());
  }

  @Test
  void request_segmentGoneWhenRead_absent() {
    h.local.deferReads(true);
    bob.receiveCommand(new SegmentRequest(8, 4, 0));
    h.local.remove(8);
    h.local.completeReads();
    assertEquals(List.of(new SegmentAbsent(8, 4)), bob.sentCommands());
  }

  @Test
  void newRequest_abandonsPendingReadOfPreviousRequest() {
    h.local.deferReads(true);
    bob.receiveCommand(new SegmentRequest(7, 1, 0));
    bob.receiveCommand(new SegmentRequest(8, 2, 0));
    h.local.completeReads();
    assertEquals(
        List.of(new SegmentData(8, 500, 2), new SegmentDataSendingCompleted(8, 2)),
        bob.sentCommands());
    assertEquals(0, h.uploadSlots.inUse());
  }

  @Test
  void backpressure_pausesAboveThresholdAndResumesOnLow() {
    bob.bufferSends(true);
    bob.receiveCommand(new SegmentRequest(7, 3, 0));
    // SegmentData (20 bytes) plus one 65535-byte chunk: over 65536, so the upload waits.
    assertEquals(1, bob.sentDataChunks().size());
    assertEquals(List.of(new SegmentData(7, 150_000, 3)), bob.sentCommands());
    h.clock.advanceMs(500);
    assertEquals(1, bob.sentDataChunks().size());
    bob.drain();
    // 65535 after the drain is not over the threshold, so the last chunk follows at once.
    assertEquals(3, bob.sentDataChunks().size());
    assertEquals(new SegmentDataSendingCompleted(7, 3), last(bob));
    assertArrayEquals(segment7, bob.sentData());
  }

  @Test
  void newRequest_stopsRunningUploadWithoutCompleted() {
    bob.setBufferedAmount(100_000);
    bob.receiveCommand(new SegmentRequest(7, 3, 0));
    assertEquals(List.of(new SegmentData(7, 150_000, 3)), bob.sentCommands());
    bob.setBufferedAmount(0);
    bob.receiveCommand(new SegmentRequest(8, 4, 0));
    bob.drain();
    assertEquals(
        List.of(
            new SegmentData(7, 150_000, 3),
            new SegmentData(8, 500, 4),
            new SegmentDataSendingCompleted(8, 4)),
        bob.sentCommands());
    assertEquals(1, bob.sentDataChunks().size());
    assertEquals(0, h.uploadSlots.inUse());
  }

  @Test
  void cancel_matchingRequestId_stopsWithoutCompletedWhateverTheSegmentId() {
    bob.setBufferedAmount(100_000);
    bob.receiveCommand(new SegmentRequest(7, 3, 0));
    bob.receiveCommand(new CancelSegmentRequest(7, 4)); // other request: ignored
    assertEquals(1, h.uploadSlots.inUse());
    bob.receiveCommand(new CancelSegmentRequest(99, 3));
    assertEquals(0, h.uploadSlots.inUse());
    bob.drain();
    assertEquals(List.of(new SegmentData(7, 150_000, 3)), bob.sentCommands());
    assertEquals(0, bob.sentDataChunks().size());
  }

  @Test
  void cancel_duringPendingRead_nothingSent() {
    h.local.deferReads(true);
    bob.receiveCommand(new SegmentRequest(7, 3, 0));
    bob.receiveCommand(new CancelSegmentRequest(7, 3));
    h.local.completeReads();
    h.clock.advanceMs(2_000);
    assertEquals(List.of(), bob.sentMessages());
    assertEquals(0, h.uploadSlots.inUse());
  }

  @Test
  void upload_dataLookingLikeFrames_neverSentAsFrameLookalike() {
    byte[] tricky = new byte[65_535 * 2 + 8];
    byte[] markers = "cstrcend".getBytes(StandardCharsets.US_ASCII);
    for (int k = 0; k < tricky.length; k++) {
      tricky[k] = markers[k % 8];
    }
    h.local.put(9, tricky);
    bob.receiveCommand(new SegmentRequest(9, 1, 0));
    for (byte[] chunk : bob.sentDataChunks()) {
      assertFalse(FrameMarkers.isCommandFrame(chunk));
    }
    assertArrayEquals(tricky, bob.sentData());
    assertEquals(
        List.of(new SegmentData(9, tricky.length, 1), new SegmentDataSendingCompleted(9, 1)),
        bob.sentCommands());
  }

  @Test
  void close_duringUpload_stopsSendingAndReleasesSlot() {
    bob.setBufferedAmount(100_000);
    bob.receiveCommand(new SegmentRequest(7, 3, 0));
    bob.remoteClose("gone");
    assertEquals(0, h.uploadSlots.inUse());
    assertEquals(0, h.clock.pendingTaskCount());
  }

  private static byte[] hex(String hex) {
    String[] parts = hex.split(" ");
    byte[] out = new byte[parts.length];
    for (int k = 0; k < parts.length; k++) {
      out[k] = (byte) Integer.parseInt(parts[k], 16);
    }
    return out;
  }

  private static PeerCommand last(ScriptedDataChannel channel) {
    List<PeerCommand> sent = channel.sentCommands();
    return sent.get(sent.size() - 1);
  }
}
