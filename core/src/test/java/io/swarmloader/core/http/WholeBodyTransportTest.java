package io.swarmloader.core.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.download.SegmentBuffer;
import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.HttpClient;
import io.swarmloader.core.platform.HttpRequest;
import io.swarmloader.core.platform.HttpResponseListener;
import io.swarmloader.testing.RecordingAttemptListener;
import io.swarmloader.testing.VirtualClock;
import org.junit.jupiter.api.Test;

/**
 * A transport that delivers the body whole at the end (the hls.js player-loader path) reports its
 * progress with empty chunks: they keep the silence timeout away and count no bytes.
 */
class WholeBodyTransportTest {
  private final VirtualClock clock = new VirtualClock(10_000);
  private final byte[] body = LoaderHarness.bytes(5_000);

  /** Answers at once, reports progress every {@code progressEveryMs} for 9 s, then the body. */
  private HttpClient transport(int progressEveryMs) {
    return (HttpRequest request, HttpResponseListener listener) -> {
      listener.onResponse(200, name -> null);
      for (int t = progressEveryMs; t < 9_000; t += progressEveryMs) {
        clock.schedule(() -> listener.onChunk(new byte[0]), t);
      }
      Cancellable end =
          clock.schedule(
              () -> {
                listener.onChunk(body);
                listener.onEnd();
              },
              9_000);
      return end;
    };
  }

  private RecordingAttemptListener run(HttpClient http) {
    StreamConfig config = StreamConfig.builder().httpNotReceivingBytesTimeoutMs(3_000).build();
    HttpSegmentLoader loader = new HttpSegmentLoader(http, () -> config, clock, clock);
    RecordingAttemptListener listener = new RecordingAttemptListener();
    loader.download(LoaderHarness.whole(), buffer, listener);
    clock.runUntilIdle(60_000);
    return listener;
  }

  private final SegmentBuffer buffer = new SegmentBuffer();

  @Test
  void progressEverySecond_keepsTheSilenceTimeoutAway_andCountsNoBytes() {
    RecordingAttemptListener listener = run(transport(1_000));

    assertEquals("success", listener.outcome());
    assertEquals(5_000, listener.chunkBytes());
    assertFalse(listener.events().contains("chunk 0"), listener.events().toString());
    assertArrayEquals(body, buffer.toByteArray());
  }

  @Test
  void progressRarerThanTheTimeout_stillTimesOut() {
    RecordingAttemptListener listener = run(transport(4_000));

    assertEquals("failure bytes-receiving-timeout", listener.outcome());
  }
}
