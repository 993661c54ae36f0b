package io.swarmloader.core.scheduling;

import io.swarmloader.core.model.Segment;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** In-memory {@link StoredSegments} with a settable free ratio and an optional store refusal. */
final class FakeStorage implements StoredSegments {
  final Map<String, Segment> segments = new LinkedHashMap<>();
  final Map<String, byte[]> data = new LinkedHashMap<>();
  double freeRatio = 1.0;
  boolean refuseStores;
  int storeCalls;

  void put(Segment segment, byte[] bytes) {
    segments.put(segment.runtimeId(), segment);
    data.put(segment.runtimeId(), bytes);
  }

  void evict(Segment segment) {
    segments.remove(segment.runtimeId());
    data.remove(segment.runtimeId());
  }

  @Override
  public boolean has(Segment segment) {
    return data.containsKey(segment.runtimeId());
  }

  @Override
  public void read(Segment segment, Consumer<byte[]> result) {
    result.accept(data.get(segment.runtimeId()));
  }

  @Override
  public void store(Segment segment, byte[] bytes, Consumer<Boolean> onDone) {
    storeCalls++;
    if (refuseStores) {
      onDone.accept(false);
      return;
    }
    put(segment, bytes);
    onDone.accept(true);
  }

  @Override
  public double freeRatio() {
    return freeRatio;
  }

  @Override
  public long[] servableIds() {
    return segments.values().stream().mapToLong(Segment::externalId).toArray();
  }
}
