package io.swarmloader.core.http;

import static io.swarmloader.core.http.LoaderHarness.URL;
import static io.swarmloader.core.http.LoaderHarness.bytes;
import static io.swarmloader.core.http.LoaderHarness.ranged;
import static io.swarmloader.core.http.LoaderHarness.whole;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.platform.HttpRequest;
import io.swarmloader.testing.RecordingAttemptListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests, successful downloads, resumes and aborts of {@link HttpSegmentLoader}. */
class HttpSegmentLoaderTest {
  private final LoaderHarness h = new LoaderHarness();
  private final byte[] body = bytes(10_000);

  // --- requests and success ---

  @Test
  void download_wholeSegment_noRangeAndByteIdentical() {
    h.origin.at(URL).body(body).chunkBytes(1_000);
    RecordingAttemptListener listener = h.run(whole());
    assertEquals(Collections.nCopies(10, "chunk 1000"), listener.events().subList(0, 10));
    assertEquals("success", listener.outcome());
    assertNull(h.origin.lastRequest().rangeHeader());
    assertArrayEquals(body, h.buffer.toByteArray());
    assertEquals(10_000, h.buffer.totalBytes());
    h.assertQuiet();
  }

  @Test
  void download_byteRangeSegment_requestsThatRange() {
    h.origin.at(URL).body(body);
    assertEquals("success", h.run(ranged(1_000, 1_999)).outcome());
    assertEquals("bytes=1000-1999", h.origin.lastRequest().rangeHeader());
    assertArrayEquals(Arrays.copyOfRange(body, 1_000, 2_000), h.buffer.toByteArray());
    h.assertQuiet();
  }

  @Test
  void download_openByteRange_requestsOpenRangeAndLearnsSize() {
    h.origin.at(URL).body(body);
    assertEquals("success", h.run(ranged(6_000, ByteRange.OPEN)).outcome());
    assertEquals("bytes=6000-", h.origin.lastRequest().rangeHeader());
    assertArrayEquals(Arrays.copyOfRange(body, 6_000, 10_000), h.buffer.toByteArray());
    assertEquals(4_000, h.buffer.totalBytes());
  }

  @Test
  void download_throttledOrigin_chunksKeepTheTimeoutAway() {
    h.origin.at(URL).body(body).throttleBytesPerSecond(1_000); // 10 s, a chunk every 100 ms
    h.start(whole());
    h.clock.advanceMs(9_950);
    assertFalse(h.listener.isEnded());
    h.clock.advanceMs(100);
    assertEquals("success", h.listener.outcome());
    assertEquals(100, h.listener.events().size() - 1);
    h.assertQuiet();
  }

  @Test
  void download_slowHeadersWithinTimeout_succeeds() {
    h.origin.at(URL).body(body).headerDelayMs(LoaderHarness.TIMEOUT_MS - 1);
    assertEquals("success", h.run(whole()).outcome());
  }

  @Test
  void download_eachAttempt_readsTheConfigAgain() {
    h.origin.at(URL).body(body).headerDelayMs(4_000);
    assertEquals("failure bytes-receiving-timeout", h.run(whole()).outcome());
    h.config = h.config.toBuilder().httpNotReceivingBytesTimeoutMs(5_000).build();
    assertEquals("success", h.run(whole()).outcome());
  }

  // --- resume (§5.10) ---

  @Test
  void download_resumeWholeUrlAfterDisconnect_sendsHeldOffsetAndCompletesIdentical() {
    h.origin.at(URL).body(body).chunkBytes(1_000).disconnectAfterBytes(4_096);
    assertEquals("failure http-error", h.run(whole()).outcome());
    assertEquals(4_096, h.buffer.heldBytes());

    h.origin.at(URL).body(body);
    RecordingAttemptListener second = h.run(whole());
    assertEquals("success", second.outcome());
    assertEquals("bytes=4096-", h.origin.lastRequest().rangeHeader());
    assertEquals(10_000 - 4_096, second.chunkBytes());
    assertArrayEquals(body, h.buffer.toByteArray());
    assertEquals(4_096 + 10_000 - 4_096, h.origin.bytesServed(URL));
    h.assertQuiet();
  }

  @Test
  void download_resumeByteRangeAfterDisconnect_requestsTheRest() {
    h.origin.at(URL).body(body).disconnectAfterBytes(300);
    h.run(ranged(1_000, 1_999));
    h.origin.at(URL).body(body);
    assertEquals("success", h.run(ranged(1_000, 1_999)).outcome());
    assertEquals("bytes=1300-1999", h.origin.lastRequest().rangeHeader());
    assertArrayEquals(Arrays.copyOfRange(body, 1_000, 2_000), h.buffer.toByteArray());
  }

