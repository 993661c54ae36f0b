package io.swarmloader.shaka.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.Core;
import io.swarmloader.core.EngineSetup;
import io.swarmloader.core.config.EngineConfig;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamInfo;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.platform.Platform;
import io.swarmloader.core.tracker.TrackerUrlPolicy;
import io.swarmloader.testing.FakeTracker;
import io.swarmloader.testing.JvmTextSemantics;
import io.swarmloader.testing.ScriptedOrigin;
import io.swarmloader.testing.SeededRandom;
import io.swarmloader.testing.SimulatedNetwork;
import io.swarmloader.testing.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Segment registration of player-integration.md §4.7, applied to a real {@link Core} so that the
 * engine's own list (insertion order, remove-before-add) is what the assertions read.
 */
class StreamSegmentSyncTest {
  private static final String STREAM = "7";
  private static final String BASE = "https://cdn.test/dash/v/";

  private Core core;
  private final StreamSegmentSync sync = new StreamSegmentSync();

  @BeforeEach
  void setUp() {
    VirtualClock clock = new VirtualClock(1_000);
    Platform platform =
        new Platform(
            clock,
            clock,
            new SeededRandom(1),
            new JvmTextSemantics(),
            new ScriptedOrigin(clock),
            FakeTracker.routing(new FakeTracker("wss://t.test", clock, 5)),
            new SimulatedNetwork(clock, 6).endpoint("p"),
            Logger.NONE);
    core =
        new Core(
            new EngineSetup(platform, null, TrackerUrlPolicy.DEFAULT), EngineConfig.defaults());
    core.addStreamIfNoneExists(new StreamInfo(STREAM, StreamType.MAIN, "x"));
  }

  /** A 2-second DASH segment numbered k: starts at 2k s, so its external ID is 4k. */
  private static ShakaReference ref(int k) {
    return new ShakaReference(
        BASE + k + ".m4s", 0, ShakaReference.NO_END_BYTE, 2.0 * k, 2.0 * k + 2);
  }

  private static List<ShakaReference> refs(int from, int toInclusive) {
    List<ShakaReference> out = new ArrayList<>();
    for (int k = from; k <= toInclusive; k++) {
      out.add(ref(k));
    }
    return out;
  }

  /** Reads like the adapter: update, then call the engine unless the update is empty. */
  private StreamUpdate read(List<ShakaReference> references) {
    StreamUpdate u = sync.update(references, DashExternalIds.INSTANCE);
    if (!u.isEmpty()) {
      core.updateStream(STREAM, u.add(), u.removeIds());
    }
    assertEquals(sync.registeredSegments(), core.getSegments(STREAM));
    return u;
  }

  private List<Long> engineIds() {
    List<Long> ids = new ArrayList<>();
    for (Segment s : core.getSegments(STREAM)) {
      ids.add(s.externalId());
    }
    return ids;
  }

  @Test
  void theFirstReadRegistersEveryReferenceInOrder() {
    StreamUpdate u = read(refs(0, 3));

    assertEquals(4, u.add().size());
    assertTrue(u.removeIds().isEmpty());
    assertEquals(List.of(0L, 4L, 8L, 12L), engineIds());
    assertEquals(BASE + "2.m4s", core.getSegments(STREAM).get(2).runtimeId());
  }

  @Test
  void aSameReadChangesNothing() {
    read(refs(0, 3));

    assertTrue(read(refs(0, 3)).isEmpty());
  }

  @Test
  void aSlidingLiveWindowAddsNewAndRemovesStaleSegments() {
    read(refs(10, 14));
    StreamUpdate u = read(refs(12, 16));

    assertEquals(List.of(BASE + "10.m4s", BASE + "11.m4s"), u.removeIds());
    assertEquals(2, u.add().size());
    assertEquals(List.of(48L, 52L, 56L, 60L, 64L), engineIds());
  }

  @Test
  void vodIsReadOnceItHasReferences() {
    assertTrue(sync.needsRead(false, null, null));
    read(List.of());
    assertTrue(sync.needsRead(false, null, null), "an empty index is read again");

    read(refs(0, 9));

    assertFalse(sync.needsRead(false, ref(0), ref(9)));
    assertFalse(sync.needsRead(false, ref(0), ref(10)));
  }

