package io.swarmloader.core.p2p;

import static io.swarmloader.core.p2p.SwarmHarness.bytes;
import static io.swarmloader.core.p2p.SwarmHarness.rangeSegment;
import static io.swarmloader.core.p2p.SwarmHarness.segment;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.download.SegmentBuffer;
import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.RandomSource;
import io.swarmloader.core.protocol.PeerCommand;
import io.swarmloader.core.protocol.PeerCommand.CancelSegmentRequest;
import io.swarmloader.core.protocol.PeerCommand.SegmentAbsent;
import io.swarmloader.core.protocol.PeerCommand.SegmentData;
import io.swarmloader.core.protocol.PeerCommand.SegmentDataSendingCompleted;
import io.swarmloader.core.protocol.PeerCommand.SegmentRequest;
import io.swarmloader.testing.ScriptedDataChannel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requester side, wire-protocol.md §8.2 and §8.7. */
class PeerDownloadTest {
  private final SwarmHarness h = new SwarmHarness();
  private final ScriptedDataChannel alice = h.connectAnnouncing("alice", 7, 8, 9);
  private final SegmentBuffer buffer = new SegmentBuffer();
  private final RecordingAttemptListener attempt = new RecordingAttemptListener();

  @Test
  void download_announcedSegment_sendsRequestWithoutOffset() {
    h.download("alice", segment(7), buffer, attempt);
    SegmentRequest request = onlyRequest();
    assertEquals(7, request.segmentId());
    assertEquals(0, request.byteFrom());
    assertTrue(request.requestId() >= 0 && request.requestId() < 1000);
    assertTrue(h.peer("alice").isDownloading());
  }

  @Test
  void download_fullSuccess_appendsChunksAndSucceeds() {
    byte[] data = bytes(2500, 1);
    h.download("alice", segment(7), buffer, attempt);
    int r = onlyRequest().requestId();
    alice.receiveCommand(new SegmentData(7, 2500, r));
    alice.receive(Arrays.copyOfRange(data, 0, 1000));
    alice.receive(Arrays.copyOfRange(data, 1000, 2500));
    alice.receiveCommand(new SegmentDataSendingCompleted(7, r));
    assertEquals(List.of("chunk 1000", "chunk 1500", "success"), attempt.events);
    assertArrayEquals(data, buffer.toByteArray());
    assertEquals(List.of("downloaded 1000 alice", "downloaded 1500 alice"), h.events.events);
    assertFalse(h.peer("alice").isDownloading());
    assertEquals(0, h.clock.pendingTaskCount());
  }

  @Test
  void download_partialBytesHeld_requestsFromOffsetAndTotalIsHeldPlusSize() {
    buffer.append(bytes(300, 2), 0, 300);
    h.download("alice", segment(7), buffer, attempt);
    SegmentRequest request = onlyRequest();
    assertEquals(300, request.byteFrom());
    alice.receiveCommand(new SegmentData(7, 200, request.requestId()));
    assertEquals(500, buffer.totalBytes());
  }

  @Test
  void download_requestIds_neverRepeatThePreviousOne() {
    int previous = -1;
    for (int k = 0; k < 300; k++) {
      Cancellable handle = h.download("alice", segment(7), buffer, attempt);
      SegmentRequest request = lastCommand(SegmentRequest.class);
      assertNotEquals(previous, request.requestId(), "download " + k);
      assertTrue(request.requestId() >= 0 && request.requestId() < 1000);
      previous = request.requestId();
      handle.cancel();
    }
  }

  @Test
  void download_randomSourceRepeatingItself_requestIdStillChanges() {
    RandomSource stuck =
        new RandomSource() {
          @Override
          public int nextInt(int boundExclusive) {
            return 5;
          }

          @Override
          public double nextDouble() {
            return 0;
          }
        };
    SwarmHarness fixed = new SwarmHarness(StreamConfig.defaults(), stuck);
    ScriptedDataChannel carol = fixed.connectAnnouncing("carol", 7);
    int previous = -1;
    for (int k = 0; k < 4; k++) {
      fixed.download("carol", segment(7), new SegmentBuffer(), attempt).cancel();
      int r = ((SegmentRequest) carol.sentCommands().get(2 * k)).requestId();
      assertNotEquals(previous, r, "download " + k);
      previous = r;
    }
  }

