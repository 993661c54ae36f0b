package io.swarmloader.core.p2p;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.download.AttemptListener;
import io.swarmloader.core.download.SegmentBuffer;
import io.swarmloader.core.download.SegmentValidator;
import io.swarmloader.core.download.ValidationRun;
import io.swarmloader.core.error.RequestError;
import io.swarmloader.core.error.RequestErrorType;
import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.protocol.PeerCommand;
import io.swarmloader.core.protocol.PeerCommand.CancelSegmentRequest;
import io.swarmloader.core.protocol.PeerCommand.SegmentAbsent;
import io.swarmloader.core.protocol.PeerCommand.SegmentData;
import io.swarmloader.core.protocol.PeerCommand.SegmentDataSendingCompleted;
import io.swarmloader.core.protocol.PeerCommand.SegmentRequest;
import io.swarmloader.core.util.Text;

/**
 * The requester side of one peer session (wire-protocol.md §8.2): at most one outstanding request,
 * its no-bytes timer, the size checks, validation, and the peer's timeout strikes.
 */
final class PeerDownload {
  private static final int NO_REQUEST_ID = -1;
  private static final int REQUEST_ID_BOUND = 1000;

  // Attempt states (int constants: a private enum would add a class to the bundle).
  private static final int AWAITING_DATA = 0;
  private static final int RECEIVING = 1;
  private static final int VALIDATING = 2;

  private final PeerSession session;
  private final SessionContext context;
  private final PeerSpeed speed;
  private int lastRequestId = NO_REQUEST_ID;
  private int strikes;
  private Attempt attempt;

  PeerDownload(PeerSession session, SessionContext context, PeerSpeed speed) {
    this.session = session;
    this.context = context;
    this.speed = speed;
  }

  boolean isActive() {
    return attempt != null;
  }

  /**
   * Requests the segment from {@code buffer.heldBytes()}.
   *
   * @throws IllegalStateException if a download from this peer is already in progress
   */
  Cancellable start(Segment segment, SegmentBuffer buffer, AttemptListener listener) {
    if (attempt != null) {
      throw new IllegalStateException(
          Text.cat("a download from ", session.peerId(), " is in progress"));
    }
    if (session.isClosed()) {
      return failSoon(listener, RequestErrorType.PEER_CLOSED, "peer closed");
    }
    if (!session.hasLoaded(segment.externalId())) {
      // §8.2 rule 1: never request what the peer did not announce.
      return failSoon(listener, RequestErrorType.PEER_SEGMENT_ABSENT, "not announced by peer");
    }
    Attempt a = new Attempt(segment, buffer, listener, nextRequestId());
    attempt = a;
    speed.startLoading();
    if (buffer.isComplete()) {
      // player-integration.md §5.10: every byte is present, only validate.
      a.state = VALIDATING;
      a.timer = context.scheduler().schedule(a, 0);
      return a;
    }
    session.send(new SegmentRequest(a.segmentId(), a.requestId, buffer.heldBytes()));
    restartTimer(a);
    return a;
  }

  void onCommand(PeerCommand command) {
    Attempt a = attempt;
    if (a == null) {
      return;
    }
    if (command instanceof SegmentData d) {
      onData(a, d);
    } else if (command instanceof SegmentDataSendingCompleted c) {
      onCompleted(a, c);
    } else if (command instanceof SegmentAbsent absent) {
      onAbsent(a, absent);
    }
  }

  /** A raw data message; §5.4: appended only after a matching SegmentData. */
  void onChunk(byte[] chunk) {
    Attempt a = attempt;
    if (a == null || a.state != RECEIVING) {
      return;
    }
    if (a.buffer.heldBytes() + (long) chunk.length > a.buffer.totalBytes()) {
      failMismatch(a, "chunk beyond the announced size", /* sendCancel= */ false);
      return;
    }
    a.buffer.append(chunk, 0, chunk.length);
    speed.addSample(chunk.length);
    restartTimer(a);
    session.listener().onChunkDownloaded(chunk.length, session.peerId());
    a.listener.onChunk(chunk.length);
  }

  /** §8.6: the outstanding download fails with {@code peer-closed}. */
  void onSessionClosed() {
    Attempt a = attempt;
    if (a != null) {
      fail(a, RequestErrorType.PEER_CLOSED, "peer closed");
    }
  }

  /** §8.2 rule 5. */
  private void onData(Attempt a, SegmentData d) {
    if (a.state != AWAITING_DATA
        || d.segmentId() != a.segmentId()
        || d.requestId() != a.requestId) {
      return;
    }
    long held = a.buffer.heldBytes();
    long size = d.dataSize();
    long known = knownTotalBytes(a);
    long total = known >= 0 ? known : held + size;
    if (size <= 0 || total - held != size || total > config().maxSegmentSizeBytes()) {
      failMismatch(a, Text.cat("peer announced ", size, " bytes"), /* sendCancel= */ true);
      return;
    }
    a.buffer.setTotalBytes(total);
    a.state = RECEIVING;
    restartTimer(a);
  }

  /** §8.2 rule 7. */
  private void onCompleted(Attempt a, SegmentDataSendingCompleted c) {
    if (a.state != RECEIVING) {
      return; // before SegmentData: a late Completed of a cancelled upload (§8.4)
    }
    if (c.segmentId() != a.segmentId() || c.requestId() != a.requestId) {
      failAndDisconnect(
          a, RequestErrorType.PEER_PROTOCOL_VIOLATION, "completion of another request");
      return;
    }
    if (!a.buffer.isComplete()) {
      failMismatch(
          a, Text.cat("completed after ", a.buffer.heldBytes(), " bytes"), /* sendCancel= */ false);
      return;
    }
    a.timer.cancel();
    a.state = VALIDATING;
    validate(a);
  }

