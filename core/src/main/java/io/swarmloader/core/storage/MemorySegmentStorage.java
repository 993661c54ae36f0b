package io.swarmloader.core.storage;

import io.swarmloader.core.config.CommonConfig;
import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.util.ListOps;
import io.swarmloader.core.util.OrderedMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The default segment storage: segments in memory, keyed {@code "{streamId}|{segmentId}"}
 * (player-integration.md §6.3).
 *
 * <ul>
 *   <li>Limit: {@code segmentMemoryStorageLimitMiB}, or by user agent (see {@link
 *       StorageLimits#defaultLimitMiB}); read once, in {@link #initialize}. Before {@code
 *       initialize} the user-agent default and default stream configs apply.
 *   <li>Eviction: see {@link EvictionPlanner}. Live segments more than {@code highDemandWindowMs}
 *       behind the playhead are removed on every store and every playback update; nothing is
 *       removed before the first playback update.
 *   <li>A segment larger than its stream type's {@code maxSegmentSizeBytes} is refused.
 *   <li>Usage counts only segments ending at or after the playhead (all of them before the first
 *       playback update); the limit counts every byte held.
 *   <li>The change callback runs synchronously, once per stream whose set of IDs changed, after the
 *       storage is consistent again and before {@code storeSegment}'s {@code onDone}.
 *   <li>Data is copied in and out: callers may mutate what they pass or receive.
 *   <li>After {@link #destroy()} (idempotent) everything is dropped, stores are refused, reads
 *       answer null and no callback fires.
 * </ul>
 *
 * All answers are synchronous. Single-threaded, like the rest of the engine.
 */
public final class MemorySegmentStorage implements SegmentStorage {
  // Invariant: storedBytes == sum of data.length over segments. Byte counts are doubles (exact
  // far beyond any memory limit) so the JS bundle needs no 64-bit long arithmetic for them.
  private final OrderedMap<StoredSegment> segments = new OrderedMap<>();
  private final EvictionPlanner planner = new EvictionPlanner(this::configOf);
  private double storedBytes;
  private double limitBytes;
  private StreamConfig mainConfig = StreamConfig.defaults();
  private StreamConfig secondaryConfig = StreamConfig.defaults();
  private final String userAgent;
  private Playhead playhead; // null until the first playback update
  private Consumer<String> changeCallback;
  private boolean isDestroyed;

  /**
   * @param userAgent {@code navigator.userAgent}, used for the default limit; may be null
   */
  public MemorySegmentStorage(String userAgent) {
    this.userAgent = userAgent;
    this.limitBytes = StorageLimits.defaultLimitMiB(userAgent) * StorageLimits.BYTES_PER_MIB;
  }

  @Override
  public void initialize(
      CommonConfig common, StreamConfig main, StreamConfig secondary, Runnable onInitialized) {
    Integer configuredMiB = common == null ? null : common.segmentMemoryStorageLimitMiB();
    int limitMiB =
        configuredMiB != null
            ? Math.max(0, configuredMiB)
            : StorageLimits.defaultLimitMiB(userAgent);
    limitBytes = limitMiB * StorageLimits.BYTES_PER_MIB;
    mainConfig = main != null ? main : StreamConfig.defaults();
    secondaryConfig = secondary != null ? secondary : StreamConfig.defaults();
    onInitialized.run();
  }

  @Override
  public void onPlaybackUpdated(double position, double rate) {
    if (isDestroyed || Double.isNaN(position)) {
      return;
    }
    double keptRate = rate > 0 ? rate : (playhead != null ? playhead.rate() : 1);
    playhead = new Playhead(position, keptRate);
    // SwarmLoader (§6.3): live eviction also on playback updates, not only on stores.
    List<String> changed = new ArrayList<>();
    removeAll(planner.expiredLive(segments.valueList(), playhead), changed);
    notifyChanged(changed);
  }

  @Override
  public void onSegmentRequested(
      String swarmId,
      String streamId,
      long segmentId,
      double startTime,
      double endTime,
      StreamType streamType,
      boolean isLive) {
    // The memory storage needs nothing from player requests.
  }

  @Override
  public void storeSegment(
      String swarmId,
      String streamId,
      long segmentId,
      byte[] data,
      double startTime,
      double endTime,
      StreamType streamType,
      boolean isLive,
      Consumer<Boolean> onDone) {
    if (isDestroyed || data == null || data.length > configOf(streamType).maxSegmentSizeBytes()) {
      onDone.accept(false);
      return;
    }
    List<String> changed = new ArrayList<>();
    removeAll(planner.expiredLive(segments.valueList(), playhead), changed);

    String key = StoredSegment.keyOf(streamId, segmentId);
    StoredSegment previous = segments.get(key);
    List<StoredSegment> others = segments.valueList();
    double usedWithoutPrevious = storedBytes;
    if (previous != null) {
      ListOps.removeSame(others, previous);
      usedWithoutPrevious -= previous.sizeBytes();
    }
    EvictionPlanner.Plan plan =
        planner.planStore(
            others, usedWithoutPrevious, limitBytes, data.length, startTime, playhead);
    if (plan.isStored()) {
      removeAll(plan.evictions(), changed);
      if (previous != null) {
        remove(previous);
      } else {
        addOnce(changed, streamId);
      }
      byte[] copy = Arrays.copyOf(data, data.length);
      put(
          new StoredSegment(
              key, streamId, segmentId, copy, startTime, endTime, streamType, isLive));
    }
    notifyChanged(changed);
    onDone.accept(plan.isStored());
  }

  @Override
  public void getSegmentData(
      String swarmId, String streamId, long segmentId, Consumer<byte[]> result) {
    StoredSegment s = segments.get(StoredSegment.keyOf(streamId, segmentId));
    result.accept(s == null ? null : Arrays.copyOf(s.data(), s.data().length));
  }

  @Override
  public StorageUsage getUsage() {
    double usedBytes = 0;
    for (StoredSegment s : segments.valueList()) {
      if (playhead == null || s.endTime() >= playhead.positionS()) {
        usedBytes += s.sizeBytes();
      }
    }
    double mib = StorageLimits.BYTES_PER_MIB;
    return new StorageUsage(limitBytes / mib, usedBytes / mib);
  }

  @Override
  public boolean hasSegment(String swarmId, String streamId, long segmentId) {
    return segments.containsKey(StoredSegment.keyOf(streamId, segmentId));
  }

  /** The stream's stored IDs in ascending order; a new array on every call. */
  @Override
  public long[] getStoredSegmentIds(String swarmId, String streamId) {
    int count = 0;
    long[] ids = new long[segments.size()];
    for (StoredSegment s : segments.valueList()) {
      if (s.streamId().equals(streamId)) {
        ids[count++] = s.segmentId();
      }
    }
    long[] out = Arrays.copyOf(ids, count);
    Arrays.sort(out);
    return out;
  }

  @Override
  public void setSegmentChangeCallback(Consumer<String> callback) {
    this.changeCallback = callback;
  }

  @Override
  public void destroy() {
    isDestroyed = true;
    segments.clear();
    storedBytes = 0;
    changeCallback = null;
  }

  /** Bytes held, whatever their position; never more than one segment above the limit. */
  double storedBytes() {
    return storedBytes;
  }

  private StreamConfig configOf(StreamType type) {
    return type == StreamType.SECONDARY ? secondaryConfig : mainConfig;
  }

  private void put(StoredSegment segment) {
    segments.put(segment.key(), segment);
    storedBytes += segment.sizeBytes();
  }

  private void remove(StoredSegment segment) {
    if (segments.remove(segment.key()) != null) {
      storedBytes -= segment.sizeBytes();
    }
  }

  private void removeAll(List<StoredSegment> toRemove, List<String> changed) {
    for (StoredSegment s : toRemove) {
      remove(s);
      addOnce(changed, s.streamId());
    }
  }

  /** Stream IDs in first-change order, each once (a list: few streams, no LinkedHashSet). */
  private static void addOnce(List<String> changed, String streamId) {
    if (!ListOps.containsText(changed, streamId)) {
      changed.add(streamId);
    }
  }

  private void notifyChanged(List<String> streamIds) {
    for (String streamId : streamIds) {
      Consumer<String> callback = changeCallback;
      if (callback != null && !isDestroyed) {
        callback.accept(streamId);
      }
    }
  }
}
