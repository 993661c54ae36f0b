package io.swarmloader.core.p2p;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@link LocalSegments} in memory. Reads answer at once, or, with {@link #deferReads(boolean)},
 * wait until the test calls {@link #completeReads()}.
 */
final class FakeLocalSegments implements LocalSegments {
  private final Map<Long, byte[]> segments = new HashMap<>();
  private final List<Runnable> pendingReads = new ArrayList<>();
  private boolean deferReads;
  int readCalls;

  void put(long externalId, byte[] data) {
    segments.put(externalId, data);
  }

  void remove(long externalId) {
    segments.remove(externalId);
  }

  void deferReads(boolean on) {
    deferReads = on;
  }

  /** Answers every deferred read, oldest first. */
  void completeReads() {
    List<Runnable> reads = new ArrayList<>(pendingReads);
    pendingReads.clear();
    reads.forEach(Runnable::run);
  }

  @Override
  public boolean isServable(long externalId) {
    return segments.containsKey(externalId);
  }

  @Override
  public void read(long externalId, Consumer<byte[]> result) {
    readCalls++;
    if (deferReads) {
      pendingReads.add(() -> result.accept(segments.get(externalId)));
    } else {
      result.accept(segments.get(externalId));
    }
  }
}
