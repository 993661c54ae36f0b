package io.swarmloader.core.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.config.CommonConfig;
import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.testing.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link SegmentStorage} contract of player-integration.md §6.1. Subclasses only construct the
 * storage. A storage may answer its callbacks synchronously or later through {@code clock}'s
 * scheduler; every helper here runs the clock until idle before it looks at the answer.
 */
public abstract class SegmentStorageContractTest {
  protected static final String SWARM = "https://example.com/master.m3u8";
  protected static final String STREAM_A = "v2-" + SWARM + "-main-aaaa";
  protected static final String STREAM_B = "v2-" + SWARM + "-main-bbbb";

  protected VirtualClock clock;
  protected SegmentStorage storage;
  protected final List<String> changes = new ArrayList<>();

  /** Builds the storage under test. It must accept at least a few MiB of segments. */
  protected abstract SegmentStorage createStorage(VirtualClock clock);

  @BeforeEach
  void setUpStorage() {
    clock = new VirtualClock();
    storage = createStorage(clock);
    AtomicBoolean initialized = new AtomicBoolean();
    storage.initialize(
        CommonConfig.defaults(),
        StreamConfig.defaults(),
        StreamConfig.defaults(),
        () -> initialized.set(true));
    clock.runUntilIdle(10_000);
    assertTrue(initialized.get(), "initialize must call back");
    storage.setSegmentChangeCallback(changes::add);
  }

  @AfterEach
  void tearDownStorage() {
    storage.destroy();
  }

  @Test
  void storeSegment_thenRead_returnsSameBytes() {
    byte[] data = bytes(1000, 7);
    assertTrue(store(STREAM_A, 5, data, 10, 14));
    assertTrue(storage.hasSegment(SWARM, STREAM_A, 5));
    assertArrayEquals(data, read(STREAM_A, 5));
  }

  @Test
  void getSegmentData_absentSegment_answersNull() {
    assertNull(read(STREAM_A, 99));
    assertFalse(storage.hasSegment(SWARM, STREAM_A, 99));
  }

  @Test
  void storeSegment_callerMutatesArrayAfterwards_storedBytesUnchanged() {
    byte[] data = bytes(500, 1);
    store(STREAM_A, 1, data, 0, 4);
    data[0] ^= (byte) 0xff;
    assertArrayEquals(bytes(500, 1), read(STREAM_A, 1));
  }

  @Test
  void getSegmentData_callerMutatesResult_storedBytesUnchanged() {
    store(STREAM_A, 1, bytes(500, 1), 0, 4);
    read(STREAM_A, 1)[0] ^= (byte) 0xff;
    assertArrayEquals(bytes(500, 1), read(STREAM_A, 1));
  }

  @Test
  void storeSegment_sameIdTwice_keepsLatestBytes() {
    store(STREAM_A, 3, bytes(300, 1), 8, 12);
    store(STREAM_A, 3, bytes(400, 2), 8, 12);
    assertArrayEquals(bytes(400, 2), read(STREAM_A, 3));
    assertArrayEquals(new long[] {3}, storage.getStoredSegmentIds(SWARM, STREAM_A));
  }

  @Test
  void getStoredSegmentIds_twoStreams_listsOnlyTheAskedStream() {
    store(STREAM_A, 2, bytes(10, 1), 4, 8);
    store(STREAM_A, 1, bytes(10, 2), 0, 4);
    store(STREAM_B, 7, bytes(10, 3), 0, 4);
    assertArrayEquals(new long[] {1, 2}, sorted(storage.getStoredSegmentIds(SWARM, STREAM_A)));
    assertArrayEquals(new long[] {7}, storage.getStoredSegmentIds(SWARM, STREAM_B));
    assertArrayEquals(new long[0], storage.getStoredSegmentIds(SWARM, "v2-other-main-cccc"));
  }