  @Test
  void download_unannouncedSegment_failsAbsentWithoutContactingPeer() {
    h.download("alice", segment(42), buffer, attempt);
    h.clock.runDue();
    assertEquals(List.of("failure peer-segment-absent"), attempt.events);
    assertEquals(List.of(), alice.sentMessages());
  }

  @Test
  void download_whileAnotherIsOutstanding_throws() {
    h.download("alice", segment(7), buffer, attempt);
    assertThrows(
        IllegalStateException.class,
        () -> h.download("alice", segment(8), new SegmentBuffer(), new RecordingAttemptListener()));
  }

  @Test
  void segmentData_wrongIdOrRequestOrDuplicate_ignored() {
    h.download("alice", segment(7), buffer, attempt);
    int r = onlyRequest().requestId();
    alice.receiveCommand(new SegmentData(8, 10, r));
    alice.receiveCommand(new SegmentData(7, 10, (r + 1) % 1000));
    assertEquals(-1, buffer.totalBytes());
    alice.receiveCommand(new SegmentData(7, 10, r));
    alice.receiveCommand(new SegmentData(7, 99, r)); // a second SegmentData is ignored
    assertEquals(10, buffer.totalBytes());
    alice.receive(bytes(10, 3));
    alice.receiveCommand(new SegmentDataSendingCompleted(7, r));
    assertEquals("success", attempt.last());
  }

  @Test
  void chunk_beforeSegmentData_ignored() {
    h.download("alice", segment(7), buffer, attempt);
    alice.receive(bytes(50, 4));
    assertEquals(0, buffer.heldBytes());
    assertEquals(List.of(), attempt.events);
  }

  @Test
  void segmentData_sizeMismatchWithKnownTotal_cancelsFailsAndDisconnects() {
    // The byte range says 1000 bytes; the peer answers with another segment's 1500 bytes.
    h.download("alice", rangeSegment(7, 0, 999), buffer, attempt);
    int r = onlyRequest().requestId();
    alice.receiveCommand(new SegmentData(7, 1500, r));
    assertEquals(new CancelSegmentRequest(7, r), lastCommand(CancelSegmentRequest.class));
    assertEquals(List.of("failure peer-response-bytes-length-mismatch"), attempt.events);
    assertTrue(alice.isClosed());
    assertEquals(
        List.of("error alice peer-response-bytes-length-mismatch", "closed alice"),
        h.events.events);
    assertEquals(List.of(), h.swarm.connectedPeers());
  }

  @Test
  void segmentData_wrongSizeForTotalFromEarlierAttempt_rejectedAndBytesDiscarded() {
    buffer.setTotalBytes(800);
    buffer.append(bytes(300, 5), 0, 300);
    h.download("alice", segment(7), buffer, attempt);
    int r = onlyRequest().requestId();
    alice.receiveCommand(new SegmentData(7, 800, r)); // should have been 500
    assertEquals("failure peer-response-bytes-length-mismatch", attempt.last());
    assertEquals(0, buffer.heldBytes());
    assertTrue(alice.isClosed());
  }

  @Test
  void segmentData_sizeOverSegmentLimit_cancelsFailsAndDisconnects() {
    h.config = h.config.toBuilder().maxSegmentSizeBytes(1_000).build();
    h.download("alice", segment(7), buffer, attempt);
    int r = onlyRequest().requestId();
    alice.receiveCommand(new SegmentData(7, 1_001, r));
    assertEquals(new CancelSegmentRequest(7, r), lastCommand(CancelSegmentRequest.class));
    assertEquals("failure peer-response-bytes-length-mismatch", attempt.last());
    assertTrue(alice.isClosed());
  }

  @Test
  void segmentData_zeroSize_mismatch() {
    h.download("alice", segment(7), buffer, attempt);
    alice.receiveCommand(new SegmentData(7, 0, onlyRequest().requestId()));
    assertEquals("failure peer-response-bytes-length-mismatch", attempt.last());
    assertTrue(alice.isClosed());
  }

