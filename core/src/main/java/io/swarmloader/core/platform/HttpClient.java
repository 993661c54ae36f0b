package io.swarmloader.core.platform;

/** fetch() with a streaming body. One call per request; the listener gets events in order. */
public interface HttpClient {
  /**
   * Starts a request. Events: {@code onResponse} once, then {@code onChunk}* and {@code onEnd}, or
   * {@code onFailure} at any point. Nothing fires after {@link Cancellable#cancel()} (abort).
   */
  Cancellable fetch(HttpRequest request, HttpResponseListener listener);
}
