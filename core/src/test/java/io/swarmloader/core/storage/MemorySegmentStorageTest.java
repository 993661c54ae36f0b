package io.swarmloader.core.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.config.CommonConfig;
import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.model.StreamType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Memory-specific behaviour of player-integration.md §6.3: limits, eviction, usage. */
class MemorySegmentStorageTest {
  private static final String DESKTOP_UA = "Mozilla/5.0 (Windows NT 10.0) Chrome/120.0";
  private static final String SWARM = "https://example.com/vod.m3u8";
  private static final String MAIN = "v2-" + SWARM + "-main-aaaa";
  private static final String AUDIO = "v2-" + SWARM + "-secondary-bbbb";
  private static final int MIB = 1 << 20;
  private static final int QUARTER_MIB = MIB / 4;

  private MemorySegmentStorage storage;
  private final List<String> changes = new ArrayList<>();

  @BeforeEach
  void setUp() {
    storage = newStorage(/* limitMiB= */ 1, StreamConfig.defaults(), StreamConfig.defaults());
  }

  private MemorySegmentStorage newStorage(Integer limitMiB, StreamConfig main, StreamConfig sec) {
    MemorySegmentStorage s = new MemorySegmentStorage(DESKTOP_UA);
    s.initialize(new CommonConfig(limitMiB, null), main, sec, () -> {});
    s.setSegmentChangeCallback(changes::add);
    return s;
  }

