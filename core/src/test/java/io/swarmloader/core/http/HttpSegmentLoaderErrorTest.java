package io.swarmloader.core.http;

import static io.swarmloader.core.http.LoaderHarness.TIMEOUT_MS;
import static io.swarmloader.core.http.LoaderHarness.URL;
import static io.swarmloader.core.http.LoaderHarness.bytes;
import static io.swarmloader.core.http.LoaderHarness.ranged;
import static io.swarmloader.core.http.LoaderHarness.whole;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.swarmloader.core.error.RequestError;
import io.swarmloader.core.error.RequestErrorType;
import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.model.Segment;
import io.swarmloader.testing.RecordingAttemptListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every failure rule of player-integration.md §5.11–5.12 and §1.6, and what happens to bytes. */
class HttpSegmentLoaderErrorTest {
  private final LoaderHarness h = new LoaderHarness();
  private final byte[] body = bytes(10_000);

  /** Runs a first attempt that leaves {@code held} bytes of {@code segment} in the buffer. */
  private void holdBytes(Segment segment, int held) {
    h.origin.at(URL).body(body).disconnectAfterBytes(held);
    h.run(segment);
    assertEquals(held, h.buffer.heldBytes());
  }

  private RequestError failure(RecordingAttemptListener listener, RequestErrorType type) {
    assertEquals("failure " + type.jsName(), listener.outcome(), listener.events().toString());
    h.assertQuiet();
    return listener.error();
  }

  // --- statuses ---

  @ParameterizedTest
  @ValueSource(ints = {404, 500, 503, 302, 101})
  void download_nonSuccessStatus_httpErrorAndBytesKept(int status) {
    holdBytes(whole(), 1_000);
    h.origin.at(URL).status(status).body(bytes(50));
    failure(h.run(whole()), RequestErrorType.HTTP_ERROR);
    assertEquals(1_000, h.buffer.heldBytes());
  }

  @ParameterizedTest
  @ValueSource(ints = {406, 416})
  void download_status406or416_bytesMismatchAndBytesDiscarded(int status) {
    holdBytes(whole(), 1_000);
    h.origin.at(URL).status(status);
    failure(h.run(whole()), RequestErrorType.HTTP_BYTES_MISMATCH);
    assertEquals(0, h.buffer.heldBytes());
    assertEquals(-1, h.buffer.totalBytes());
  }

  @Test
  void download_rangeBeyondResource_originAnswers416_bytesMismatch() {
    h.origin.at(URL).body(body);
    failure(h.run(ranged(20_000, 20_999)), RequestErrorType.HTTP_BYTES_MISMATCH);
    assertEquals("bytes=20000-20999", h.origin.lastRequest().rangeHeader());
  }

  @Test
  void download_networkFailureBeforeResponse_httpError() {
    h.origin.at(URL).failBeforeResponse();
    failure(h.run(whole()), RequestErrorType.HTTP_ERROR);
  }

  @Test
  void download_disconnectMidBody_httpErrorAndBytesKept() {
    h.origin.at(URL).body(body).disconnectAfterBytes(4_096);
    failure(h.run(whole()), RequestErrorType.HTTP_ERROR);
    assertArrayEquals(Arrays.copyOf(body, 4_096), h.buffer.toByteArray());
  }

  @Test
  void download_200ToByteRangeSegment_unexpectedStatusCode() {
    h.origin.at(URL).body(body).ignoreRange();
    failure(h.run(ranged(1_000, 1_999)), RequestErrorType.HTTP_UNEXPECTED_STATUS_CODE);
    assertEquals(0, h.buffer.heldBytes());
  }

  @Test
  void download_rangedRequestAnsweredWithOther2xx_unexpectedStatusCode() {
    h.origin.at(URL).status(203).body(body);
    failure(h.run(ranged(0, 999)), RequestErrorType.HTTP_UNEXPECTED_STATUS_CODE);
  }

  @Test
  void download_unrangedRequestAnswered206_unexpectedStatusCode() {
    h.origin.at(URL).status(206).body(body);
    failure(h.run(whole()), RequestErrorType.HTTP_UNEXPECTED_STATUS_CODE);
  }

  // --- timeouts (§5.11) ---

  @Test
  void download_noHeadersWithinTimeout_timeoutAndFetchCancelled() {
    h.origin.at(URL).body(body).stallBeforeResponse();
    h.start(whole());
    h.clock.advanceMs(TIMEOUT_MS - 1);
    assertFalse(h.listener.isEnded());
    h.clock.advanceMs(1);
    RequestError error = failure(h.listener, RequestErrorType.BYTES_RECEIVING_TIMEOUT);
    assertEquals(10_000 + TIMEOUT_MS, error.timestampMs(), 0);
  }

