package io.swarmloader.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.HttpClient;
import io.swarmloader.core.platform.HttpRequest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link HttpClient} contract: event order, abort through {@link Cancellable}, and Range
 * semantics of a plain static-file server. Subclasses only construct a client that serves {@code
 * body} at {@code url} with status 200 and honours Range; any other URL must answer 404.
 */
public abstract class HttpClientContractTest {
  protected static final String URL = "https://origin.example/media/seg-1.ts";
  protected static final int BODY_BYTES = 100_000;

  protected VirtualClock clock;
  protected HttpClient client;
  protected byte[] body;

  protected abstract HttpClient createClient(VirtualClock clock, String url, byte[] body);

  @BeforeEach
  void setUpClient() {
    clock = new VirtualClock();
    body = new byte[BODY_BYTES];
    for (int i = 0; i < body.length; i++) {
      body[i] = (byte) (i * 131 + 17);
    }
    client = createClient(clock, URL, body);
  }

  @Test
  void fetch_wholeResource_responseThenChunksThenEnd() {
    RecordingHttpListener listener = fetch(HttpRequest.get(URL, null));
    assertEquals(List.of("response 200", "chunks", "end"), listener.eventKinds());
    assertArrayEquals(body, listener.body());
    assertEquals(Integer.toString(BODY_BYTES), listener.header("Content-Length"));
  }

  @Test
  void fetch_anyRequest_firesNothingInsideFetch() {
    RecordingHttpListener listener = new RecordingHttpListener();
    client.fetch(HttpRequest.get(URL, null), listener);
    assertEquals(List.of(), listener.events());
    clock.runUntilIdle(60_000);
    assertTrue(listener.isFinished());
  }

  @Test
  void fetch_closedRange_answers206WithContentRange() {
    RecordingHttpListener listener = fetch(HttpRequest.get(URL, "bytes=1000-1999"));
    assertEquals(206, listener.status());
    assertEquals("bytes 1000-1999/" + BODY_BYTES, listener.header("Content-Range"));
    assertEquals("1000", listener.header("Content-Length"));
    assertArrayEquals(Arrays.copyOfRange(body, 1000, 2000), listener.body());
  }

  @Test
  void fetch_openRange_answersTheTail() {
    RecordingHttpListener listener = fetch(HttpRequest.get(URL, "bytes=99000-"));
    assertEquals(206, listener.status());
    assertEquals("bytes 99000-99999/" + BODY_BYTES, listener.header("Content-Range"));
    assertArrayEquals(Arrays.copyOfRange(body, 99_000, BODY_BYTES), listener.body());
  }

  @Test
  void fetch_rangePastTheEndOfTheResource_isClampedToTheEnd() {
    RecordingHttpListener listener = fetch(HttpRequest.get(URL, "bytes=99990-200000"));
    assertEquals(206, listener.status());
    assertEquals("bytes 99990-99999/" + BODY_BYTES, listener.header("Content-Range"));
    assertEquals(10, listener.body().length);
  }

  @Test
  void fetch_rangeStartingAfterTheEnd_answers416() {
    RecordingHttpListener listener = fetch(HttpRequest.get(URL, "bytes=" + BODY_BYTES + "-"));
    assertEquals(416, listener.status());
    assertEquals("end", listener.events().get(listener.events().size() - 1));
  }

  @Test
  void fetch_unknownUrl_answers404() {
    RecordingHttpListener listener = fetch(HttpRequest.get(URL + "-missing", null));
    assertEquals(404, listener.status());
    assertTrue(listener.isFinished());
  }

  @Test
  void onResponse_headerNames_areCaseInsensitive() {
    RecordingHttpListener listener = fetch(HttpRequest.get(URL, "bytes=0-9"));
    assertEquals(listener.header("content-range"), listener.header("CONTENT-RANGE"));
    assertEquals("10", listener.header("content-length"));
  }

  @Test
  void cancel_beforeResponse_nothingFiresAndNoTaskRemains() {
    RecordingHttpListener listener = new RecordingHttpListener();
    Cancellable call = client.fetch(HttpRequest.get(URL, null), listener);
    call.cancel();
    call.cancel();
    clock.runUntilIdle(60_000);
    assertEquals(List.of(), listener.events());
    assertEquals(0, clock.pendingTaskCount());
  }

  @Test
  void cancel_insideOnResponse_noChunkOrEndFollows() {
    Cancellable[] call = new Cancellable[1];
    RecordingHttpListener listener =
        new RecordingHttpListener() {
          @Override
          public void onResponse(int status, HttpHeaders headers) {
            super.onResponse(status, headers);
            call[0].cancel();
          }
        };
    call[0] = client.fetch(HttpRequest.get(URL, null), listener);
    clock.runUntilIdle(60_000);
    assertEquals(List.of("response 200"), listener.events());
    assertEquals(0, clock.pendingTaskCount());
  }

  @Test
  void cancel_insideFirstChunk_nothingMoreFires() {
    Cancellable[] call = new Cancellable[1];
    RecordingHttpListener listener =
        new RecordingHttpListener() {
          @Override
          public void onChunk(byte[] chunk) {
            super.onChunk(chunk);
            call[0].cancel();
          }
        };
    call[0] = client.fetch(HttpRequest.get(URL, null), listener);
    clock.runUntilIdle(60_000);
    assertEquals(List.of("response 200", "chunks"), listener.eventKinds());
    assertTrue(listener.body().length < BODY_BYTES);
    assertEquals(0, clock.pendingTaskCount());
  }

  @Test
  void fetch_twoConcurrentRequests_areIndependent() {
    RecordingHttpListener first = new RecordingHttpListener();
    RecordingHttpListener second = new RecordingHttpListener();
    Cancellable firstCall = client.fetch(HttpRequest.get(URL, "bytes=0-499"), first);
    client.fetch(HttpRequest.get(URL, "bytes=500-999"), second);
    firstCall.cancel();
    clock.runUntilIdle(60_000);
    assertEquals(List.of(), first.events());
    assertArrayEquals(Arrays.copyOfRange(body, 500, 1000), second.body());
  }

  private RecordingHttpListener fetch(HttpRequest request) {
    RecordingHttpListener listener = new RecordingHttpListener();
    client.fetch(request, listener);
    clock.runUntilIdle(60_000);
    assertTrue(listener.isFinished(), "fetch did not finish: " + listener.events());
    return listener;
  }
}
