package io.swarmloader.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.error.CoreRequestError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Player requests, playback, storage and lifecycle (player-integration.md §5.2, §5.9, §6.4). */
class HybridLoaderLifecycleTest {
  private final LoaderFixture f = new LoaderFixture();

  @Test
  void loadSegment_storageHit_deliversAtOnceWithoutEvents() {
    byte[] stored = {1, 2, 3};
    f.storage.put(f.seg(3), stored);
    f.create();
    RecordingPlayer player = new RecordingPlayer();

    f.loader.loadSegment(f.seg(3), player);

    assertSame(stored, player.data);
    assertEquals(List.of(), f.events.events);
  }

  @Test
  void loadSegment_newRequest_abortsThePreviousPendingOne() {
    f.create();
    RecordingPlayer first = f.load(0);

    RecordingPlayer second = f.load(1);

    assertEquals(CoreRequestError.Kind.ABORTED, first.errorKind());
    assertNull(second.error);
  }

  @Test
  void abortSegmentLoading_pendingRequest_rejectedWhileItsDownloadContinues() {
    f.create();
    RecordingPlayer player = f.load(0);

    f.loader.abortSegmentLoading(f.seg(0).runtimeId());
    f.loader.onPeersChanged();
    f.settle();

    assertEquals(CoreRequestError.Kind.ABORTED, player.errorKind());
    assertEquals(List.of(0L, 1L), f.http.activeIds());
    assertEquals(List.of(), f.events.named("abort"));
  }

  @Test
  void abortSegmentLoading_otherSegment_ignored() {
    f.create();
    RecordingPlayer player = f.load(0);

    f.loader.abortSegmentLoading(f.seg(1).runtimeId());

    assertFalse(player.isDone());
  }

  @Test
  void housekeeping_downloadNoLongerQueued_abortedWithEvent() {
    f.create();
    f.load(0);

    f.load(9); // the queue now starts at 9: 0 and 1 left it

    assertEquals(List.of("abort http 0", "abort http 1"), f.events.named("abort"));
    assertEquals(List.of(), f.http.activeIds());
  }

  @Test
  void updatePlayback_significantChange_startsThePlayersRequestImmediately() {
    f.create();
    f.load(0);
    f.load(9); // 36-40 s: not high demand, nobody has it
    assertEquals(List.of(), f.http.activeIds());

    f.loader.updatePlayback(20, 1); // |Δ| / 4 s = 5 > 0.5
    f.settle();

    assertEquals(List.of(9L), f.http.activeIds()); // still outside 20 + 15 s: started by step 3
  }

  @Test
  void updatePlayback_smallChange_doesNotStartThePlayersRequest() {
    f.create();
    f.load(0);
    f.load(9);

    f.loader.updatePlayback(2, 1); // |Δ| / 4 s = 0.5, not above
    f.clock.advanceMs(1_000);

    assertEquals(List.of(), f.http.activeIds());
  }

  @Test
  void storeRefused_segmentNotDownloadedAgainWhileQueued() {
    f.storage.refuseStores = true;
    f.create();
    RecordingPlayer player = f.load(0);

    f.http.activeFor(0).succeedWith(10);
    f.settle();
    f.loader.onPeersChanged();
    f.settle();

    assertEquals(10, player.data.length);
    assertEquals(1, f.storage.storeCalls);
    assertEquals(1, f.events.named("start http 0").size());
  }

  @Test
  void loadSegment_downloadedButStoreRefused_deliveredFromTheHeldData() {
    f.storage.refuseStores = true;
    f.create();
    f.load(0);
    f.http.activeFor(0).succeedWith(10);
    f.settle();

    RecordingPlayer again = f.load(0);

    assertEquals(10, again.data.length);
    assertEquals(1, f.events.named("start http 0").size());
  }

  @Test
  void storagePressure_criticalFreeRatio_onlyHighDemandRemains() {
    f.holdHttp();
    for (int i = 0; i < 5; i++) {
      f.addFullPeer("peer" + i);
    }
    f.config = f.config.toBuilder().simultaneousP2PDownloads(10).build();
    f.storage.freeRatio = 0.05;
    f.create();

    f.load(0);

    assertEquals(4, f.events.named("start p2p").size()); // segments 0-3 only
  }

