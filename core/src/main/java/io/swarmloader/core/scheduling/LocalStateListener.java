package io.swarmloader.core.scheduling;

/**
 * Receives the loader's local state for announcements (wire-protocol.md: {@code l} and {@code p}).
 * Called whenever an HTTP download starts or ends or a segment is stored or evicted, and only when
 * the state differs from the last one published. The arrays are fresh copies owned by the receiver.
 */
public interface LocalStateListener {
  LocalStateListener NONE = (loadedIds, httpLoadingIds) -> {};

  /**
   * @param loadedIds stored servable external IDs of the current stream
   * @param httpLoadingIds external IDs of the current stream being downloaded over HTTP
   */
  void onLocalStateChanged(long[] loadedIds, long[] httpLoadingIds);
}
