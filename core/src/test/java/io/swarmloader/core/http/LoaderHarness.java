package io.swarmloader.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.download.SegmentBuffer;
import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.testing.RecordingAttemptListener;
import io.swarmloader.testing.ScriptedOrigin;
import io.swarmloader.testing.VirtualClock;

/** An {@link HttpSegmentLoader} wired to a {@link ScriptedOrigin} on a {@link VirtualClock}. */
final class LoaderHarness {
  static final String URL = "https://cdn.example/vod/seg-7.ts";
  static final int TIMEOUT_MS = 3_000;

  final VirtualClock clock = new VirtualClock(10_000);
  final ScriptedOrigin origin = new ScriptedOrigin(clock);
  StreamConfig config = StreamConfig.builder().httpNotReceivingBytesTimeoutMs(TIMEOUT_MS).build();
  final HttpSegmentLoader loader = new HttpSegmentLoader(origin, () -> config, clock, clock);
  final SegmentBuffer buffer = new SegmentBuffer();
  RecordingAttemptListener listener;
  Cancellable attempt;

  static Segment whole() {
    return new Segment(URL, 7, URL, null, 28, 32);
  }

  static Segment ranged(long first, long lastInclusive) {
    ByteRange range = new ByteRange(first, lastInclusive);
    return new Segment(Segment.runtimeIdOf(URL, range), 7, URL, range, 28, 32);
  }

  /** Starts an attempt into the shared buffer; does not move the clock. */
  RecordingAttemptListener start(Segment segment) {
    listener = new RecordingAttemptListener();
    attempt = loader.download(segment, buffer, listener);
    return listener;
  }

  /** Starts an attempt and runs the clock until nothing is left to do. */
  RecordingAttemptListener run(Segment segment) {
    start(segment);
    clock.runUntilIdle(600_000);
    return listener;
  }

  /** Asserts that the attempt left nothing behind: no task, no open fetch. */
  void assertQuiet() {
    assertEquals(0, clock.pendingTaskCount(), "pending tasks");
    assertEquals(0, origin.openFetchCount(), "open fetches");
  }

  static byte[] bytes(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (i * 59 + i / 251);
    }
    return b;
  }
}