  @Test
  void delivery_bandwidthFigure_fromTheEngineEstimators() {
    f.create();
    RecordingPlayer player = f.load(0);

    f.http.activeFor(0).chunk(1_000);
    f.clock.advanceMs(500);
    f.http.activeFor(0).chunk(1_000).succeed();
    f.settle();

    // active bitrate unknown: all-downloads loading-only rate over 3 s
    assertEquals(2_000 * 8_000 / 500.0, player.bandwidthBps);
  }

  @Test
  void triggers_manyInOneTurn_runOnePass() {
    f.create();
    f.load(0);
    int before = f.clock.pendingTaskCount();

    f.loader.onPeersChanged();
    f.loader.onSegmentsChanged();
    f.loader.onStorageChanged();
    f.loader.onPeersChanged();

    assertEquals(before + 1, f.clock.pendingTaskCount());
  }

  @Test
  void destroy_midDownload_abortsEverythingAndLeavesNoTask() {
    f.config = f.config.toBuilder().httpDownloadInitialTimeoutMs(100_000).build();
    f.addFullPeer("peerA");
    f.create();
    RecordingPlayer player = f.load(0);
    f.loader.updatePlayback(0.1, 1); // arms the playback throttle
    FakeAttempt attempt = ((FakeRemotePeer) f.peers.get(0)).current();

    f.loader.destroy();
    f.loader.destroy();

    assertEquals(0, f.clock.pendingTaskCount());
    assertEquals(CoreRequestError.Kind.ABORTED, player.errorKind());
    assertTrue(attempt.aborted);
    assertEquals("abort p2p 0 peerA", f.events.events.get(f.events.events.size() - 1));
    int eventCount = f.events.events.size();
    attempt.listener.onSuccess(); // a late callback
    f.loader.onPeersChanged();
    f.loader.updatePlayback(30, 1);
    f.clock.advanceMs(10_000);
    assertEquals(eventCount, f.events.events.size());
    assertEquals(0, f.clock.pendingTaskCount());
    assertEquals(0, f.bandwidth.allDownloads().activeDownloadCount());
  }

  @Test
  void destroy_fromThePlayerCallback_stopsThePass() {
    f.create();
    PlayerRequestCallback destroying =
        new PlayerRequestCallback() {
          @Override
          public void onSuccess(byte[] data, double bandwidthBps) {
            f.loader.destroy();
          }

          @Override
          public void onError(CoreRequestError error) {}
        };
    f.loader.loadSegment(f.seg(0), destroying);
    f.settle();

    f.http.activeFor(0).succeedWith(10);
    f.settle();

    assertEquals(List.of(), f.http.activeIds());
    assertEquals(0, f.clock.pendingTaskCount());
  }

  @Test
  void loadSegment_afterDestroy_rejectedWithAborted() {
    f.create();
    f.loader.destroy();

    RecordingPlayer player = f.load(0);

    assertEquals(CoreRequestError.Kind.ABORTED, player.errorKind());
  }

  @Test
  void randomSeeding_throughTheLoader_fetchesSegmentsNobodyHasAndAnnouncesThem() {
    for (int i = 0; i < 3; i++) {
      f.addPeer("empty" + i);
    }
    f.create();
    f.load(0);
    for (int i = 0; i < 4; i++) {
      f.http.activeFor(i).succeedWith(10);
      f.settle();
    }
    assertEquals(List.of(), f.http.activeIds());

    f.clock.advanceMs(1_000 + 1_000 * 3);

    List<Long> seeded = f.http.activeIds();
    assertFalse(seeded.isEmpty());
    assertTrue(seeded.stream().allMatch(id -> id >= 4), seeded.toString());
    String last = f.published.get(f.published.size() - 1);
    assertTrue(last.contains("p=[" + seeded.get(0)), last);
  }

  @Test
  void localState_evictionReported_viaOnStorageChanged() {
    f.create();
    f.load(0);
    f.http.activeFor(0).succeedWith(10);
    f.settle();

    f.storage.evict(f.seg(0));
    f.loader.onStorageChanged();

    assertTrue(f.published.get(f.published.size() - 1).startsWith("l=[] "));
    assertArrayEquals(new long[0], f.storage.servableIds());
  }
}