  /** §8.2 rule 8. */
  private void onAbsent(Attempt a, SegmentAbsent absent) {
    if (a.state == VALIDATING
        || absent.segmentId() != a.segmentId()
        || absent.requestId() != a.requestId) {
      return;
    }
    session.forgetLoaded(a.segmentId());
    fail(a, RequestErrorType.PEER_SEGMENT_ABSENT, "peer does not have the segment");
  }

  /** §8.2 rule 9: Cancel, keep the bytes, strike, forget the speed history. */
  private void onTimeout(Attempt a) {
    if (attempt != a) {
      return;
    }
    session.send(new CancelSegmentRequest(a.segmentId(), a.requestId));
    speed.clear();
    strikes++;
    String message = Text.cat("no bytes for ", config().p2pNotReceivingBytesTimeoutMs(), " ms");
    if (strikes >= config().p2pErrorRetries()) {
      failAndDisconnect(a, RequestErrorType.BYTES_RECEIVING_TIMEOUT, message);
    } else {
      fail(a, RequestErrorType.BYTES_RECEIVING_TIMEOUT, message);
    }
  }

  /** §8.2 rule 10: Cancel, no strike, no event. */
  private void abort(Attempt a) {
    if (attempt != a) {
      return;
    }
    if (a.state != VALIDATING) {
      session.send(new CancelSegmentRequest(a.segmentId(), a.requestId));
    }
    finish(a);
  }

  private void validate(Attempt a) {
    if (attempt != a) {
      return;
    }
    SegmentValidator validator = config().validateP2PSegment();
    if (validator == null) {
      succeed(a);
      return;
    }
    ValidationRun.start(validator, a.segment, a.buffer.toByteArray(), a);
  }

  private void onValidated(Attempt a, boolean ok) {
    if (attempt != a) {
      return;
    }
    if (ok) {
      succeed(a);
      return;
    }
    a.buffer.reset();
    failAndDisconnect(
        a, RequestErrorType.P2P_SEGMENT_VALIDATION_FAILED, "validateP2PSegment rejected the data");
  }

  private void succeed(Attempt a) {
    finish(a);
    strikes = 0;
    a.listener.onSuccess();
  }

  /** §8.7: a size that does not add up discards the bytes and disconnects. */
  private void failMismatch(Attempt a, String message, boolean sendCancel) {
    if (sendCancel) {
      session.send(new CancelSegmentRequest(a.segmentId(), a.requestId));
    }
    a.buffer.reset();
    failAndDisconnect(a, RequestErrorType.PEER_RESPONSE_BYTES_LENGTH_MISMATCH, message);
  }

  /**
   * Ends the attempt, disconnects the peer, then reports the failure, so that the listener already
   * sees the peer closed and the attempt does not also fail with {@code peer-closed}.
   */
  private void failAndDisconnect(Attempt a, RequestErrorType type, String message) {
    finish(a);
    session.disconnect(type.jsName());
    fail(a, type, message);
  }

  /** Ends the attempt (if not ended yet) and reports the failure. */
  private void fail(Attempt a, RequestErrorType type, String message) {
    finish(a);
    a.listener.onFailure(new RequestError(type, message, context.clock().nowMs()));
  }

  private void finish(Attempt a) {
    a.timer.cancel();
    if (attempt == a) {
      attempt = null;
      speed.stopLoading();
    }
  }

  private void restartTimer(Attempt a) {
    a.timer.cancel();
    a.timer = context.scheduler().schedule(a, config().p2pNotReceivingBytesTimeoutMs());
  }

  private Cancellable failSoon(AttemptListener listener, RequestErrorType type, String message) {
    return context
        .scheduler()
        .schedule(
            () -> listener.onFailure(new RequestError(type, message, context.clock().nowMs())), 0);
  }

  /** §7 and §9 item 14: random 0–999, never the previous ID sent to this peer. */
  private int nextRequestId() {
    int r;
    if (lastRequestId == NO_REQUEST_ID) {
      r = context.random().nextInt(REQUEST_ID_BOUND);
    } else {
      r = context.random().nextInt(REQUEST_ID_BOUND - 1);
      if (r >= lastRequestId) {
        r++;
      }
    }
    lastRequestId = r;
    return r;
  }

  /** The segment size when known: from earlier attempts, else from a closed byte range. */
  private static long knownTotalBytes(Attempt a) {
    if (a.buffer.totalBytes() >= 0) {
      return a.buffer.totalBytes();
    }
    ByteRange range = a.segment.byteRange();
    return range != null && !range.isOpen() ? range.length() : -1;
  }

  private StreamConfig config() {
    return context.config().get();
  }

  /**
   * One request to the peer; its handle aborts it. It is also the task of its one timer (fewer
   * classes in the bundle than a lambda per timer): validation when VALIDATING, else the
   * not-receiving-bytes timeout.
   */
  private final class Attempt implements Cancellable, Runnable, ValidationRun.Outcome {
    final Segment segment;
    final SegmentBuffer buffer;
    final AttemptListener listener;
    final int requestId;
    int state = AWAITING_DATA;
    Cancellable timer = Cancellable.NONE;

    Attempt(Segment segment, SegmentBuffer buffer, AttemptListener listener, int requestId) {
      this.segment = segment;
      this.buffer = buffer;
      this.listener = listener;
      this.requestId = requestId;
    }

    long segmentId() {
      return segment.externalId();
    }

    @Override
    public void cancel() {
      abort(this);
    }

    @Override
    public void onValidated(boolean isValid) {
      PeerDownload.this.onValidated(this, isValid);
    }

    @Override
    public void run() {
      if (state == VALIDATING) {
        validate(this);
      } else {
        onTimeout(this);
      }
    }
  }
}