  // --- limits ---

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36|4096",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Safari/605.1.15|4096",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/120.0 Mobile|2048",
        "Mozilla/5.0 (Android 14; Mobile; rv:121.0) Gecko/121.0 Firefox/121.0|2048",
        "Mozilla/5.0 (Linux; U; Android 4.4; en-us) AppleWebKit/534.30 Version/4.0 Mobile|1024",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Mobile|1024",
        "Mozilla/5.0 (iPad; CPU OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Mobile|1024",
      })
  void initialize_noConfiguredLimit_usesUserAgentLimit(String userAgent, int expectedMiB) {
    MemorySegmentStorage s = new MemorySegmentStorage(userAgent);
    s.initialize(CommonConfig.defaults(), null, null, () -> {});
    assertEquals(expectedMiB, s.getUsage().totalCapacity(), 0);
  }

  @Test
  void initialize_nullUserAgent_usesDesktopLimit() {
    MemorySegmentStorage s = new MemorySegmentStorage(null);
    s.initialize(CommonConfig.defaults(), null, null, () -> {});
    assertEquals(4096, s.getUsage().totalCapacity(), 0);
  }

  @Test
  void initialize_configuredLimit_overridesUserAgent() {
    MemorySegmentStorage s = new MemorySegmentStorage("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1)");
    s.initialize(new CommonConfig(300, null), null, null, () -> {});
    assertEquals(300, s.getUsage().totalCapacity(), 0);
  }

  @Test
  void storeSegment_largerThanMaxSegmentSize_refused() {
    StreamConfig small = StreamConfig.builder().maxSegmentSizeBytes(1000).build();
    MemorySegmentStorage s = newStorage(1, small, StreamConfig.defaults());
    assertFalse(store(s, MAIN, 1, 1001, 0, 4, false));
    assertTrue(store(s, MAIN, 2, 1000, 4, 8, false));
    assertFalse(s.hasSegment(SWARM, MAIN, 1));
  }

  // --- usage ---

  @Test
  void getUsage_segmentsBehindPlayhead_notCounted() {
    store(storage, MAIN, 1, QUARTER_MIB, 0, 4, false);
    store(storage, MAIN, 2, QUARTER_MIB, 4, 8, false);
    store(storage, MAIN, 3, QUARTER_MIB, 8, 12, false);
    assertEquals(0.75, storage.getUsage().usedCapacity(), 1e-9, "all count before playback");
    storage.onPlaybackUpdated(8, 1);
    // segment 2 ends exactly at the playhead: still counted.
    assertEquals(0.5, storage.getUsage().usedCapacity(), 1e-9);
    assertEquals(1.0, storage.getUsage().totalCapacity(), 0);
  }

  // --- VOD ---

  @Test
  void storeSegment_vodUnderLimit_keepsPastSegments() {
    storage.onPlaybackUpdated(100, 1);
    store(storage, MAIN, 1, QUARTER_MIB, 0, 4, false);
    store(storage, MAIN, 2, QUARTER_MIB, 4, 8, false);
    store(storage, MAIN, 3, QUARTER_MIB, 8, 12, false);
    assertArrayEquals(new long[] {1, 2, 3}, storage.getStoredSegmentIds(SWARM, MAIN));
  }

  @Test
  void storeSegment_vodOverLimit_removesPastSegmentsEarliestFirst() {
    storage.onPlaybackUpdated(0, 1);
    for (int i = 0; i < 4; i++) {
      store(storage, MAIN, i, QUARTER_MIB, i * 4, i * 4 + 4, false);
    }
    storage.onPlaybackUpdated(13, 1); // segments 0..2 are behind the playhead
    changes.clear();
    assertTrue(store(storage, MAIN, 4, QUARTER_MIB, 16, 20, false));
    assertTrue(store(storage, MAIN, 5, 2 * QUARTER_MIB, 20, 24, false));
    assertArrayEquals(new long[] {3, 4, 5}, storage.getStoredSegmentIds(SWARM, MAIN));
    assertEquals(MIB, storage.storedBytes());
    assertEquals(List.of(MAIN, MAIN), changes);
  }

  @Test
  void storeSegment_vodOverLimit_notifiesEachStreamThatLostSegments() {
    storage.onPlaybackUpdated(0, 1);
    store(storage, AUDIO, 0, QUARTER_MIB, 0, 4, false, StreamType.SECONDARY);
    store(storage, MAIN, 0, QUARTER_MIB, 0, 4, false);
    store(storage, MAIN, 1, 2 * QUARTER_MIB, 4, 8, false);
    storage.onPlaybackUpdated(30, 1);
    changes.clear();
    assertTrue(store(storage, MAIN, 2, 2 * QUARTER_MIB, 30, 34, false));
    assertEquals(0, storage.getStoredSegmentIds(SWARM, AUDIO).length);
    assertArrayEquals(new long[] {1, 2}, storage.getStoredSegmentIds(SWARM, MAIN));
    assertEquals(List.of(AUDIO, MAIN), changes);
  }

  @Test
  void storeSegment_beforeAnyPlaybackUpdate_evictsNothing() {
    for (int i = 0; i < 4; i++) {
      store(storage, MAIN, i, QUARTER_MIB, i * 4, i * 4 + 4, false);
    }
    assertFalse(store(storage, MAIN, 9, QUARTER_MIB, 36, 40, false));
    assertArrayEquals(new long[] {0, 1, 2, 3}, storage.getStoredSegmentIds(SWARM, MAIN));
  }

  // --- bounded overshoot (weakness #18) ---

  @Test
  void storeSegment_nothingRemovable_exceedsLimitByAtMostOneSegment() {
    // 2.3 stores anyway and grows without bound; SwarmLoader lets one segment cross the limit.
    storage.onPlaybackUpdated(0, 1);
    int stored = 0;
    for (int i = 0; i < 12; i++) {
      if (store(storage, MAIN, i, 300_000, i * 4, i * 4 + 4, false)) {
        stored++;
      }
      assertTrue(storage.storedBytes() <= MIB + 300_000, "overshoot beyond one segment");
    }
    assertEquals(4, stored); // 3 × 300 000 < 1 MiB, the 4th crosses it, the 5th is refused
    assertArrayEquals(new long[] {0, 1, 2, 3}, storage.getStoredSegmentIds(SWARM, MAIN));
  }

  @Test
  void storeSegment_refused_removesNothing() {
    storage.onPlaybackUpdated(0, 1);
    store(storage, MAIN, 0, QUARTER_MIB, 0, 4, false);
    assertTrue(store(storage, MAIN, 1, MIB, 4, 8, false)); // crosses the limit: allowed once
    storage.onPlaybackUpdated(5, 1); // segment 0 is now removable
    changes.clear();
    // Without segment 0 the storage would still be at its limit: refused, and segment 0 kept.
    assertFalse(store(storage, MAIN, 2, QUARTER_MIB, 8, 12, false));
    assertArrayEquals(new long[] {0, 1}, storage.getStoredSegmentIds(SWARM, MAIN));
    assertEquals(List.of(), changes);
  }

  // --- forward eviction ---

  @Test
  void storeSegment_pastNotEnough_evictsFarthestBeyondP2pWindow() {
    StreamConfig window = StreamConfig.builder().p2pDownloadWindowMs(20_000).build();
    MemorySegmentStorage s = newStorage(1, window, window);
    s.onPlaybackUpdated(0, 1);
    store(s, MAIN, 10, QUARTER_MIB, 40, 44, false); // beyond the 20 s window
    store(s, MAIN, 20, QUARTER_MIB, 80, 84, false); // beyond, farthest
    store(s, MAIN, 2, QUARTER_MIB, 8, 12, false); // inside
    store(s, MAIN, 3, QUARTER_MIB, 12, 16, false); // inside
    changes.clear();
    assertTrue(store(s, MAIN, 1, QUARTER_MIB, 4, 8, false));
    assertArrayEquals(new long[] {1, 2, 3, 10}, s.getStoredSegmentIds(SWARM, MAIN));
    assertEquals(List.of(MAIN), changes);
  }

  @Test
  void storeSegment_forwardEviction_windowScalesWithRate() {
    StreamConfig window = StreamConfig.builder().p2pDownloadWindowMs(20_000).build();
    MemorySegmentStorage s = newStorage(1, window, window);
    s.onPlaybackUpdated(0, 2); // window reaches 40 s
    s.onPlaybackUpdated(0, 0); // rate 0 keeps the previous rate
    for (int i = 0; i < 4; i++) {
      store(s, MAIN, 8 + i, QUARTER_MIB, 32 + i * 4, 36 + i * 4, false); // 32..48 s
    }
    assertTrue(store(s, MAIN, 1, QUARTER_MIB, 4, 8, false));
    assertArrayEquals(new long[] {1, 8, 9, 10}, s.getStoredSegmentIds(SWARM, MAIN));
  }

  @Test
  void storeSegment_newSegmentFartherThanCandidates_isRefused() {
    StreamConfig window = StreamConfig.builder().p2pDownloadWindowMs(20_000).build();
    MemorySegmentStorage s = newStorage(1, window, window);
    s.onPlaybackUpdated(0, 1);
    for (int i = 0; i < 4; i++) {
      store(s, MAIN, 10 + i, QUARTER_MIB, 40 + i * 4, 44 + i * 4, false);
    }
    assertFalse(store(s, MAIN, 30, QUARTER_MIB, 120, 124, false));
    assertArrayEquals(new long[] {10, 11, 12, 13}, s.getStoredSegmentIds(SWARM, MAIN));
  }

  // --- live ---

  @Test
  void liveSegments_beyondHighDemandMargin_areRemoved() {
    storage.onPlaybackUpdated(0, 1);
    store(storage, MAIN, 100, 1000, 0, 4, true);
    store(storage, MAIN, 101, 1000, 4, 8, true);
    store(storage, MAIN, 102, 1000, 8, 12, true);
    storage.onPlaybackUpdated(22, 1); // 15 s margin: 100 expires (22 > 4 + 15), 101 not (8 + 15)
    changes.clear();
    store(storage, MAIN, 103, 1000, 24, 28, true);
    assertArrayEquals(new long[] {101, 102, 103}, storage.getStoredSegmentIds(SWARM, MAIN));
    storage.onPlaybackUpdated(23.5, 1);
    assertArrayEquals(new long[] {102, 103}, storage.getStoredSegmentIds(SWARM, MAIN));
  }

  @Test
  void onPlaybackUpdated_live_evictsWithoutAnyStore() {
    // Weakness #18: 2.3 evicts only when storing, so a live stream that stops storing keeps all.
    storage.onPlaybackUpdated(0, 1);
    store(storage, MAIN, 100, 1000, 0, 4, true);
    store(storage, MAIN, 101, 1000, 4, 8, true);
    changes.clear();
    storage.onPlaybackUpdated(20, 1);
    assertArrayEquals(new long[] {101}, storage.getStoredSegmentIds(SWARM, MAIN));
    assertEquals(List.of(MAIN), changes);
  }

  @Test
  void onPlaybackUpdated_vod_evictsNothing() {
    storage.onPlaybackUpdated(0, 1);
    store(storage, MAIN, 0, 1000, 0, 4, false);
    changes.clear();
    storage.onPlaybackUpdated(1000, 1);
    assertTrue(storage.hasSegment(SWARM, MAIN, 0));
    assertEquals(List.of(), changes);
  }

  @Test
  void storeSegment_liveSecondary_usesSecondaryHighDemandWindow() {
    StreamConfig shortWindow = StreamConfig.builder().highDemandWindowMs(2_000).build();
    MemorySegmentStorage s = newStorage(1, StreamConfig.defaults(), shortWindow);
    s.onPlaybackUpdated(0, 1);
    store(s, MAIN, 1, 1000, 0, 4, true);
    store(s, AUDIO, 1, 1000, 0, 4, true, StreamType.SECONDARY);
    s.onPlaybackUpdated(10, 1);
    assertTrue(s.hasSegment(SWARM, MAIN, 1));
    assertFalse(s.hasSegment(SWARM, AUDIO, 1));
  }

  @Test
  void destroy_afterDestroy_storesRefusedAndNoCallback() {
    storage.destroy();
    assertFalse(store(storage, MAIN, 1, 10, 0, 4, false));
    storage.onPlaybackUpdated(100, 1);
    assertEquals(List.of(), changes);
  }

  private static boolean store(
      MemorySegmentStorage s,
      String stream,
      long id,
      int size,
      double start,
      double end,
      boolean live) {
    return store(s, stream, id, size, start, end, live, StreamType.MAIN);
  }

  private static boolean store(
      MemorySegmentStorage s,
      String stream,
      long id,
      int size,
      double start,
      double end,
      boolean live,
      StreamType type) {
    AtomicReference<Boolean> done = new AtomicReference<>();
    s.storeSegment(SWARM, stream, id, new byte[size], start, end, type, live, done::set);
    return done.get();
  }
}