  @Test
  void download_headersLaterThanTimeout_timeoutBeforeThem() {
    h.origin.at(URL).body(body).headerDelayMs(TIMEOUT_MS + 1);
    failure(h.run(whole()), RequestErrorType.BYTES_RECEIVING_TIMEOUT);
  }

  @Test
  void download_stallBetweenChunks_timeoutAndBytesKept() {
    h.origin.at(URL).body(body).chunkBytes(1_000).stallAfterBytes(2_500);
    h.start(whole());
    h.clock.advanceMs(0);
    double stalledAtMs = h.clock.nowMs();
    h.clock.runUntilIdle(60_000);
    RequestError error = failure(h.listener, RequestErrorType.BYTES_RECEIVING_TIMEOUT);
    assertEquals(stalledAtMs + TIMEOUT_MS, error.timestampMs(), 0);
    assertArrayEquals(Arrays.copyOf(body, 2_500), h.buffer.toByteArray());
  }

  @Test
  void download_stallAfterHeaders_timeoutCountsFromHeaders() {
    h.origin.at(URL).body(body).headerDelayMs(2_000).stallAfterBytes(0);
    RequestError error = failure(h.run(whole()), RequestErrorType.BYTES_RECEIVING_TIMEOUT);
    assertEquals(10_000 + 2_000 + TIMEOUT_MS, error.timestampMs(), 0);
  }

  // --- Content-Range and Content-Length (§5.12) ---

  @Test
  void download_contentRangeStartDiffers_bytesMismatchAndDiscarded() {
    holdBytes(ranged(1_000, 1_999), 200);
    h.origin.at(URL).body(body).header("Content-Range", "bytes 1000-1999/10000");
    failure(h.run(ranged(1_000, 1_999)), RequestErrorType.HTTP_BYTES_MISMATCH);
    assertEquals(0, h.buffer.heldBytes());
  }

  @Test
  void download_contentRangeEndDiffers_bytesMismatch() {
    h.origin.at(URL).body(body).header("Content-Range", "bytes 1000-1998/10000");
    failure(h.run(ranged(1_000, 1_999)), RequestErrorType.HTTP_BYTES_MISMATCH);
  }

  @Test
  void download_contentRangeHidden_checkSkipped() {
    h.origin.at(URL).body(body).hideContentRange();
    assertEquals("success", h.run(ranged(1_000, 1_999)).outcome());
  }

  @Test
  void download_contentRangeMalformed_treatedAsUnreadable() {
    h.origin.at(URL).body(body).header("Content-Range", "pages 1-2");
    assertEquals("success", h.run(ranged(1_000, 1_999)).outcome());
  }

  @Test
  void download_contentLengthDiffersFromRange_bytesMismatch() {
    h.origin.at(URL).body(body).header("Content-Length", "999");
    failure(h.run(ranged(1_000, 1_999)), RequestErrorType.HTTP_BYTES_MISMATCH);
  }

  @Test
  void download_contentLengthDiffersWithContentRangeHidden_stillChecked() {
    h.origin.at(URL).body(body).hideContentRange().header("Content-Length", "1001");
    failure(h.run(ranged(1_000, 1_999)), RequestErrorType.HTTP_BYTES_MISMATCH);
  }

  @Test
  void download_openRangeWithoutContentRange_contentLengthGivesSize() {
    holdBytes(whole(), 3_000);
    h.origin.at(URL).body(body).hideContentRange();
    assertEquals("success", h.run(whole()).outcome());
    assertEquals(10_000, h.buffer.totalBytes());
    assertArrayEquals(body, h.buffer.toByteArray());
  }

  @Test
  void download_resumeReportsAnotherTotal_bytesMismatchAndDiscarded() {
    h.origin.at(URL).body(body).endAfterBytes(3_000); // learns 10 000 from Content-Length
    failure(h.run(whole()), RequestErrorType.HTTP_BYTES_MISMATCH);
    h.origin.at(URL).body(bytes(12_000)); // the file changed
    failure(h.run(whole()), RequestErrorType.HTTP_BYTES_MISMATCH);
    assertEquals(0, h.buffer.heldBytes());
    assertEquals("bytes=3000-", h.origin.lastRequest().rangeHeader());
  }

  // --- body length ---