  @Test
  void download_resumeOpenRangeAfterTimeout_requestsOpenRest() {
    h.origin.at(URL).body(body).stallAfterBytes(500);
    assertEquals("failure bytes-receiving-timeout", h.run(ranged(6_000, ByteRange.OPEN)).outcome());
    h.origin.at(URL).body(body);
    assertEquals("success", h.run(ranged(6_000, ByteRange.OPEN)).outcome());
    assertEquals("bytes=6500-", h.origin.lastRequest().rangeHeader());
    assertArrayEquals(Arrays.copyOfRange(body, 6_000, 10_000), h.buffer.toByteArray());
  }

  @Test
  void download_resumeAnswered200ForWholeUrl_restartsFromByteZero() {
    h.origin.at(URL).body(body).disconnectAfterBytes(2_000);
    h.run(whole());
    h.origin.at(URL).body(body).ignoreRange();
    RecordingAttemptListener second = h.run(whole());
    assertEquals("success", second.outcome());
    assertEquals("bytes=2000-", h.origin.lastRequest().rangeHeader());
    assertEquals(10_000, second.chunkBytes());
    assertArrayEquals(body, h.buffer.toByteArray());
  }

  @Test
  void download_everyByteAlreadyHeld_validatesWithoutFetching() {
    byte[] range = Arrays.copyOfRange(body, 0, 100);
    h.buffer.append(range, 0, 100);
    List<byte[]> validated = new ArrayList<>();
    h.config =
        h.config.toBuilder()
            .validateHttpSegment(
                (url, byteRange, data, result) -> {
                  validated.add(data);
                  result.accept(true);
                })
            .build();
    RecordingAttemptListener listener = h.start(ranged(0, 99));
    assertEquals(List.of(), listener.events(), "nothing fires inside download()");
    h.clock.runDue();
    assertEquals(List.of("success"), listener.events());
    assertEquals(0, h.origin.totalRequestCount());
    assertArrayEquals(range, validated.get(0));
    h.assertQuiet();
  }

  @Test
  void download_heldBytesOfAnotherSize_discardsThemAndStartsOver() {
    h.buffer.setTotalBytes(5_000);
    h.buffer.append(body, 0, 10);
    h.origin.at(URL).body(body);
    assertEquals("success", h.run(ranged(0, 999)).outcome());
    assertEquals("bytes=0-999", h.origin.lastRequest().rangeHeader());
  }

  // --- request customisation (§5.12) ---

  @Test
  void download_playerHttpSettings_addHeadersAndCredentials() {
    h.origin.at(URL).body(body);
    h.loader.setPlayerHttpSettings(new PlayerHttpSettings(Map.of("X-Token", "t1"), true));
    h.run(ranged(0, 9));
    HttpRequest request = h.origin.lastRequest();
    assertEquals("t1", request.headers().get("X-Token"));
    assertTrue(request.withCredentials());
    assertEquals("bytes=0-9", request.rangeHeader());

    h.loader.setPlayerHttpSettings(null);
    h.buffer.reset();
    h.run(ranged(0, 9));
    assertEquals(2, h.origin.totalRequestCount());
    assertEquals(Map.of(), h.origin.lastRequest().headers());
  }

  @Test
  void download_httpRequestSetup_suppliesTheRequestWithBothRanges() {
    h.origin.at(URL).body(body).disconnectAfterBytes(100);
    h.run(ranged(1_000, 1_999));
    h.origin.at(URL).body(body);
    List<String> seen = new ArrayList<>();
    h.loader.setPlayerHttpSettings(new PlayerHttpSettings(Map.of("X-Player", "p"), false));
    h.config =
        h.config.toBuilder()
            .httpRequestSetup(
                (url, segmentRange, requestRange, result) -> {
                  seen.add(url + " " + segmentRange + " " + requestRange);
                  result.accept(
                      new HttpRequest(url, "bytes=1100-1999", Map.of("X-Setup", "s"), false, null));
                })
            .build();
    assertEquals("success", h.run(ranged(1_000, 1_999)).outcome());
    assertEquals(
        List.of(URL + " " + new ByteRange(1_000, 1_999) + " " + new ByteRange(1_100, 1_999)), seen);
    assertEquals(Map.of("X-Setup", "s"), h.origin.lastRequest().headers()); // setup wins
    assertArrayEquals(Arrays.copyOfRange(body, 1_000, 2_000), h.buffer.toByteArray());
  }

  @Test
  void download_playerRequestSetupWithoutConfigSetup_suppliesTheRequest() {
    h.origin.at(URL).body(body);
    List<String> seen = new ArrayList<>();
    h.loader.setPlayerRequestSetup(
        (url, segmentRange, requestRange, result) -> {
          seen.add(url + " " + requestRange);
          result.accept(
              new HttpRequest(url, "bytes=0-99", Map.of("X-Fetch-Setup", "f"), true, null));
        });
    assertEquals("success", h.run(ranged(0, 99)).outcome());
    assertEquals(List.of(URL + " " + new ByteRange(0, 99)), seen);
    assertEquals(Map.of("X-Fetch-Setup", "f"), h.origin.lastRequest().headers());
    assertTrue(h.origin.lastRequest().withCredentials());

    h.loader.setPlayerRequestSetup(null);
    h.buffer.reset();
    h.run(ranged(0, 99));
    assertEquals(Map.of(), h.origin.lastRequest().headers());
    assertEquals(1, seen.size());
  }