  @Test
  void liveIsReadAgainOnlyWhenTheFirstOrLastReferenceChanged() {
    assertTrue(sync.needsRead(true, ref(0), ref(4)));
    read(refs(0, 4));

    assertFalse(sync.needsRead(true, ref(0), ref(4)));
    assertTrue(sync.needsRead(true, ref(0), ref(5)), "new segment at the live edge");
    assertTrue(sync.needsRead(true, ref(1), ref(4)), "old segment evicted");
    ShakaReference retimed = new ShakaReference(BASE + "4.m4s", 0, -1, 8.5, 10.5);
    assertTrue(sync.needsRead(true, ref(0), retimed), "last reference re-timed");
  }

  @Test
  void registeredSegmentsKeepTheirExternalIdsWhenReTimed() {
    read(refs(0, 2));
    List<ShakaReference> shifted = new ArrayList<>();
    for (int k = 0; k <= 3; k++) {
      shifted.add(new ShakaReference(BASE + k + ".m4s", 0, -1, 2.0 * k + 0.75, 2.0 * k + 2.75));
    }

    StreamUpdate u = read(shifted);

    assertEquals(1, u.add().size());
    assertEquals(List.of(0L, 4L, 8L, 13L), engineIds());
  }

  @Test
  void unmappableAndRepeatedReferencesAreDropped() {
    List<ShakaReference> refs = new ArrayList<>(refs(0, 2));
    refs.add(1, new ShakaReference(null, 0, -1, 99, 100));
    refs.add(ref(1));
    refs.add(null);

    read(refs);

    assertEquals(List.of(0L, 4L, 8L), engineIds());
  }

  @Test
  void aSecondSegmentUnderAnAlreadyUsedExternalIdIsNotRegistered() {
    // Two 0.3 s segments starting at 0.0 and 0.3 would both be ID 0 on the wire.
    read(
        List.of(
            new ShakaReference(BASE + "a.m4s", 0, -1, 0.0, 0.3),
            new ShakaReference(BASE + "b.m4s", 0, -1, 0.3, 0.6),
            new ShakaReference(BASE + "c.m4s", 0, -1, 0.6, 0.9)));

    List<String> ids = new ArrayList<>();
    for (Segment s : core.getSegments(STREAM)) {
      ids.add(s.runtimeId() + "=" + s.externalId());
    }
    assertEquals(List.of(BASE + "a.m4s=0", BASE + "c.m4s=1"), ids);
  }

  @Test
  void aReTimedNewSegmentCannotTakeTheIdOfAKeptOne() {
    read(List.of(ref(5)));

    read(List.of(new ShakaReference(BASE + "other.m4s", 0, -1, 10.2, 12), ref(5)));

    assertEquals(List.of(20L), engineIds());
  }

  @Test
  void segmentsThatAppearBeforeRegisteredOnesAreMovedIntoPlaybackOrder() {
    read(refs(5, 7));

    StreamUpdate u = read(refs(3, 8));

    assertEquals(List.of(BASE + "5.m4s", BASE + "6.m4s", BASE + "7.m4s"), u.removeIds());
    assertEquals(6, u.add().size());
    assertEquals(List.of(12L, 16L, 20L, 24L, 28L, 32L), engineIds());
  }

  @Test
  void aGapFilledInTheMiddleKeepsOrder() {
    List<ShakaReference> withGap = new ArrayList<>(refs(0, 1));
    withGap.addAll(refs(3, 4));
    read(withGap);

    StreamUpdate u = read(refs(0, 4));

    assertEquals(List.of(BASE + "3.m4s", BASE + "4.m4s"), u.removeIds());
    assertEquals(List.of(0L, 4L, 8L, 12L, 16L), engineIds());
  }

  @Test
  void byteRangeReferencesOfOneFileAreSeparateSegments() {
    String file = "https://cdn.test/dash/single.mp4";
    read(
        List.of(
            new ShakaReference(file, 1000, 1999, 0, 4),
            new ShakaReference(file, 2000, 2999, 4, 8),
            new ShakaReference(file, 3000, ShakaReference.NO_END_BYTE, 8, 12)));

    List<String> ids = new ArrayList<>();
    for (Segment s : core.getSegments(STREAM)) {
      ids.add(s.runtimeId());
    }
    assertEquals(List.of(file + "|1000-1999", file + "|2000-2999", file + "|3000-"), ids);
  }

  @Test
  void resetForgetsTheRegistrationAndTheReadState() {
    read(refs(0, 2));

    sync.reset();

    assertTrue(sync.registeredSegments().isEmpty());
    assertTrue(sync.needsRead(false, ref(0), ref(2)));
    assertEquals(3, sync.update(refs(0, 2), DashExternalIds.INSTANCE).add().size());
  }
}