  @Test
  void chunk_beyondTotal_mismatchAndDisconnect() {
    h.download("alice", segment(7), buffer, attempt);
    alice.receiveCommand(new SegmentData(7, 100, onlyRequest().requestId()));
    alice.receive(bytes(60, 6));
    alice.receive(bytes(41, 7));
    assertEquals(
        List.of("chunk 60", "failure peer-response-bytes-length-mismatch"), attempt.events);
    assertTrue(alice.isClosed());
  }

  @Test
  void completed_beforeSegmentData_ignored() {
    h.download("alice", segment(7), buffer, attempt);
    int r = onlyRequest().requestId();
    alice.receiveCommand(new SegmentDataSendingCompleted(7, r));
    alice.receiveCommand(new SegmentDataSendingCompleted(7, 12345));
    assertEquals(List.of(), attempt.events);
    assertFalse(alice.isClosed());
  }

  @Test
  void completed_wrongRequestIdAfterData_protocolViolationAndDisconnect() {
    h.download("alice", segment(7), buffer, attempt);
    int r = onlyRequest().requestId();
    alice.receiveCommand(new SegmentData(7, 10, r));
    alice.receive(bytes(10, 8));
    alice.receiveCommand(new SegmentDataSendingCompleted(7, (r + 1) % 1000));
    assertEquals(List.of("chunk 10", "failure peer-protocol-violation"), attempt.events);
    assertTrue(alice.isClosed());
    assertEquals(10, buffer.heldBytes()); // the bytes themselves are fine
  }

  @Test
  void completed_wrongSegmentIdAfterData_protocolViolation() {
    h.download("alice", segment(7), buffer, attempt);
    int r = onlyRequest().requestId();
    alice.receiveCommand(new SegmentData(7, 10, r));
    alice.receiveCommand(new SegmentDataSendingCompleted(8, r));
    assertEquals("failure peer-protocol-violation", attempt.last());
  }

  @Test
  void completed_fewerBytesThanAnnounced_mismatchAndDisconnect() {
    h.download("alice", segment(7), buffer, attempt);
    int r = onlyRequest().requestId();
    alice.receiveCommand(new SegmentData(7, 10, r));
    alice.receive(bytes(9, 9));
    alice.receiveCommand(new SegmentDataSendingCompleted(7, r));
    assertEquals("failure peer-response-bytes-length-mismatch", attempt.last());
    assertTrue(alice.isClosed());
  }

  @Test
  void absent_matching_failsRemovesIdKeepsPeer() {
    h.download("alice", segment(7), buffer, attempt);
    int r = onlyRequest().requestId();
    alice.receiveCommand(new SegmentAbsent(7, (r + 1) % 1000)); // not ours
    assertEquals(List.of(), attempt.events);
    alice.receiveCommand(new SegmentAbsent(7, r));
    assertEquals(List.of("failure peer-segment-absent"), attempt.events);
    assertFalse(h.peer("alice").hasLoaded(7));
    assertTrue(h.peer("alice").hasLoaded(8));
    assertFalse(alice.isClosed());
    assertEquals(0, h.clock.pendingTaskCount());
  }

  @Test
  void timeout_noResponse_cancelsKeepsBytesAndFails() {
    buffer.append(bytes(100, 10), 0, 100);
    h.download("alice", segment(7), buffer, attempt);
    int r = onlyRequest().requestId();
    h.clock.advanceMs(1_999);
    assertEquals(List.of(), attempt.events);
    h.clock.advanceMs(1);
    assertEquals(List.of("failure bytes-receiving-timeout"), attempt.events);
    assertEquals(new CancelSegmentRequest(7, r), lastCommand(CancelSegmentRequest.class));
    assertEquals(100, buffer.heldBytes());
    assertFalse(alice.isClosed());
  }

  @Test
  void timer_restartsOnSegmentDataAndEveryChunk() {
    h.download("alice", segment(7), buffer, attempt);
    int r = onlyRequest().requestId();
    h.clock.advanceMs(1_900);
    alice.receiveCommand(new SegmentData(7, 30, r));
    for (int k = 0; k < 3; k++) {
      h.clock.advanceMs(1_900);
      alice.receive(bytes(10, k));
    }
    h.clock.advanceMs(1_900);
    alice.receiveCommand(new SegmentDataSendingCompleted(7, r));
    assertEquals("success", attempt.last());
  }

