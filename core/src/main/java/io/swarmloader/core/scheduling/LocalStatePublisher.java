package io.swarmloader.core.scheduling;

import io.swarmloader.core.events.DownloadSource;
import java.util.Arrays;

/**
 * Publishes the loader's local state for announcements: the stored servable IDs of the current
 * stream ({@code l}) and the IDs of the current stream being downloaded over HTTP ({@code p}).
 * Publishes only when the state differs from the last one published. As a {@link Runnable} (the
 * HTTP-loading-changed callback), {@link #run()} publishes.
 */
final class LocalStatePublisher implements Runnable {
  private final StoredSegments storage;
  private final RequestRegistry registry;
  private final StreamSegments segments;
  private final LocalStateListener listener;

  private long[] lastLoaded;
  private long[] lastHttpLoading;
  private boolean destroyed;

  LocalStatePublisher(
      StoredSegments storage,
      RequestRegistry registry,
      StreamSegments segments,
      LocalStateListener listener) {
    this.storage = storage;
    this.registry = registry;
    this.segments = segments;
    this.listener = listener;
  }

  @Override
  public void run() {
    publish();
  }

  void publish() {
    if (destroyed) {
      return;
    }
    long[] loaded = storage.servableIds();
    long[] httpLoading = httpLoadingIds();
    if (Arrays.equals(loaded, lastLoaded) && Arrays.equals(httpLoading, lastHttpLoading)) {
      return;
    }
    lastLoaded = loaded;
    lastHttpLoading = httpLoading;
    listener.onLocalStateChanged(loaded.clone(), httpLoading.clone());
  }

  void destroy() {
    destroyed = true;
  }

  private long[] httpLoadingIds() {
    long[] ids = new long[registry.size()];
    int count = 0;
    for (Request request : registry.snapshot()) {
      if (request.isDownloadingOver(DownloadSource.HTTP)
          && segments.indexOf(request.runtimeId()) >= 0) {
        ids[count++] = request.segment.externalId();
      }
    }
    return Arrays.copyOf(ids, count);
  }
}
