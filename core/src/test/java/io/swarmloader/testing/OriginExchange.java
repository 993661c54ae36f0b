package io.swarmloader.testing;

import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.HttpResponseListener;
import io.swarmloader.core.platform.Scheduler;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * One fetch served by {@link ScriptedOrigin}: a chain of scheduler tasks (headers, then one task
 * per chunk). Invariant: at most one task is scheduled, held in {@code pending}; once {@code
 * isClosed} nothing is scheduled and nothing fires.
 */
final class OriginExchange implements Cancellable {
  private static final int DEFAULT_CHUNK_BYTES = 16_384;
  private static final int THROTTLE_TICK_MS = 100;

  private final Scheduler scheduler;
  private final OriginResponse response;
  private final HttpResponseListener listener;
  private final IntConsumer onBytesServed;
  private final Consumer<OriginExchange> onClosed;
  private Cancellable pending = Cancellable.NONE;
  private boolean isClosed;
  private int sentBytes;

  OriginExchange(
      Scheduler scheduler,
      OriginResponse response,
      HttpResponseListener listener,
      IntConsumer onBytesServed,
      Consumer<OriginExchange> onClosed) {
    this.scheduler = scheduler;
    this.response = response;
    this.listener = listener;
    this.onBytesServed = onBytesServed;
    this.onClosed = onClosed;
  }

  void start() {
    ScriptedOrigin.Script script = response.script;
    if (script.isStallingBeforeResponse) {
      return;
    }
    pending = scheduler.schedule(this::sendHeaders, script.headerDelayMs);
  }

  @Override
  public void cancel() {
    close();
  }

  private void sendHeaders() {
    if (isClosed) {
      return;
    }
    if (response.script.isFailingBeforeResponse) {
      close();
      listener.onFailure("connection refused (scripted)");
      return;
    }
    listener.onResponse(response.status, response::header);
    scheduleNextChunk();
  }

  private void scheduleNextChunk() {
    if (isClosed) {
      return;
    }
    int limit = bodyLimit();
    if (sentBytes >= limit) {
      finish(limit);
      return;
    }
    int bps = response.script.throttleBytesPerSecond;
    int delayMs = 0;
    if (bps > 0) {
      int chunk = chunkBytes();
      delayMs = Math.max(1, (int) Math.ceil(chunk * 1000.0 / bps));
    }
    pending = scheduler.schedule(this::sendChunk, delayMs);
  }

  private void sendChunk() {
    if (isClosed) {
      return;
    }
    int n = Math.min(chunkBytes(), bodyLimit() - sentBytes);
    byte[] chunk = Arrays.copyOfRange(response.body, sentBytes, sentBytes + n);
    sentBytes += n;
    onBytesServed.accept(n);
    listener.onChunk(chunk);
    scheduleNextChunk();
  }

  private void finish(int limit) {
    ScriptedOrigin.Script s = response.script;
    if (s.stallAfterBytes >= 0 && limit == s.stallAfterBytes && limit < response.body.length) {
      return; // stalled: open, silent, no task scheduled
    }
    close();
    if (s.disconnectAfterBytes >= 0 && limit == s.disconnectAfterBytes) {
      listener.onFailure("connection reset after " + limit + " bytes (scripted)");
    } else {
      listener.onEnd();
    }
  }

  /** Body bytes this response sends before it ends, fails or stalls. */
  private int bodyLimit() {
    ScriptedOrigin.Script s = response.script;
    int limit = response.body.length;
    for (int cut : new int[] {s.disconnectAfterBytes, s.stallAfterBytes, s.endAfterBytes}) {
      if (cut >= 0) {
        limit = Math.min(limit, cut);
      }
    }
    return limit;
  }

  private int chunkBytes() {
    ScriptedOrigin.Script s = response.script;
    if (s.chunkBytes > 0) {
      return s.chunkBytes;
    }
    if (s.throttleBytesPerSecond > 0) {
      return Math.max(1, s.throttleBytesPerSecond / (1000 / THROTTLE_TICK_MS));
    }
    return DEFAULT_CHUNK_BYTES;
  }

  private void close() {
    if (isClosed) {
      return;
    }
    isClosed = true;
    pending.cancel();
    pending = Cancellable.NONE;
    onClosed.accept(this);
  }
}