  @Test
  void getStoredSegmentIds_callerMutatesResult_storageUnchanged() {
    store(STREAM_A, 4, bytes(10, 1), 0, 4);
    storage.getStoredSegmentIds(SWARM, STREAM_A)[0] = 99;
    assertArrayEquals(new long[] {4}, storage.getStoredSegmentIds(SWARM, STREAM_A));
  }

  @Test
  void hasSegment_sameIdInAnotherStream_isIndependent() {
    store(STREAM_A, 1, bytes(10, 1), 0, 4);
    store(STREAM_B, 1, bytes(20, 2), 0, 4);
    assertArrayEquals(bytes(10, 1), read(STREAM_A, 1));
    assertArrayEquals(bytes(20, 2), read(STREAM_B, 1));
  }

  @Test
  void hasSegment_keyIsStreamAndSegmentId_swarmIdDoesNotMatter() {
    // §6.1: storage keys are "{streamId}|{segmentId}".
    store(STREAM_A, 1, bytes(10, 1), 0, 4);
    assertTrue(storage.hasSegment("another-swarm", STREAM_A, 1));
  }

  @Test
  void storeSegment_newSegment_callsChangeCallbackWithStreamId() {
    store(STREAM_A, 1, bytes(10, 1), 0, 4);
    store(STREAM_B, 1, bytes(10, 1), 0, 4);
    assertEquals(List.of(STREAM_A, STREAM_B), changes);
  }

  @Test
  void getUsage_afterStoreAheadOfPlayhead_countsTheSegment() {
    storage.onPlaybackUpdated(0, 1);
    StorageUsage before = storage.getUsage();
    store(STREAM_A, 1, bytes(1 << 20, 1), 0, 4);
    StorageUsage after = storage.getUsage();
    assertTrue(after.totalCapacity() > 0);
    assertEquals(before.usedCapacity() + 1.0, after.usedCapacity(), 1e-9);
  }

  @Test
  void destroy_calledTwice_isSafeAndDropsSegments() {
    store(STREAM_A, 1, bytes(10, 1), 0, 4);
    storage.destroy();
    storage.destroy();
    clock.runUntilIdle(10_000);
    assertFalse(storage.hasSegment(SWARM, STREAM_A, 1));
    assertEquals(0, clock.pendingTaskCount());
  }

  @Test
  void onSegmentRequested_anySegment_changesNothing() {
    storage.onSegmentRequested(SWARM, STREAM_A, 1, 0, 4, StreamType.MAIN, false);
    clock.runUntilIdle(10_000);
    assertFalse(storage.hasSegment(SWARM, STREAM_A, 1));
    assertEquals(List.of(), changes);
  }

  // --- helpers, usable by other storage tests of this package ---

  protected boolean store(String streamId, long id, byte[] data, double startS, double endS) {
    return store(streamId, id, data, startS, endS, StreamType.MAIN, false);
  }

  protected boolean store(
      String streamId,
      long id,
      byte[] data,
      double startS,
      double endS,
      StreamType type,
      boolean isLive) {
    AtomicReference<Boolean> done = new AtomicReference<>();
    storage.storeSegment(SWARM, streamId, id, data, startS, endS, type, isLive, done::set);
    clock.runUntilIdle(10_000);
    assertTrue(done.get() != null, "storeSegment must answer");
    return done.get();
  }

  protected byte[] read(String streamId, long id) {
    AtomicReference<byte[]> out = new AtomicReference<>();
    AtomicBoolean answered = new AtomicBoolean();
    storage.getSegmentData(
        SWARM,
        streamId,
        id,
        d -> {
          out.set(d);
          answered.set(true);
        });
    clock.runUntilIdle(10_000);
    assertTrue(answered.get(), "getSegmentData must answer");
    return out.get();
  }

  protected static byte[] bytes(int length, int seed) {
    byte[] b = new byte[length];
    for (int i = 0; i < length; i++) {
      b[i] = (byte) (seed * 31 + i * 7);
    }
    return b;
  }

  private static long[] sorted(long[] ids) {
    long[] copy = ids.clone();
    java.util.Arrays.sort(copy);
    return copy;
  }
}
