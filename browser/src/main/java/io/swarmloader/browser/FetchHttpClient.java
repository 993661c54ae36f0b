package io.swarmloader.browser;

import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.HttpClient;
import io.swarmloader.core.platform.HttpRequest;
import io.swarmloader.core.platform.HttpResponseListener;
import io.swarmloader.core.platform.Logger;

/**
 * {@link HttpClient} over {@code fetch} with a streaming body reader and an {@code AbortController}
 * per request (player-integration.md §5.12: Range, extra headers, credentials, and the {@code
 * Request} from {@code httpRequestSetup}).
 *
 * <ul>
 *   <li>Events come on later event-loop turns, never inside {@link #fetch}: {@code onResponse}
 *       once, then {@code onChunk}* and {@code onEnd}, or {@code onFailure} at any point (a
 *       rejected fetch or read: network error, CORS, a body cut short).
 *   <li>{@link Cancellable#cancel()} aborts the fetch; nothing fires afterwards, and the {@code
 *       AbortError} that follows is swallowed. Cancelling after the end does nothing.
 *   <li>Each chunk is a fresh {@code byte[]} the listener owns (the stream's {@code Uint8Array}
 *       re-viewed as signed bytes; teavm-notes.md §5).
 *   <li>Header lookups go to {@code Response.headers.get}: case-insensitive, null when absent or
 *       not exposed by CORS.
 *   <li>A listener that throws is logged; the request is then aborted and ends with {@code
 *       onFailure}. No exception reaches the page.
 * </ul>
 */
public final class FetchHttpClient implements HttpClient {
  private final Logger logger;

  public FetchHttpClient(Logger logger) {
    this.logger = logger;
  }

  @Override
  public Cancellable fetch(HttpRequest request, HttpResponseListener listener) {
    FetchCall call = new FetchCall(listener, logger);
    call.start(request);
    return call;
  }
}
