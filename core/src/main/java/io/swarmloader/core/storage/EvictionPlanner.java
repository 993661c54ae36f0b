package io.swarmloader.core.storage;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.model.StreamType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Decides which segments the memory storage removes (player-integration.md §6.3). Pure: it reads
 * the stored segments and answers with a plan; {@link MemorySegmentStorage} applies it.
 *
 * <p>Removal order when a store would pass the limit:
 *
 * <ol>
 *   <li>past segments (playhead beyond their end, or for live beyond their end plus {@code
 *       highDemandWindowMs}), earliest start first;
 *   <li>SwarmLoader: segments starting beyond the P2P window ({@code position + p2pDownloadWindow ×
 *       rate}), farthest first, but only those that start later than the new segment, so a far
 *       segment never displaces a nearer one.
 * </ol>
 *
 * If the new segment still does not fit it is stored only when the storage is below its limit
 * before the store, so memory passes the limit by at most the one segment that crosses it;
 * otherwise the store is refused and nothing is removed.
 */
final class EvictionPlanner {
  /** What to remove, and whether the new segment may then be stored. */
  record Plan(List<StoredSegment> evictions, boolean isStored) {}

  private final Function<StreamType, StreamConfig> configs;

  EvictionPlanner(Function<StreamType, StreamConfig> configs) {
    this.configs = configs;
  }

  /** §6.3 step 2: past the playhead (VOD) or more than the high-demand window past it (live). */
  boolean isRemovable(StoredSegment segment, Playhead playhead) {
    if (playhead == null) {
      return false;
    }
    double marginS =
        segment.isLive() ? configs.apply(segment.streamType()).highDemandWindowMs() / 1000.0 : 0;
    return playhead.positionS() > segment.endTime() + marginS;
  }

  /** §6.3 step 3: the live segments removed on every store and, in SwarmLoader, every update. */
  List<StoredSegment> expiredLive(Collection<StoredSegment> stored, Playhead playhead) {
    List<StoredSegment> out = new ArrayList<>();
    for (StoredSegment s : stored) {
      if (s.isLive() && isRemovable(s, playhead)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Plans room for a new segment of {@code newSizeBytes} starting at {@code newStartS}, given the
   * bytes held now ({@code usedBytes}, which already excludes a segment being replaced; {@code
   * stored} excludes it too).
   */
  Plan planStore(
      Collection<StoredSegment> stored,
      double usedBytes,
      double limitBytes,
      int newSizeBytes,
      double newStartS,
      Playhead playhead) {
    if (usedBytes + newSizeBytes <= limitBytes) {
      return new Plan(new ArrayList<>(), true);
    }
    List<StoredSegment> evictions = new ArrayList<>();
    double used = usedBytes;
    for (StoredSegment s : candidates(stored, newStartS, playhead)) {
      if (used + newSizeBytes <= limitBytes) {
        break;
      }
      evictions.add(s);
      used -= s.sizeBytes();
    }
    if (used + newSizeBytes <= limitBytes || used < limitBytes) {
      return new Plan(evictions, true);
    }
    return new Plan(new ArrayList<>(), false);
  }

  private List<StoredSegment> candidates(
      Collection<StoredSegment> stored, double newStartS, Playhead playhead) {
    List<StoredSegment> past = new ArrayList<>();
    List<StoredSegment> ahead = new ArrayList<>();
    if (playhead == null) {
      return past; // §6.3: eviction needs at least one playback update
    }
    for (StoredSegment s : stored) {
      if (isRemovable(s, playhead)) {
        past.add(s);
      } else if (s.startTime() > newStartS && isBeyondP2pWindow(s, playhead)) {
        ahead.add(s);
      }
    }
    past.sort((a, b) -> Double.compare(a.startTime(), b.startTime()));
    ahead.sort((a, b) -> Double.compare(b.startTime(), a.startTime()));
    past.addAll(ahead);
    return past;
  }

  private boolean isBeyondP2pWindow(StoredSegment segment, Playhead playhead) {
    double windowS =
        configs.apply(segment.streamType()).p2pDownloadWindowMs() / 1000.0 * playhead.rate();
    return segment.startTime() > playhead.positionS() + windowS;
  }
}
