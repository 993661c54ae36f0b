package io.swarmloader.core;

import io.swarmloader.core.config.EngineConfig;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.storage.MemorySegmentStorage;
import io.swarmloader.core.storage.SegmentStorage;
import io.swarmloader.core.storage.StorageUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The engine's segment storage and its lifecycle (player-integration.md §6.2): chosen lazily on the
 * first {@code loadSegment} (custom factory with the live flag at that moment, else memory
 * storage), initialised once; work that arrives before initialisation completes waits for it.
 */
final class CoreStorage {
  private final String userAgent;
  private SegmentStorage storage;
  private boolean ready;
  private List<Runnable> waiting = new ArrayList<>();
  private final Consumer<String> changeCallback;

  /** {@code changeCallback} gets the stream swarm ID whenever the storage's segments change. */
  CoreStorage(String userAgent, Consumer<String> changeCallback) {
    this.userAgent = userAgent;
    this.changeCallback = changeCallback;
  }

  /** Creates and initialises the storage once; {@code then} runs when it is ready. */
  void ensure(EngineConfig config, boolean isLive, Runnable then) {
    if (ready) {
      then.run();
      return;
    }
    waiting.add(then);
    if (storage != null) {
      return;
    }
    Function<Boolean, SegmentStorage> factory = config.common().customSegmentStorageFactory();
    SegmentStorage created = factory != null ? factory.apply(isLive) : null;
    storage = created != null ? created : new MemorySegmentStorage(userAgent);
    storage.setSegmentChangeCallback(changeCallback);
    SegmentStorage initialising = storage;
    storage.initialize(
        config.common(),
        config.stream(StreamType.MAIN),
        config.stream(StreamType.SECONDARY),
        () -> {
          if (storage != initialising || ready) {
            return;
          }
          ready = true;
          List<Runnable> run = waiting;
          waiting = new ArrayList<>();
          for (Runnable r : run) {
            r.run();
          }
        });
  }

  boolean isReady() {
    return ready;
  }

  boolean has(String swarmId, String streamSwarmId, long externalId) {
    return ready && storage.hasSegment(swarmId, streamSwarmId, externalId);
  }

  long[] storedIds(String swarmId, String streamSwarmId) {
    return ready ? storage.getStoredSegmentIds(swarmId, streamSwarmId) : new long[0];
  }

  void read(String swarmId, String streamSwarmId, long externalId, Consumer<byte[]> result) {
    if (!ready) {
      result.accept(null);
      return;
    }
    storage.getSegmentData(swarmId, streamSwarmId, externalId, result);
  }

  void store(
      String swarmId,
      String streamSwarmId,
      Segment segment,
      StreamType type,
      boolean isLive,
      byte[] data,
      Consumer<Boolean> onDone) {
    if (!ready) {
      onDone.accept(false);
      return;
    }
    storage.storeSegment(
        swarmId,
        streamSwarmId,
        segment.externalId(),
        data,
        segment.startTime(),
        segment.endTime(),
        type,
        isLive,
        onDone);
  }

  void onSegmentRequested(
      String swarmId, String streamSwarmId, Segment segment, StreamType type, boolean isLive) {
    if (ready) {
      storage.onSegmentRequested(
          swarmId,
          streamSwarmId,
          segment.externalId(),
          segment.startTime(),
          segment.endTime(),
          type,
          isLive);
    }
  }

  void onPlaybackUpdated(double position, double rate) {
    if (ready) {
      storage.onPlaybackUpdated(position, rate);
    }
  }

  /** Free capacity from 0 to 1 (player-integration.md §6.4); 1 before initialisation. */
  double freeRatio() {
    if (!ready) {
      return 1;
    }
    StorageUsage usage = storage.getUsage();
    if (usage.totalCapacity() <= 0) {
      return 0;
    }
    return Math.max(0, 1 - usage.usedCapacity() / usage.totalCapacity());
  }

  void destroy() {
    if (storage != null) {
      storage.destroy();
    }
    storage = null;
    ready = false;
    waiting = new ArrayList<>();
  }
}