  @Test
  void timeout_thirdStrike_disconnects() {
    for (int k = 1; k <= 3; k++) {
      RecordingAttemptListener l = new RecordingAttemptListener();
      h.download("alice", segment(7), buffer, l);
      h.clock.advanceMs(2_000);
      assertEquals(List.of("failure bytes-receiving-timeout"), l.events, "strike " + k);
      assertEquals(k == 3, alice.isClosed(), "strike " + k);
    }
    assertEquals(List.of("error alice bytes-receiving-timeout", "closed alice"), h.events.events);
  }

  @Test
  void timeout_successInBetween_resetsStrikes() {
    timeOut();
    timeOut();
    RecordingAttemptListener ok = new RecordingAttemptListener();
    h.download("alice", segment(7), new SegmentBuffer(), ok);
    int r = lastCommand(SegmentRequest.class).requestId();
    alice.receiveCommand(new SegmentData(7, 1, r));
    alice.receive(new byte[] {1});
    alice.receiveCommand(new SegmentDataSendingCompleted(7, r));
    assertEquals("success", ok.last());
    timeOut();
    timeOut();
    assertFalse(alice.isClosed());
    timeOut();
    assertTrue(alice.isClosed());
  }

  @Test
  void timeout_configChangedDynamically_newTimeoutApplies() {
    h.config = h.config.toBuilder().p2pNotReceivingBytesTimeoutMs(500).build();
    h.download("alice", segment(7), buffer, attempt);
    h.clock.advanceMs(500);
    assertEquals("failure bytes-receiving-timeout", attempt.last());
  }

  @Test
  void abort_sendsCancelNoEventNoStrike() {
    for (int k = 0; k < 5; k++) {
      RecordingAttemptListener l = new RecordingAttemptListener();
      Cancellable handle = h.download("alice", segment(7), buffer, l);
      int r = lastCommand(SegmentRequest.class).requestId();
      handle.cancel();
      handle.cancel();
      assertEquals(new CancelSegmentRequest(7, r), lastCommand(CancelSegmentRequest.class));
      assertEquals(List.of(), l.events);
      assertFalse(h.peer("alice").isDownloading());
      assertEquals(0, h.clock.pendingTaskCount());
    }
    timeOut();
    timeOut();
    assertFalse(alice.isClosed());
  }

  @Test
  void abort_afterDataReceived_laterChunksIgnoredBytesKept() {
    Cancellable handle = h.download("alice", segment(7), buffer, attempt);
    int r = onlyRequest().requestId();
    alice.receiveCommand(new SegmentData(7, 100, r));
    alice.receive(bytes(40, 11));
    handle.cancel();
    alice.receive(bytes(60, 12));
    alice.receiveCommand(new SegmentDataSendingCompleted(7, r));
    assertEquals(List.of("chunk 40"), attempt.events);
    assertEquals(40, buffer.heldBytes());
    assertFalse(alice.isClosed());
  }

  @Test
  void validation_false_failsDiscardsBytesAndDisconnects() {
    h.config =
        h.config.toBuilder().validateP2PSegment((u, r, d, result) -> result.accept(false)).build();
    completeDownloadOf(bytes(20, 13));
    assertEquals(List.of("chunk 20", "failure p2p-segment-validation-failed"), attempt.events);
    assertEquals(0, buffer.heldBytes());
    assertTrue(alice.isClosed());
    assertEquals(
        List.of("downloaded 20 alice", "error alice p2p-segment-validation-failed", "closed alice"),
        h.events.events);
  }

  @Test
  void validation_throws_treatedAsRejection() {
    h.config =
        h.config.toBuilder()
            .validateP2PSegment(
                (u, r, d, result) -> {
                  throw new IllegalStateException("boom");
                })
            .build();
    completeDownloadOf(bytes(20, 14));
    assertEquals("failure p2p-segment-validation-failed", attempt.last());
    assertTrue(alice.isClosed());
  }

