package io.swarmloader.shaka.segments;

import io.swarmloader.core.model.Segment;
import io.swarmloader.core.util.OrderedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the engine's segment list of one Shaka stream in step with the stream's segment index
 * (player-integration.md §4.7). One instance per registered stream; single-threaded.
 *
 * <p>On every segment request and index change the adapter asks {@link #needsRead} with the index's
 * first and last reference. When it answers true, the adapter reads every reference (by position,
 * or through {@code forEachTopLevelReference} for Shaka's {@code MetaSegmentIndex} of live DASH,
 * whose {@code getNumReferences()} is always 0) and passes them to {@link #update}, then hands the
 * result to {@code Core.updateStream} unless it {@link StreamUpdate#isEmpty() is empty}.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>When to read.</b> VOD: until one read has found references, then never again. Live: the
 *       first time, and whenever the first or the last reference differs from the ones seen at the
 *       previous read.
 *   <li><b>Diff.</b> References are mapped with {@link SegmentCandidate#of}; unmappable ones and
 *       repeated runtime IDs (the first wins) are dropped. Segments already registered keep their
 *       registration (and so their external ID); new ones get the ID from the {@link
 *       ExternalIdPolicy}; registered segments missing from the index are removed.
 *   <li><b>Distinct external IDs.</b> A new segment whose external ID is already used by another
 *       segment of the stream is not registered: two runtime IDs under one wire ID would trade
 *       wrong bytes. It stays with the player's own HTTP loading.
 *   <li><b>Playback order.</b> The engine walks segments in insertion order. New segments that land
 *       before already registered ones (an index that grew backwards) make the registered segments
 *       after the first new one be removed and added again, in order.
 * </ul>
 */
public final class StreamSegmentSync {
  /** The registered segments in playback order, by runtime ID. */
  private OrderedMap<Segment> registered = new OrderedMap<>();

  private boolean hasRead;
  private ShakaReference firstSeen;
  private ShakaReference lastSeen;

  /**
   * Whether the index should be read now.
   *
   * @param isLive the presentation is live
   * @param first the index's first reference, or null when the index is empty
   * @param last the index's last reference, or null when the index is empty
   */
  public boolean needsRead(boolean isLive, ShakaReference first, ShakaReference last) {
    if (!hasRead) {
      return true;
    }
    if (!isLive) {
      return false;
    }
    return !ShakaReference.sameAs(first, firstSeen) || !ShakaReference.sameAs(last, lastSeen);
  }

  /**
   * Takes the stream's current references (in index order) and returns what to tell the engine.
   * Never throws for any references.
   */
  public StreamUpdate update(List<ShakaReference> references, ExternalIdPolicy policy) {
    List<SegmentCandidate> candidates = candidates(references);
    hasRead = hasRead || !references.isEmpty();
    firstSeen = references.isEmpty() ? null : references.get(0);
    lastSeen = references.isEmpty() ? null : references.get(references.size() - 1);

    Map<String, Long> registeredIds = new HashMap<>();
    Set<Long> usedIds = new HashSet<>();
    for (Segment s : registered.valueList()) {
      registeredIds.put(s.runtimeId(), s.externalId());
    }
    for (SegmentCandidate c : candidates) {
      Segment kept = registered.get(c.runtimeId());
      if (kept != null) {
        usedIds.add(kept.externalId());
      }
    }
    long[] ids = policy.assign(candidates, registeredIds);

    List<Segment> next = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      SegmentCandidate c = candidates.get(i);
      Segment kept = registered.get(c.runtimeId());
      if (kept != null) {
        next.add(kept);
      } else if (ids[i] != ExternalIdPolicy.SKIP && usedIds.add(ids[i])) {
        next.add(c.withExternalId(ids[i]));
      }
    }
    return replace(next);
  }

  private static List<SegmentCandidate> candidates(List<ShakaReference> references) {
    List<SegmentCandidate> out = new ArrayList<>(references.size());
    Set<String> seen = new HashSet<>();
    for (ShakaReference ref : references) {
      SegmentCandidate c = ref == null ? null : SegmentCandidate.of(ref);
      if (c != null && seen.add(c.runtimeId())) {
        out.add(c);
      }
    }
    return out;
  }

  /** Makes {@code next} the registered list and returns the update that gets the engine there. */
  private StreamUpdate replace(List<Segment> next) {
    List<String> removeIds = new ArrayList<>();
    Set<String> nextIds = new HashSet<>();
    for (Segment s : next) {
      nextIds.add(s.runtimeId());
    }
    for (Segment s : registered.valueList()) {
      if (!nextIds.contains(s.runtimeId())) {
        removeIds.add(s.runtimeId());
      }
    }
    // Everything from the first new segment on is added, in order; registered segments among
    // them are removed first, so the engine's insertion order stays the playback order.
    List<Segment> add = new ArrayList<>();
    for (Segment s : next) {
      boolean isRegistered = registered.containsKey(s.runtimeId());
      if (!add.isEmpty() || !isRegistered) {
        if (isRegistered) {
          removeIds.add(s.runtimeId());
        }
        add.add(s);
      }
    }
    OrderedMap<Segment> nextMap = new OrderedMap<>();
    for (Segment s : next) {
      nextMap.put(s.runtimeId(), s);
    }
    registered = nextMap;
    return new StreamUpdate(add, removeIds);
  }

  /** The registered segments in playback order (a snapshot). */
  public List<Segment> registeredSegments() {
    return registered.valueList();
  }

  /** Forgets everything, as after the engine's {@code destroy()}. */
  public void reset() {
    registered = new OrderedMap<>();
    hasRead = false;
    firstSeen = null;
    lastSeen = null;
  }
}
