package io.swarmloader.core.config;

import io.swarmloader.core.storage.SegmentStorage;
import java.util.function.Function;

/**
 * Options shared by both stream types.
 *
 * @param segmentMemoryStorageLimitMiB memory storage cap in MiB, or null for the user-agent default
 * @param customSegmentStorageFactory {@code isLive -> SegmentStorage}, or null for memory storage
 */
public record CommonConfig(
    Integer segmentMemoryStorageLimitMiB,
    Function<Boolean, SegmentStorage> customSegmentStorageFactory) {
  public static CommonConfig defaults() {
    return new CommonConfig(null, null);
  }
}
