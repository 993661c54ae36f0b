package io.swarmloader.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.error.CoreRequestError;
import io.swarmloader.core.error.RequestErrorType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HTTP rules of player-integration.md §5.5, §5.6, §5.9. */
class HybridLoaderHttpTest {
  private final LoaderFixture f = new LoaderFixture();

  @Test
  void loadSegment_noPeers_highDemandOverHttpUpToTheSlotLimit() {
    f.create();

    f.load(0);

    assertEquals(List.of(0L, 1L), f.http.activeIds());
    assertEquals(List.of("start http 0", "start http 1"), f.events.events);
  }

  @Test
  void walk_httpSlotFreed_nextHighDemandItemStartsOverHttp() {
    f.create();
    RecordingPlayer player = f.load(0);

    f.http.activeFor(0).succeedWith(1_000);
    f.settle();

    assertEquals(1_000, player.data.length);
    assertEquals(List.of(1L, 2L), f.http.activeIds());
  }

  @Test
  void walk_itemBeyondHighDemand_neverOverHttpWithoutSeeding() {
    f.create();
    f.load(0);
    for (int i = 0; i < 4; i++) {
      f.http.activeFor(i).succeedWith(100);
      f.settle();
    }

    assertEquals(List.of(), f.http.activeIds()); // segment 4 starts at 16 s, outside 15 s
    assertEquals(4, f.http.attempts.size());
  }

  @Test
  void walk_dynamicSlotCount_appliesAtOnce() {
    f.create();
    f.config = f.config.toBuilder().simultaneousHttpDownloads(3).build();

    f.load(0);

    assertEquals(List.of(0L, 1L, 2L), f.http.activeIds());
  }

  @Test
  void walk_highDemandItemWithSlotsFull_abortsTheFurthestBackLaterHttpDownload() {
    f.create();
    f.loader.updatePlayback(20, 1);
    f.load(5); // segments 5 and 6 over HTTP
    f.http.activeFor(5).chunk(300);
    f.http.activeFor(6).chunk(200);
    f.events.events.clear();

    f.loader.updatePlayback(0, 1); // seek back: 5 and 6 stay queued, no longer high demand
    f.load(0);

    assertEquals(
        List.of("abort http 6", "start http 0", "abort http 5", "start http 1"), f.events.events);
    assertEquals(List.of(0L, 1L), f.http.activeIds());
  }

  @Test
  void initialHold_noHttpUntilItEnds_thenOneTimerRunsTheQueue() {
    f.config = f.config.toBuilder().httpDownloadInitialTimeoutMs(5_000).build();
    f.create();

    f.load(0);
    f.clock.advanceMs(4_999);
    assertEquals(List.of(), f.http.activeIds());

    f.clock.advanceMs(1);

    assertEquals(List.of(0L, 1L), f.http.activeIds());
  }

  @Test
  void httpFailures_retriedUntilHttpErrorRetries_thenPlayerRequestRejected() {
    f.create();
    RecordingPlayer player = f.load(0);

    for (int attempt = 1; attempt <= 3; attempt++) {
      assertNull(player.error, "rejected before attempt " + attempt);
      f.http.activeFor(0).fail(RequestErrorType.HTTP_ERROR);
      f.settle();
    }

    assertEquals(CoreRequestError.Kind.FAILED, player.errorKind());
    assertEquals(3, f.events.named("error http 0").size());
    assertFalse(f.http.activeIds().contains(0L), "no fourth HTTP attempt");
  }

  @Test
  void httpFailures_dynamicRetryCount_appliesAtOnce() {
    f.config = f.config.toBuilder().httpErrorRetries(1).build();
    f.create();
    RecordingPlayer player = f.load(0);

    f.http.activeFor(0).fail(RequestErrorType.HTTP_ERROR);
    f.settle();

    assertEquals(CoreRequestError.Kind.FAILED, player.errorKind());
  }

  @Test
  void failureHistory_olderThan60s_isClearedAndHttpAllowedAgain() {
    f.create();
    f.load(0);
    for (int i = 0; i < 3; i++) {
      f.http.activeFor(1).fail(RequestErrorType.HTTP_ERROR);
      f.settle();
    }
    assertFalse(f.http.activeIds().contains(1L));

    f.clock.advanceMs(59_999);
    f.loader.onPeersChanged();
    f.settle();
    assertFalse(f.http.activeIds().contains(1L));

    f.clock.advanceMs(1);
    f.loader.onPeersChanged();
    f.settle();
    assertTrue(f.http.activeIds().contains(1L));
  }

  @Test
  void loadSegment_previouslyFailedSegment_failureHistoryCleared() {
    f.create();
    f.load(0);
    for (int i = 0; i < 3; i++) {
      f.http.activeFor(1).fail(RequestErrorType.HTTP_ERROR);
      f.settle();
    }
    f.http.activeFor(0).succeedWith(10);
    f.settle();

    RecordingPlayer player = f.load(1);

    assertTrue(f.http.activeIds().contains(1L));
    assertNull(player.error);
  }

  @Test
  void localState_httpStartEndAndStore_published() {
    f.create();
    f.load(0);
    assertEquals("l=[] p=[0, 1]", f.published.get(f.published.size() - 1));

    f.http.activeFor(0).succeedWith(10);
    f.settle();

    assertTrue(f.published.contains("l=[] p=[1]"), f.published.toString());
    assertTrue(f.published.contains("l=[0] p=[1, 2]"), f.published.toString());
  }
}
