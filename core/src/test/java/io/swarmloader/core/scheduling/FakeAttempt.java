package io.swarmloader.core.scheduling;

import io.swarmloader.core.download.AttemptListener;
import io.swarmloader.core.download.SegmentBuffer;
import io.swarmloader.core.error.RequestError;
import io.swarmloader.core.error.RequestErrorType;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.platform.Cancellable;
import java.util.Arrays;

/**
 * One scripted download attempt, HTTP or P2P. The test drives it: {@link #chunk}, {@link #succeed},
 * {@link #fail}. Like a real attempt it appends to the shared buffer, resumes from the bytes held
 * at start, and fires nothing once aborted through its handle.
 */
final class FakeAttempt {
  final Segment segment;
  final SegmentBuffer buffer;
  final AttemptListener listener;
  final String peerId;
  final int heldAtStart;
  private final Runnable onEnd;

  boolean aborted;
  boolean ended;

  FakeAttempt(
      Segment segment,
      SegmentBuffer buffer,
      AttemptListener listener,
      String peerId,
      Runnable onEnd) {
    this.segment = segment;
    this.buffer = buffer;
    this.listener = listener;
    this.peerId = peerId;
    this.heldAtStart = buffer.heldBytes();
    this.onEnd = onEnd;
  }

  Cancellable handle() {
    return () -> {
      if (!ended) {
        aborted = true;
        end();
      }
    };
  }

  boolean isActive() {
    return !ended;
  }

  /** Appends {@code length} bytes valued {@code (byte) externalId}. */
  FakeAttempt chunk(int length) {
    check();
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) segment.externalId());
    buffer.append(bytes, 0, length);
    listener.onChunk(length);
    return this;
  }

  void succeed() {
    check();
    if (buffer.totalBytes() < 0) {
      buffer.setTotalBytes(buffer.heldBytes());
    }
    end();
    listener.onSuccess();
  }

  void succeedWith(int length) {
    chunk(length);
    succeed();
  }

  void fail(RequestErrorType type) {
    check();
    end();
    listener.onFailure(new RequestError(type, "scripted failure", 0));
  }

  private void end() {
    ended = true;
    onEnd.run();
  }

  private void check() {
    if (ended) {
      throw new IllegalStateException("attempt already ended: " + segment.runtimeId());
    }
  }
}