  @Test
  void validation_asyncTrue_succeedsWithSegmentDetails() {
    Object[] seen = new Object[3];
    @SuppressWarnings("unchecked")
    java.util.function.Consumer<Boolean>[] pending = new java.util.function.Consumer[1];
    h.config =
        h.config.toBuilder()
            .validateP2PSegment(
                (url, range, data, result) -> {
                  seen[0] = url;
                  seen[1] = range;
                  seen[2] = data;
                  pending[0] = result;
                })
            .build();
    byte[] data = bytes(20, 15);
    completeDownloadOf(data);
    assertEquals(List.of("chunk 20"), attempt.events);
    assertTrue(h.peer("alice").isDownloading());
    pending[0].accept(true);
    pending[0].accept(false); // a second answer is ignored
    assertEquals(List.of("chunk 20", "success"), attempt.events);
    assertEquals("https://x/seg7.ts", seen[0]);
    assertArrayEquals(data, (byte[]) seen[2]);
    assertFalse(alice.isClosed());
  }

  @Test
  void download_bufferAlreadyComplete_validatesWithoutRequest() {
    buffer.setTotalBytes(5);
    buffer.append(bytes(5, 16), 0, 5);
    h.download("alice", segment(7), buffer, attempt);
    assertEquals(List.of(), attempt.events);
    h.clock.runDue();
    assertEquals(List.of("success"), attempt.events);
    assertEquals(List.of(), alice.sentMessages());
  }

  @Test
  void close_duringDownload_failsPeerClosedExactlyOnce() {
    h.download("alice", segment(7), buffer, attempt);
    h.peer("alice").close();
    alice.remoteClose("gone");
    assertEquals(List.of("failure peer-closed"), attempt.events);
    assertEquals(List.of("closed alice"), h.events.events);
    assertEquals(0, h.clock.pendingTaskCount());
  }

  @Test
  void remoteClose_duringDownload_failsPeerClosed() {
    PeerSession peer = h.peer("alice");
    h.download("alice", segment(7), buffer, attempt);
    alice.remoteClose("ice failed");
    assertEquals(List.of("failure peer-closed"), attempt.events);
    assertTrue(peer.isClosed());
    RecordingAttemptListener late = new RecordingAttemptListener();
    peer.download(segment(7), new SegmentBuffer(), late);
    h.clock.runDue();
    assertEquals(List.of("failure peer-closed"), late.events);
  }

  @Test
  void speed_afterSuccess_positiveAndClearedByTimeout() {
    PeerSession peer = h.peer("alice");
    assertEquals(0, peer.downloadSpeedBps());
    h.download("alice", segment(7), buffer, attempt);
    int r = onlyRequest().requestId();
    h.clock.advanceMs(100);
    alice.receiveCommand(new SegmentData(7, 10_000, r));
    h.clock.advanceMs(900);
    alice.receive(bytes(10_000, 17));
    alice.receiveCommand(new SegmentDataSendingCompleted(7, r));
    assertEquals(80_000, peer.downloadSpeedBps(), 1); // 10 kB over 1 s of loading
    timeOut();
    h.clock.advanceMs(1_000);
    assertEquals(0, peer.downloadSpeedBps());
  }

  private void completeDownloadOf(byte[] data) {
    h.download("alice", segment(7), buffer, attempt);
    int r = onlyRequest().requestId();
    alice.receiveCommand(new SegmentData(7, data.length, r));
    alice.receive(data);
    alice.receiveCommand(new SegmentDataSendingCompleted(7, r));
  }

  private void timeOut() {
    RecordingAttemptListener l = new RecordingAttemptListener();
    h.download("alice", segment(7), new SegmentBuffer(), l);
    h.clock.advanceMs(2_000);
    assertEquals("failure bytes-receiving-timeout", l.last());
  }

  private SegmentRequest onlyRequest() {
    List<PeerCommand> sent = alice.sentCommands();
    assertEquals(1, sent.size(), sent.toString());
    return (SegmentRequest) sent.get(0);
  }

  private <T extends PeerCommand> T lastCommand(Class<T> type) {
    List<PeerCommand> sent = alice.sentCommands();
    for (int k = sent.size() - 1; k >= 0; k--) {
      if (type.isInstance(sent.get(k))) {
        return type.cast(sent.get(k));
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + sent);
  }
}
