package io.swarmloader.core.p2p;

import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.DataChannel;
import io.swarmloader.core.protocol.DataChunker;
import io.swarmloader.core.protocol.PeerCommand.CancelSegmentRequest;
import io.swarmloader.core.protocol.PeerCommand.SegmentAbsent;
import io.swarmloader.core.protocol.PeerCommand.SegmentData;
import io.swarmloader.core.protocol.PeerCommand.SegmentDataSendingCompleted;
import io.swarmloader.core.protocol.PeerCommand.SegmentRequest;
import java.util.function.Consumer;

/**
 * The uploader side of one peer session (wire-protocol.md §8.3, §8.4): answers the latest request
 * with SegmentAbsent, or SegmentData, the bytes in chunks under backpressure, and Completed.
 */
final class PeerUpload {
  /** Writes hold while the channel buffers more than this (§4 Backpressure). */
  static final int BUFFERED_AMOUNT_HIGH_BYTES = 65_536;

  private final PeerSession session;
  private final SessionContext context;
  private Upload current;

  PeerUpload(PeerSession session, SessionContext context) {
    this.session = session;
    this.context = context;
  }

  void onRequest(SegmentRequest request) {
    // §8.3 rule 1: a new request stops the running upload (no Completed) and abandons its read.
    stop();
    long id = request.segmentId();
    long from = request.byteFrom();
    if (context.uploadDisabled().getAsBoolean()
        || from < 0
        || !context.localSegments().isServable(id)
        || !context.uploadSlots().tryAcquire()) {
      session.send(new SegmentAbsent(id, request.requestId()));
      return;
    }
    Upload u = new Upload(id, request.requestId(), from);
    current = u;
    // §8.3 rule 6: SegmentData or SegmentAbsent within the deadline, whatever the storage does.
    int deadlineMs = context.config().get().uploadResponseDeadlineMs();
    u.deadline = context.scheduler().schedule(u, deadlineMs);
    try {
      context.localSegments().read(id, u);
    } catch (RuntimeException e) {
      onRead(u, null);
    }
  }

  /** §8.4: stops the upload whose request ID matches; {@code i} is not compared. */
  void onCancel(CancelSegmentRequest cancel) {
    Upload u = current;
    if (u != null && u.requestId == cancel.requestId()) {
      end(u);
    }
  }

  void onBufferedAmountLow() {
    Upload u = current;
    if (u != null && u.data != null) {
      pump(u);
    }
  }

  /** Stops any upload or pending read without sending anything. */
  void stop() {
    Upload u = current;
    if (u != null) {
      end(u);
    }
  }

  private void onRead(Upload u, byte[] data) {
    if (current != u || u.data != null) {
      return; // abandoned, past the deadline, or answered twice
    }
    u.deadline.cancel();
    if (data == null || u.byteFrom >= data.length) {
      end(u);
      session.send(new SegmentAbsent(u.segmentId, u.requestId));
      return;
    }
    u.data = data;
    u.offset = (int) u.byteFrom;
    session.send(new SegmentData(u.segmentId, data.length - u.offset, u.requestId));
    pump(u);
  }

  private void onDeadline(Upload u) {
    if (current == u && u.data == null) {
      end(u);
      session.send(new SegmentAbsent(u.segmentId, u.requestId));
    }
  }

  /** Sends chunks until done or the channel's buffer is full; then Completed. */
  private void pump(Upload u) {
    DataChannel channel = session.channel();
    while (current == u && u.offset < u.data.length) {
      if (channel.bufferedAmount() > BUFFERED_AMOUNT_HIGH_BYTES) {
        return; // resumed by onBufferedAmountLow
      }
      int length =
          DataChunker.nextChunkLength(u.data, u.offset, u.data.length, session.maxMessageBytes());
      channel.send(u.data, u.offset, length);
      u.offset += length;
      session.listener().onChunkUploaded(length, session.peerId());
    }
    if (current == u) {
      end(u);
      session.send(new SegmentDataSendingCompleted(u.segmentId, u.requestId));
    }
  }

  private void end(Upload u) {
    u.deadline.cancel();
    if (!u.ended) {
      u.ended = true;
      context.uploadSlots().release();
    }
    if (current == u) {
      current = null;
    }
  }

  /**
   * One request being served; it holds an upload slot until it ends. It is also its own deadline
   * task and storage-read callback (fewer classes in the bundle than a lambda for each).
   */
  private final class Upload implements Runnable, Consumer<byte[]> {
    final long segmentId;
    final int requestId;
    final long byteFrom;
    Cancellable deadline = Cancellable.NONE;
    byte[] data;
    int offset;
    boolean ended;

    Upload(long segmentId, int requestId, long byteFrom) {
      this.segmentId = segmentId;
      this.requestId = requestId;
      this.byteFrom = byteFrom;
    }

    /** The response deadline passed (§8.3 rule 6). */
    @Override
    public void run() {
      onDeadline(this);
    }

    /** The storage read answered; null when the segment is gone. */
    @Override
    public void accept(byte[] readData) {
      onRead(this, readData);
    }
  }
}