  @Test
  void download_configAndPlayerRequestSetup_configWins() {
    h.origin.at(URL).body(body);
    List<String> used = new ArrayList<>();
    h.loader.setPlayerRequestSetup(
        (u, s, r, result) -> {
          used.add("player");
          result.accept(null);
        });
    h.config =
        h.config.toBuilder()
            .httpRequestSetup(
                (u, s, r, result) -> {
                  used.add("config");
                  result.accept(null);
                })
            .build();
    assertEquals("success", h.run(ranged(0, 99)).outcome());
    assertEquals(List.of("config"), used);
  }

  @Test
  void download_httpRequestSetupAnswersNull_usesDefaultRequest() {
    h.origin.at(URL).body(body);
    h.config =
        h.config.toBuilder().httpRequestSetup((u, s, r, result) -> result.accept(null)).build();
    h.loader.setPlayerHttpSettings(new PlayerHttpSettings(Map.of("X-Player", "p"), false));
    assertEquals("success", h.run(ranged(0, 99)).outcome());
    assertEquals("bytes=0-99", h.origin.lastRequest().rangeHeader());
    assertEquals("p", h.origin.lastRequest().headers().get("X-Player"));
  }

  @Test
  void download_httpRequestSetupThrows_usesDefaultRequest() {
    h.origin.at(URL).body(body);
    h.config =
        h.config.toBuilder()
            .httpRequestSetup(
                (u, s, r, result) -> {
                  throw new IllegalStateException("page bug");
                })
            .build();
    assertEquals("success", h.run(whole()).outcome());
    assertEquals(1, h.origin.totalRequestCount());
  }

  @Test
  void download_httpRequestSetupAnswersLaterAndTwice_fetchesOnce() {
    h.origin.at(URL).body(body);
    h.config =
        h.config.toBuilder()
            .httpRequestSetup(
                (u, s, r, result) ->
                    h.clock.schedule(
                        () -> {
                          result.accept(null);
                          result.accept(null);
                        },
                        5_000))
            .build();
    h.start(whole());
    h.clock.advanceMs(4_999);
    assertEquals(0, h.origin.totalRequestCount());
    h.clock.runUntilIdle(60_000);
    assertEquals("success", h.listener.outcome());
    assertEquals(1, h.origin.totalRequestCount());
  }

  @Test
  void abort_whileSetupPending_neverFetches() {
    h.origin.at(URL).body(body);
    h.config =
        h.config.toBuilder()
            .httpRequestSetup((u, s, r, result) -> h.clock.schedule(() -> result.accept(null), 50))
            .build();
    h.start(whole());
    h.attempt.cancel();
    h.clock.runUntilIdle(60_000);
    assertEquals(0, h.origin.totalRequestCount());
    assertEquals(List.of(), h.listener.events());
  }

  // --- abort ---

  @Test
  void abort_midBody_keepsBytesFiresNothingLeavesNothing() {
    h.origin.at(URL).body(body).throttleBytesPerSecond(10_000); // 1 000 bytes every 100 ms
    h.start(whole());
    h.clock.advanceMs(350);
    h.attempt.cancel();
    h.attempt.cancel();
    h.clock.runUntilIdle(60_000);
    assertEquals(List.of("chunk 1000", "chunk 1000", "chunk 1000"), h.listener.events());
    assertEquals(3_000, h.buffer.heldBytes());
    h.assertQuiet();
  }

  @Test
  void abort_beforeHeaders_cancelsFetchAndTimer() {
    h.origin.at(URL).body(body).headerDelayMs(1_000);
    h.start(whole());
    h.attempt.cancel();
    h.assertQuiet();
    h.clock.runUntilIdle(60_000);
    assertEquals(List.of(), h.listener.events());
  }

  @Test
  void abort_insideOnChunk_nothingMoreFires() {
    h.origin.at(URL).body(body).chunkBytes(1_000);
    RecordingAttemptListener listener =
        new RecordingAttemptListener() {
          @Override
          public void onChunk(int length) {
            super.onChunk(length);
            h.attempt.cancel();
          }
        };
    h.attempt = h.loader.download(whole(), h.buffer, listener);
    h.clock.runUntilIdle(60_000);
    assertEquals(List.of("chunk 1000"), listener.events());
    assertEquals(1_000, h.buffer.heldBytes());
    h.assertQuiet();
  }

  @Test
  void abort_afterSuccess_isHarmless() {
    h.origin.at(URL).body(body);
    h.run(whole());
    h.attempt.cancel();
    assertArrayEquals(body, h.buffer.toByteArray());
    h.assertQuiet();
  }
}
