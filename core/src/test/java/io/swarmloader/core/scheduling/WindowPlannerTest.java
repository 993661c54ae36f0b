package io.swarmloader.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.p2p.RemotePeer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Windows, statuses and the queue walk (player-integration.md §5.3, §5.4, §6.4). */
class WindowPlannerTest {
  private final LoaderFixture f = new LoaderFixture();
  private final List<RemotePeer> peers = new ArrayList<>();
  private final WindowPlanner planner =
      new WindowPlanner(() -> f.segmentList, f.storage, () -> peers);
  private Set<String> downloaded = Set.of();

  private StreamConfig windows(int highDemandS, int httpS, int p2pS) {
    return StreamConfig.builder()
        .highDemandWindowMs(highDemandS * 1000)
        .httpDownloadWindowMs(httpS * 1000)
        .p2pDownloadWindowMs(p2pS * 1000)
        .build();
  }

  private DownloadQueue plan(int start, double position, double rate, StreamConfig config) {
    return planner.plan(f.seg(start), position, rate, config, downloaded::contains);
  }

  private static List<Long> ids(DownloadQueue queue) {
    return queue.items().stream().map(item -> item.segment().externalId()).toList();
  }

  private static List<Long> highDemandIds(DownloadQueue queue) {
    return queue.items().stream()
        .filter(QueueItem::highDemand)
        .map(item -> item.segment().externalId())
        .toList();
  }

  @Test
  void plan_defaultWindows_highDemandIsTheNext15Seconds() {
    DownloadQueue queue = plan(0, 0, 1, StreamConfig.defaults());

    assertEquals(List.of(0L, 1L, 2L, 3L), highDemandIds(queue));
    assertEquals(LoaderFixture.SEGMENT_COUNT, queue.items().size()); // all in the HTTP window
  }

  @Test
  void plan_rateTwo_windowsScaleWithTheRate() {
    DownloadQueue queue = plan(0, 0, 2, StreamConfig.defaults());

    assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L), highDemandIds(queue));
  }

  @Test
  void plan_firstSegmentSlightlyBehindThePlayhead_forcedToHighDemand() {
    DownloadQueue queue = plan(0, 4.5, 1, windows(15, 15, 15));

    assertEquals(List.of(0L, 1L, 2L, 3L, 4L), ids(queue));
    assertTrue(queue.items().get(0).highDemand());
  }

  @Test
  void plan_firstAndSecondSegmentsBehindThePlayhead_emptyQueue() {
    DownloadQueue queue = plan(0, 9, 1, StreamConfig.defaults());

    assertEquals(List.of(), ids(queue));
  }

  @Test
  void plan_stopsAtTheFirstSegmentWithoutStatus() {
    f.addPeer("p", 5);
    peers.addAll(f.peers);

    DownloadQueue queue = plan(0, 0, 1, windows(5, 8, 40));

    // 3 (12-16 s) is outside the HTTP window and nobody announced it: 5 is never reached
    assertEquals(List.of(0L, 1L, 2L), ids(queue));
  }

  @Test
  void plan_p2pWindow_countsSegmentsAnnouncedInLOrP() {
    FakeRemotePeer peer = f.addPeer("p", 3);
    peer.httpLoading.add(4L);
    peers.add(peer);

    DownloadQueue queue = plan(0, 0, 1, windows(5, 8, 40));

    assertEquals(List.of(0L, 1L, 2L, 3L, 4L), ids(queue));
    assertTrue(queue.items().get(4).p2pDownloadable());
    assertFalse(queue.items().get(4).httpDownloadable());
  }

  @Test
  void plan_storedAndDownloaded_leftOutButCountedInTheRatio() {
    f.storage.put(f.seg(1), new byte[1]);
    f.storage.put(f.seg(2), new byte[1]);
    downloaded = Set.of(f.seg(3).runtimeId());

    DownloadQueue queue = plan(0, 0, 1, windows(5, 16, 16));

    assertEquals(List.of(0L, 4L), ids(queue));
    assertEquals(3.0 / 5, queue.downloadRatio());
    assertTrue(queue.contains(f.seg(2).runtimeId()));
    assertFalse(queue.contains(f.seg(5).runtimeId()));
  }

  @Test
  void plan_storagePressure_shrinksTheWindows() {
    peers.add(f.addFullPeer("full"));
    StreamConfig config = windows(15, 20, 40);

    f.storage.freeRatio = 0.11;
    assertEquals(11, plan(0, 0, 1, config).items().size()); // up to 40 s
    f.storage.freeRatio = 0.10;
    assertEquals(6, plan(0, 0, 1, config).items().size()); // P2P window = HTTP window, 20 s
    f.storage.freeRatio = 0.05;
    assertEquals(4, plan(0, 0, 1, config).items().size()); // only high demand, 15 s
  }

  @Test
  void plan_unknownStart_emptyQueue() {
    Segment unknown = new Segment("x", 99, "x", null, 0, 4);

    DownloadQueue queue =
        planner.plan(unknown, 0, 1, StreamConfig.defaults(), downloaded::contains);

    assertEquals(DownloadQueue.EMPTY, queue);
  }
}
