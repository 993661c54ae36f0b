package io.swarmloader.core.http;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.download.AttemptListener;
import io.swarmloader.core.download.HttpRequestSetup;
import io.swarmloader.core.download.SegmentBuffer;
import io.swarmloader.core.download.SegmentValidator;
import io.swarmloader.core.download.ValidationRun;
import io.swarmloader.core.error.RequestError;
import io.swarmloader.core.error.RequestErrorType;
import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.Clock;
import io.swarmloader.core.platform.HttpClient;
import io.swarmloader.core.platform.HttpRequest;
import io.swarmloader.core.platform.HttpResponseListener;
import io.swarmloader.core.platform.Scheduler;
import io.swarmloader.core.util.Text;

/**
 * One HTTP download attempt of one segment (player-integration.md §5.10–5.12). The handle aborts
 * it: the fetch and the timer are cancelled, held bytes stay, nothing fires.
 *
 * <p>Phases: optional {@code httpRequestSetup}, fetch, headers, body, validation. Invariant: while
 * {@code isDone} is false exactly one of them is under way; once it is true no task is scheduled,
 * the fetch is cancelled or finished, and no listener call follows. Listener calls may re-enter
 * {@link #cancel()}; every path re-checks {@code isDone} after calling out.
 */
final class HttpAttempt
    implements Cancellable, HttpResponseListener, Runnable, ValidationRun.Outcome {
  private final HttpClient http;
  private final Clock clock;
  private final Scheduler scheduler;
  private final StreamConfig config;
  private final PlayerHttpSettings playerSettings;
  private final HttpRequestSetup playerRequestSetup;
  private final Segment segment;
  private final SegmentBuffer buffer;
  private final AttemptListener listener;
  private ByteRange requestRange; // absolute offsets asked for; null = the whole URL
  private Cancellable fetch = Cancellable.NONE;
  private Cancellable timer = Cancellable.NONE;
  private boolean isSetupAnswered;
  private boolean isDone;
  private boolean isValidatingOnly; // every byte was held at start: the timer validates

  HttpAttempt(
      HttpClient http,
      Clock clock,
      Scheduler scheduler,
      StreamConfig config,
      PlayerHttpState player,
      Segment segment,
      SegmentBuffer buffer,
      AttemptListener listener) {
    this.http = http;
    this.clock = clock;
    this.scheduler = scheduler;
    this.config = config;
    this.playerSettings = player.settings();
    this.playerRequestSetup = player.requestSetup();
    this.segment = segment;
    this.buffer = buffer;
    this.listener = listener;
  }

  void start() {
    ByteRange segmentRange = segment.byteRange();
    if (segmentRange != null && !segmentRange.isOpen()) {
      long length = segmentRange.length();
      if (buffer.totalBytes() >= 0 && buffer.totalBytes() != length) {
        buffer.reset(); // §5.10: a size mismatch discards the bytes
      }
      buffer.setTotalBytes(length);
    }
    if (buffer.isComplete()) {
      // §5.10: every byte is present; only validate. Later, so the caller holds the handle first.
      isValidatingOnly = true;
      timer = scheduler.schedule(this, 0);
      return;
    }
    requestRange = resumeRange(segmentRange, buffer.heldBytes());
    // §5.12: the config's httpRequestSetup wins over the player's own request setup
    HttpRequestSetup setup = config.httpRequestSetup();
    if (setup == null) {
      setup = playerRequestSetup;
    }
    if (setup == null) {
      startFetch(null);
      return;
    }
    try {
      setup.setup(segment.url(), segmentRange, requestRange, this::onSetupAnswered);
    } catch (RuntimeException e) {
      onSetupAnswered(null); // a failing setup falls back to the default request
    }
  }

  /** {@code bytes={first+held}-{last}}, {@code bytes={held}-} without a byte range, or null. */
  private static ByteRange resumeRange(ByteRange segmentRange, int heldBytes) {
    if (segmentRange == null) {
      return heldBytes == 0 ? null : new ByteRange(heldBytes, ByteRange.OPEN);
    }
    return new ByteRange(segmentRange.first() + heldBytes, segmentRange.lastInclusive());
  }

  private void onSetupAnswered(HttpRequest custom) {
    if (isDone || isSetupAnswered) {
      return; // aborted meanwhile, or a second answer
    }
    isSetupAnswered = true;
    startFetch(custom);
  }

  private void startFetch(HttpRequest custom) {
    HttpRequest request = custom;
    if (request == null) {
      String range = requestRange == null ? null : HttpHeaderValues.rangeHeader(requestRange);
      request =
          new HttpRequest(
              segment.url(),
              range,
              playerSettings.headers(),
              playerSettings.withCredentials(),
              null);
    }
    armTimer(); // §5.11: from the fetch to the headers
    Cancellable handle = http.fetch(request, this);
    fetch = isDone ? Cancellable.NONE : handle;
    if (isDone) {
      handle.cancel();
    }
  }

  @Override
  public void onResponse(int status, HttpHeaders headers) {
    if (isDone) {
      return;
    }
    armTimer();
    ResponseCheck.Verdict verdict =
        ResponseCheck.check(
            status,
            headers,
            requestRange,
            segment.byteRange(),
            buffer,
            config.maxSegmentSizeBytes());
    if (!verdict.isOk()) {
      fail(verdict.error, verdict.message, verdict.discardsBytes);
      return;
    }
    if (verdict.restartsFromZero) {
      buffer.reset();
    }
    if (verdict.totalBytes >= 0) {
      buffer.setTotalBytes(verdict.totalBytes);
    }
  }

  /**
   * A body chunk. An empty chunk is progress without bytes (a transport that delivers the body
   * whole at the end reports its progress so): it only re-arms the silence timer.
   */
  @Override
  public void onChunk(byte[] chunk) {
    if (isDone) {
      return;
    }
    armTimer();
    if (chunk.length == 0) {
      return;
    }
    long limit = buffer.totalBytes() >= 0 ? buffer.totalBytes() : config.maxSegmentSizeBytes();
    if (buffer.heldBytes() + (long) chunk.length > limit) {
      fail(
          RequestErrorType.HTTP_BYTES_MISMATCH,
          Text.cat("body longer than ", limit, " bytes"),
          /* discardBytes= */ true);
      return;
    }
    buffer.append(chunk, 0, chunk.length);
    listener.onChunk(chunk.length);
  }

  @Override
  public void onEnd() {
    if (isDone) {
      return;
    }
    timer.cancel();
    timer = Cancellable.NONE;
    fetch = Cancellable.NONE;
    if (buffer.totalBytes() >= 0 && buffer.heldBytes() < buffer.totalBytes()) {
      fail(
          RequestErrorType.HTTP_BYTES_MISMATCH,
          Text.cat(
              "body ended after ",
              buffer.heldBytes(),
              Text.cat(" of ", buffer.totalBytes(), " bytes")),
          /* discardBytes= */ false);
      return;
    }
    if (buffer.totalBytes() < 0) {
      buffer.setTotalBytes(buffer.heldBytes());
    }
    validate();
  }

  @Override
  public void onFailure(String message) {
    if (!isDone) {
      fail(
          RequestErrorType.HTTP_ERROR,
          Text.cat("network error: ", message),
          /* discardBytes= */ false);
    }
  }

  private void validate() {
    timer = Cancellable.NONE;
    if (isDone) {
      return;
    }
    SegmentValidator validator = config.validateHttpSegment();
    if (validator == null) {
      succeed();
      return;
    }
    ValidationRun.start(validator, segment, buffer.toByteArray(), this);
  }

  /** The validator's answer (once, through {@link ValidationRun}); ignored after an abort. */
  @Override
  public void onValidated(boolean isValid) {
    if (isDone) {
      return;
    }
    if (isValid) {
      succeed();
    } else {
      fail(
          RequestErrorType.HTTP_SEGMENT_VALIDATION_FAILED,
          "validateHTTPSegment rejected the segment",
          /* discardBytes= */ true);
    }
  }

  private void succeed() {
    stop();
    listener.onSuccess();
  }

  /** §5.11: no byte (or no headers) within the timeout aborts the fetch; the bytes stay. */
  private void armTimer() {
    timer.cancel();
    timer = scheduler.schedule(this, config.httpNotReceivingBytesTimeoutMs());
  }

  /**
   * The task of the attempt's one timer (the attempt is its own task: no extra lambda class): the
   * deferred validation when every byte was held at start, else the timeout of §5.11.
   */
  @Override
  public void run() {
    if (isValidatingOnly) {
      validate();
    } else {
      onTimeout();
    }
  }

  private void onTimeout() {
    timer = Cancellable.NONE;
    fail(
        RequestErrorType.BYTES_RECEIVING_TIMEOUT,
        Text.cat("no bytes for ", config.httpNotReceivingBytesTimeoutMs(), " ms"),
        /* discardBytes= */ false);
  }

  private void fail(RequestErrorType type, String message, boolean discardBytes) {
    if (isDone) {
      return;
    }
    stop();
    if (discardBytes) {
      buffer.reset();
    }
    listener.onFailure(new RequestError(type, message, clock.nowMs()));
  }

  /** Abort: stops the fetch and the timer, keeps the bytes, fires nothing. Idempotent. */
  @Override
  public void cancel() {
    stop();
  }

  private void stop() {
    isDone = true;
    timer.cancel();
    timer = Cancellable.NONE;
    fetch.cancel();
    fetch = Cancellable.NONE;
  }
}
