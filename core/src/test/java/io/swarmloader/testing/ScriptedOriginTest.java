package io.swarmloader.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.HttpRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scripting features of {@link ScriptedOrigin} beyond the plain HTTP contract. */
class ScriptedOriginTest {
  private static final String URL = "https://origin.example/live/seg-42.ts";

  private final VirtualClock clock = new VirtualClock();
  private final ScriptedOrigin origin = new ScriptedOrigin(clock);
  private final byte[] body = bytes(10_000);

  @Test
  void headerDelayMs_delaysTheResponse() {
    origin.at(URL).body(body).headerDelayMs(500);
    RecordingHttpListener listener = start(HttpRequest.get(URL, null));
    clock.advanceMs(499);
    assertEquals(List.of(), listener.events());
    clock.advanceMs(1);
    assertEquals("response 200", listener.events().get(0));
  }

  @Test
  void throttleBytesPerSecond_spreadsTheBodyOverTime() {
    origin.at(URL).body(body).throttleBytesPerSecond(5_000);
    RecordingHttpListener listener = start(HttpRequest.get(URL, null));
    clock.advanceMs(1_000);
    assertEquals(5_000, listener.body().length);
    clock.advanceMs(1_000);
    assertEquals(List.of("response 200", "chunks", "end"), listener.eventKinds());
    assertEquals(22, listener.events().size()); // 20 chunks of 500 bytes, every 100 ms
  }

  @Test
  void disconnectAfterBytes_failsAfterExactlyThatManyBytes() {
    origin.at(URL).body(body).chunkBytes(3_000).disconnectAfterBytes(4_096);
    RecordingHttpListener listener = run(HttpRequest.get(URL, null));
    assertEquals(List.of("response 200", "chunk 3000", "chunk 1096", "failure"), listener.events());
    assertArrayEquals(Arrays.copyOf(body, 4_096), listener.body());
    assertEquals(4_096, origin.bytesServed(URL));
    assertEquals(0, origin.openFetchCount());
  }

  @Test
  void stallAfterBytes_staysOpenWithoutTasksUntilCancelled() {
    origin.at(URL).body(body).stallAfterBytes(1_000);
    RecordingHttpListener listener = start(HttpRequest.get(URL, null));
    Cancellable call = lastCall;
    clock.runUntilIdle(60_000);
    assertEquals(List.of("response 200", "chunk 1000"), listener.events());
    assertEquals(0, clock.pendingTaskCount());
    assertEquals(1, origin.openFetchCount());
    call.cancel();
    assertEquals(0, origin.openFetchCount());
  }

  @Test
  void stallBeforeResponse_firesNothing() {
    origin.at(URL).body(body).stallBeforeResponse();
    RecordingHttpListener listener = run(HttpRequest.get(URL, null), /* mustFinish= */ false);
    assertEquals(List.of(), listener.events());
    assertEquals(1, origin.openFetchCount());
  }

  @Test
  void endAfterBytes_endsTheBodyEarlyWithFullHeaders() {
    origin.at(URL).body(body).endAfterBytes(100);
    RecordingHttpListener listener = run(HttpRequest.get(URL, null));
    assertEquals(List.of("response 200", "chunk 100", "end"), listener.events());
    assertEquals("10000", listener.header("Content-Length"));
  }

  @Test
  void failBeforeResponse_reportsNetworkFailure() {
    origin.at(URL).failBeforeResponse();
    assertEquals(List.of("failure"), run(HttpRequest.get(URL, null)).events());
  }

  @Test
  void status_errorStatus_ignoresRange() {
    origin.at(URL).status(500).body(bytes(20));
    RecordingHttpListener listener = run(HttpRequest.get(URL, "bytes=0-9"));
    assertEquals(500, listener.status());
    assertEquals(20, listener.body().length);
    assertNull(listener.header("Content-Range"));
  }

  @Test
  void ignoreRange_answers200WithTheWholeBody() {
    origin.at(URL).body(body).ignoreRange();
    RecordingHttpListener listener = run(HttpRequest.get(URL, "bytes=100-199"));
    assertEquals(200, listener.status());
    assertArrayEquals(body, listener.body());
  }

  @Test
  void hideContentRange_hidesOnlyThatHeader() {
    origin.at(URL).body(body).hideContentRange();
    RecordingHttpListener listener = run(HttpRequest.get(URL, "bytes=100-199"));
    assertEquals(206, listener.status());
    assertNull(listener.header("Content-Range"));
    assertEquals("100", listener.header("Content-Length"));
  }

  @Test
  void header_override_replacesComputedHeader() {
    origin.at(URL).body(body).header("Content-Length", "7");
    assertEquals("7", run(HttpRequest.get(URL, null)).header("content-length"));
  }

  @Test
  void atPrefix_longestPrefixWinsAndExactBeatsPrefix() {
    origin.atPrefix("https://origin.example/").status(500);
    origin.atPrefix("https://origin.example/live/").body(bytes(3));
    origin.at("https://origin.example/live/exact.ts").status(404);
    assertEquals(200, run(HttpRequest.get(URL, null)).status());
    assertEquals(500, run(HttpRequest.get("https://origin.example/vod/1.ts", null)).status());
    assertEquals(404, run(HttpRequest.get("https://origin.example/live/exact.ts", null)).status());
  }

  @Test
  void at_again_replacesTheScript() {
    origin.at(URL).status(500);
    origin.at(URL).body(body);
    assertEquals(200, run(HttpRequest.get(URL, null)).status());
  }

  @Test
  void counts_perUrl_countRequestsAndBodyBytes() {
    origin.at(URL).body(body);
    run(HttpRequest.get(URL, null));
    run(HttpRequest.get(URL, "bytes=0-99"));
    run(HttpRequest.get("https://origin.example/other.ts", null));
    assertEquals(2, origin.requestCount(URL));
    assertEquals(10_100, origin.bytesServed(URL));
    assertEquals(3, origin.totalRequestCount());
    assertEquals("bytes=0-99", origin.requests().get(1).rangeHeader());
  }

  @Test
  void lastRequest_recordsHeadersAndCredentials() {
    origin.at(URL).body(body);
    run(new HttpRequest(URL, null, Map.of("X-Token", "abc"), true, null));
    assertEquals("abc", origin.lastRequest().headers().get("X-Token"));
    assertTrue(origin.lastRequest().withCredentials());
  }

  @Test
  void lastRequest_noRequest_fails() {
    assertThrows(AssertionError.class, origin::lastRequest);
  }

  @Test
  void body_callerMutatesArray_scriptUnchanged() {
    byte[] mine = bytes(10);
    origin.at(URL).body(mine);
    mine[0] ^= 1;
    assertArrayEquals(bytes(10), run(HttpRequest.get(URL, null)).body());
  }

  private Cancellable lastCall;

  private RecordingHttpListener start(HttpRequest request) {
    RecordingHttpListener listener = new RecordingHttpListener();
    lastCall = origin.fetch(request, listener);
    return listener;
  }

  private RecordingHttpListener run(HttpRequest request) {
    return run(request, /* mustFinish= */ true);
  }

  private RecordingHttpListener run(HttpRequest request, boolean mustFinish) {
    RecordingHttpListener listener = start(request);
    clock.runUntilIdle(60_000);
    if (mustFinish) {
      assertTrue(listener.isFinished(), "not finished: " + listener.events());
    }
    return listener;
  }

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (i * 37 + 5);
    }
    return b;
  }
}
