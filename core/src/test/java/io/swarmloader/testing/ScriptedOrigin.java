package io.swarmloader.testing;

import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.HttpClient;
import io.swarmloader.core.platform.HttpRequest;
import io.swarmloader.core.platform.HttpResponseListener;
import io.swarmloader.core.platform.Scheduler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scripted HTTP origin on the virtual clock: an {@link HttpClient} whose answers a test describes
 * per URL, like OkHttp's MockWebServer but without sockets or threads.
 *
 * <pre>{@code
 * origin.at("/live/seg-42.ts").status(200).body(bytes)
 *     .throttleBytesPerSecond(50_000).disconnectAfterBytes(4_096);
 * }</pre>
 *
 * <ul>
 *   <li>A request is matched by its exact URL first, then by the longest registered prefix; an
 *       unmatched URL gets 404 with an empty body. {@link #at} and {@link #atPrefix} replace any
 *       earlier script for the same key, so a test changes behaviour between attempts by scripting
 *       again.
 *   <li>A 200 script honours {@code Range: bytes=a-b} and {@code bytes=a-} with 206, {@code
 *       Content-Range: bytes a-b/total} and the slice's {@code Content-Length}; a start at or past
 *       the end gets 416 with {@code Content-Range: bytes *}{@code /total}. A malformed Range is
 *       ignored (200). Other statuses are answered as scripted, Range ignored.
 *   <li>Every event runs in its own scheduler task, never inside {@link #fetch}. The body goes out
 *       in chunks of {@link Script#chunkBytes} (default 16 KiB), back to back; throttled, one chunk
 *       of a tenth of a second's worth of bytes every 100 ms.
 *   <li>Byte counts in {@code disconnectAfterBytes}, {@code stallAfterBytes} and {@code
 *       endAfterBytes} count body bytes of one response, not offsets in the resource.
 *   <li>{@code nativeRequest} is ignored; the origin reads the request's URL, Range and headers.
 * </ul>
 */
public final class ScriptedOrigin implements HttpClient {
  private final Scheduler scheduler;
  private final Map<String, Script> exact = new HashMap<>();
  private final Map<String, Script> prefixes = new LinkedHashMap<>();
  private final List<HttpRequest> requests = new ArrayList<>();
  private final Map<String, Integer> requestCounts = new HashMap<>();
  private final Map<String, Long> bytesServed = new HashMap<>();
  private final List<OriginExchange> openExchanges = new ArrayList<>();

  public ScriptedOrigin(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  /** Scripts the answer for one exact URL (replacing an earlier script); default 200, empty. */
  public Script at(String url) {
    Script script = new Script();
    exact.put(url, script);
    return script;
  }

  /** Scripts the answer for every URL starting with {@code prefix} that has no exact script. */
  public Script atPrefix(String prefix) {
    Script script = new Script();
    prefixes.put(prefix, script);
    return script;
  }

  @Override
  public Cancellable fetch(HttpRequest request, HttpResponseListener listener) {
    String url = request.url();
    requests.add(request);
    requestCounts.merge(url, 1, Integer::sum);
    Script script = lookup(url);
    OriginResponse response =
        script == null ? OriginResponse.notFound() : OriginResponse.of(script, request);
    OriginExchange exchange =
        new OriginExchange(
            scheduler,
            response,
            listener,
            n -> bytesServed.merge(url, (long) n, Long::sum),
            openExchanges::remove);
    openExchanges.add(exchange);
    exchange.start();
    return exchange;
  }

  /** Requests made so far, in order. */
  public List<HttpRequest> requests() {
    return List.copyOf(requests);
  }

  /** The latest request; fails when there was none. */
  public HttpRequest lastRequest() {
    if (requests.isEmpty()) {
      throw new AssertionError("no request was made");
    }
    return requests.get(requests.size() - 1);
  }

  public int requestCount(String url) {
    return requestCounts.getOrDefault(url, 0);
  }

  public int totalRequestCount() {
    return requests.size();
  }

  /** Body bytes delivered to listeners for {@code url}, over all its requests. */
  public long bytesServed(String url) {
    return bytesServed.getOrDefault(url, 0L);
  }

  /**
   * Fetches neither finished (end or failure) nor cancelled; a stalled fetch stays open until its
   * caller cancels it.
   */
  public int openFetchCount() {
    return openExchanges.size();
  }

  private Script lookup(String url) {
    Script script = exact.get(url);
    if (script != null) {
      return script;
    }
    String best = null;
    for (String prefix : prefixes.keySet()) {
      if (url.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    return best == null ? null : prefixes.get(best);
  }

  /** What one URL answers. Setters return {@code this}. */
  public static final class Script {
    int status = 200;
    byte[] body = new byte[0];
    final Map<String, String> headerOverrides = new LinkedHashMap<>();
    int headerDelayMs;
    int throttleBytesPerSecond;
    int chunkBytes;
    int disconnectAfterBytes = -1;
    int stallAfterBytes = -1;
    int endAfterBytes = -1;
    boolean isFailingBeforeResponse;
    boolean isStallingBeforeResponse;
    boolean isIgnoringRange;

    Script() {}

    public Script status(int status) {
      this.status = status;
      return this;
    }

    /** The resource; the origin keeps its own copy. */
    public Script body(byte[] body) {
      this.body = body.clone();
      return this;
    }

    /**
     * Sets a response header, replacing the computed one ({@code Content-Length}, {@code
     * Content-Range}); a null value hides the header, as CORS does for unexposed headers.
     */
    public Script header(String name, String value) {
      headerOverrides.put(name.toLowerCase(java.util.Locale.ROOT), value);
      return this;
    }

    /** Hides {@code Content-Range}, as a cross-origin response without Expose-Headers does. */
    public Script hideContentRange() {
      return header("Content-Range", null);
    }

    public Script hideContentLength() {
      return header("Content-Length", null);
    }

    /** Time from the fetch to the response headers. */
    public Script headerDelayMs(int delayMs) {
      this.headerDelayMs = delayMs;
      return this;
    }

    /** Sends a tenth of a second's worth of bytes every 100 ms (unless chunkBytes is set). */
    public Script throttleBytesPerSecond(int bytesPerSecond) {
      this.throttleBytesPerSecond = bytesPerSecond;
      return this;
    }

    /** Size of each body chunk. */
    public Script chunkBytes(int chunkBytes) {
      this.chunkBytes = chunkBytes;
      return this;
    }

    /** After this many body bytes, the connection fails ({@code onFailure}). */
    public Script disconnectAfterBytes(int bytes) {
      this.disconnectAfterBytes = bytes;
      return this;
    }

    /** After this many body bytes, nothing more happens until the caller cancels. */
    public Script stallAfterBytes(int bytes) {
      this.stallAfterBytes = bytes;
      return this;
    }

    /**
     * After this many body bytes, the body ends early ({@code onEnd}); headers stay as computed.
     */
    public Script endAfterBytes(int bytes) {
      this.endAfterBytes = bytes;
      return this;
    }

    /** A network error instead of a response, after the header delay. */
    public Script failBeforeResponse() {
      this.isFailingBeforeResponse = true;
      return this;
    }

    /** No response at all until the caller cancels. */
    public Script stallBeforeResponse() {
      this.isStallingBeforeResponse = true;
      return this;
    }

    /** Answers Range requests with 200 and the whole body, like a server without range support. */
    public Script ignoreRange() {
      this.isIgnoringRange = true;
      return this;
    }
  }
}
