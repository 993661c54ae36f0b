package io.swarmloader.core.platform;

/** Events of one HTTP request. */
public interface HttpResponseListener {
  /**
   * Status and headers arrived. {@code header(name)} lookups are case-insensitive and return null
   * when absent or unreadable (for example Content-Range not exposed by CORS).
   */
  void onResponse(int status, HttpHeaders headers);

  /**
   * A body chunk. The array is owned by the listener from now on. An empty chunk is progress
   * without bytes, from a transport that delivers the body whole at the end.
   */
  void onChunk(byte[] chunk);

  void onEnd();

  /** Network failure (not an HTTP status). */
  void onFailure(String message);

  /** Response headers. */
  interface HttpHeaders {
    String header(String name);
  }
}