  @Test
  void download_bodyShorterThanContentLength_bytesMismatchAndBytesKept() {
    h.origin.at(URL).body(body).endAfterBytes(6_000);
    failure(h.run(whole()), RequestErrorType.HTTP_BYTES_MISMATCH);
    assertEquals(6_000, h.buffer.heldBytes());
    assertEquals(10_000, h.buffer.totalBytes());

    h.origin.at(URL).body(body);
    assertEquals("success", h.run(whole()).outcome());
    assertEquals("bytes=6000-", h.origin.lastRequest().rangeHeader());
    assertArrayEquals(body, h.buffer.toByteArray());
  }

  @Test
  void download_byteRangeBodyShort_bytesMismatchAndKept() {
    h.origin.at(URL).body(body).hideContentRange().hideContentLength().endAfterBytes(400);
    failure(h.run(ranged(1_000, 1_999)), RequestErrorType.HTTP_BYTES_MISMATCH);
    assertEquals(400, h.buffer.heldBytes());
  }

  @Test
  void download_bodyLongerThanContentLength_bytesMismatchAndDiscarded() {
    h.origin.at(URL).body(body).chunkBytes(4_000).header("Content-Length", "5000");
    failure(h.run(whole()), RequestErrorType.HTTP_BYTES_MISMATCH);
    assertEquals(0, h.buffer.heldBytes());
  }

  @Test
  void download_contentLengthAboveMaxSegmentSize_bytesMismatchAtHeaders() {
    h.config = h.config.toBuilder().maxSegmentSizeBytes(9_999).build();
    h.origin.at(URL).body(body);
    RecordingAttemptListener listener = h.run(whole());
    failure(listener, RequestErrorType.HTTP_BYTES_MISMATCH);
    assertEquals(List.of("failure http-bytes-mismatch"), listener.events());
  }

  @Test
  void download_unknownSizeBodyAboveMaxSegmentSize_bytesMismatch() {
    h.config = h.config.toBuilder().maxSegmentSizeBytes(5_000).build();
    h.origin.at(URL).body(body).chunkBytes(1_000).hideContentLength();
    RecordingAttemptListener listener = h.run(whole());
    failure(listener, RequestErrorType.HTTP_BYTES_MISMATCH);
    assertEquals(5, listener.events().size() - 1);
    assertEquals(0, h.buffer.heldBytes());
  }

  @Test
  void download_noContentLength_sizeFromBody() {
    h.origin.at(URL).body(body).hideContentLength();
    assertEquals("success", h.run(whole()).outcome());
    assertEquals(10_000, h.buffer.totalBytes());
  }

  // --- validation ---

  @Test
  void download_validatorSaysFalse_validationFailedAndDiscarded() {
    h.config =
        h.config.toBuilder().validateHttpSegment((u, r, d, result) -> result.accept(false)).build();
    h.origin.at(URL).body(body);
    failure(h.run(whole()), RequestErrorType.HTTP_SEGMENT_VALIDATION_FAILED);
    assertEquals(0, h.buffer.heldBytes());
  }

  @Test
  void download_validatorThrows_validationFailed() {
    h.config =
        h.config.toBuilder()
            .validateHttpSegment(
                (u, r, d, result) -> {
                  throw new IllegalStateException("bad hash");
                })
            .build();
    h.origin.at(URL).body(body);
    failure(h.run(whole()), RequestErrorType.HTTP_SEGMENT_VALIDATION_FAILED);
  }

  @Test
  void download_validatorAnswersLater_getsUrlRangeAndExactBytes() {
    List<String> calls = new ArrayList<>();
    List<byte[]> data = new ArrayList<>();
    h.config =
        h.config.toBuilder()
            .validateHttpSegment(
                (url, range, bytes, result) -> {
                  calls.add(url + " " + range);
                  data.add(bytes);
                  h.clock.schedule(() -> result.accept(true), 500);
                })
            .build();
    h.origin.at(URL).body(body);
    h.start(ranged(100, 199));
    h.clock.runUntilIdle(60_000);
    assertEquals("success", h.listener.outcome());
    assertEquals(List.of(URL + " " + new ByteRange(100, 199)), calls);
    assertArrayEquals(Arrays.copyOfRange(body, 100, 200), data.get(0));
    h.assertQuiet();
  }

  @Test
  void abort_whileValidating_ignoresTheAnswer() {
    h.config =
        h.config.toBuilder()
            .validateHttpSegment(
                (u, r, d, result) -> h.clock.schedule(() -> result.accept(true), 500))
            .build();
    h.origin.at(URL).body(body);
    h.start(whole());
    h.clock.advanceMs(100);
    h.attempt.cancel();
    h.clock.runUntilIdle(60_000);
    assertFalse(h.listener.isEnded());
    assertArrayEquals(body, h.buffer.toByteArray());
  }
}
