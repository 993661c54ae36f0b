package io.swarmloader.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.swarmloader.core.error.RequestErrorType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** P2P rules of player-integration.md §5.5 to §5.7, §5.9, §5.10. */
class HybridLoaderP2pTest {
  private final LoaderFixture f = new LoaderFixture();

  private List<Long> activeP2pIds() {
    List<Long> ids = new ArrayList<>();
    for (var peer : f.peers) {
      FakeAttempt attempt = ((FakeRemotePeer) peer).currentOrNull();
      if (attempt != null) {
        ids.add(attempt.segment.externalId());
      }
    }
    ids.sort(null);
    return ids;
  }

  /** Events without peer IDs, which depend on the seeded choice. */
  private List<String> eventsWithoutPeers() {
    List<String> result = new ArrayList<>();
    for (String event : f.events.events) {
      String[] parts = event.split(" ");
      result.add(parts[0] + " " + parts[1] + " " + parts[2]);
    }
    return result;
  }

  private FakeRemotePeer peerServing(long externalId) {
    for (var peer : f.peers) {
      FakeAttempt attempt = ((FakeRemotePeer) peer).currentOrNull();
      if (attempt != null && attempt.segment.externalId() == externalId) {
        return (FakeRemotePeer) peer;
      }
    }
    throw new AssertionError("no peer serves " + externalId);
  }

  /** Creates the loader with an initial peer wait of 3 s (the fixture's default is none). */
  private void createWithPeerWaitOf3s() {
    f.config = f.config.toBuilder().initialPeerWaitMs(3_000).build();
    f.create();
  }

  /**
   * Creates the loader, asks for 0 and completes its HTTP download; the next pass is under test.
   */
  private void loadZeroAndFinishItOverHttp() {
    f.create();
    f.load(0);
    f.http.activeFor(0).succeedWith(10);
    f.settle();
  }

  private void addFullPeers(int count) {
    for (int i = 0; i < count; i++) {
      f.addFullPeer("peer" + i);
    }
  }

  @Test
  void walk_peersHaveEverything_httpNearThePlayheadAndP2pFillsTheRest() {
    addFullPeers(5);
    f.create();

    f.load(0);

    assertEquals(List.of(0L, 1L), f.http.activeIds());
    assertEquals(List.of(2L, 3L, 4L), activeP2pIds());
  }

  @Test
  void walk_p2pSlots_limitedBySimultaneousP2pDownloads() {
    f.holdHttp();
    addFullPeers(5);
    f.create();

    f.load(0);

    assertEquals(List.of(0L, 1L, 2L), activeP2pIds());
    assertEquals(List.of(), f.http.activeIds());
  }

  @Test
  void walk_singlePeer_servesOneDownloadAtATime() {
    f.holdHttp();
    FakeRemotePeer peer = f.addFullPeer("only");
    f.create();

    f.load(0);
    assertEquals(List.of(0L), activeP2pIds());

    peer.current().succeedWith(10);
    f.settle();

    assertEquals(List.of(1L), activeP2pIds());
    assertEquals(2, peer.attempts.size());
  }

  @Test
  void walk_highDemandItemBeyondHttpFirstWindowHeldByABusyPeer_waitsForThatPeer() {
    FakeRemotePeer peer = f.addFullPeer("only");
    f.create();

    f.load(0);

    // 0 and 1 (0–8 s) overlap the 6 s HTTP-first window; 2 and 3 (8–16 s) are high demand but
    // the only peer holds them: they wait for it although an HTTP slot would free up
    assertEquals(List.of(0L, 1L), f.http.activeIds());
    assertEquals(List.of(2L), activeP2pIds());
    f.http.activeFor(0).succeedWith(10);
    f.settle();
    assertEquals(List.of(1L), f.http.activeIds());
    assertEquals(List.of(2L), activeP2pIds());

    peer.current().succeedWith(10);
    f.settle();
    assertEquals(List.of(3L), activeP2pIds());
    assertEquals(List.of(1L), f.http.activeIds());
  }

  @Test
  void walk_highDemandItemBeyondHttpFirstWindowNobodyHolds_goesToHttp() {
    f.addPeer("p", 0, 1);
    loadZeroAndFinishItOverHttp();

    // 2 (8–12 s) is high demand, beyond the HTTP-first window, and no peer holds it
    assertEquals(List.of(1L, 2L), f.http.activeIds());
  }

  @Test
  void initialPeerWait_holdsBackOnlyItemsBeyondTheHttpFirstWindow_untilItEnds() {
    createWithPeerWaitOf3s();

    f.load(0);
    f.http.activeFor(0).succeedWith(10);
    f.http.activeFor(1).succeedWith(10);
    f.settle();

    // 0 and 1 overlap the HTTP-first window and start at once; 2 and 3 wait for peers
    assertEquals(List.of(), f.http.activeIds());
    f.clock.advanceMs(2_999);
    assertEquals(List.of(), f.http.activeIds());
    f.clock.advanceMs(1); // the wait's end timer runs a pass
    assertEquals(List.of(2L, 3L), f.http.activeIds());
  }

  @Test
  void initialPeerWait_aPeerThatConnectsHoldingTheItem_servesIt() {
    createWithPeerWaitOf3s();
    f.load(0);
    f.clock.advanceMs(1_000);

    f.addFullPeer("late");
    f.load(0);

    assertEquals(List.of(0L, 1L), f.http.activeIds());
    assertEquals(List.of(2L), activeP2pIds());
  }

  @Test
  void walk_httpFirstWindowCoveringHighDemand_putsHttpFirstInTheWholeWindow() {
    f.config = f.config.toBuilder().httpFirstWindowMs(15_000).build();
    f.addFullPeer("only");
    loadZeroAndFinishItOverHttp();

    // 2.3's rule: 2 is high demand, so HTTP takes it although the peer holds it
    assertEquals(List.of(1L, 2L), f.http.activeIds());
  }

  @Test
  void walk_nonHighDemandItemNobodyHas_notDownloaded() {
    f.holdHttp();
    f.addPeer("p", 0, 1, 7);
    f.create();

    f.load(0);

    // 2..6 are announced by nobody: the walk stops there (§5.4 step 3), so 7 is never reached
    assertEquals(List.of(0L), activeP2pIds());
  }

  @Test
  void walk_highDemandItemWithP2pSlotsFull_abortsLaterP2pDownloads() {
    f.holdHttp();
    addFullPeers(5);
    f.create();
    f.loader.updatePlayback(20, 1);
    f.load(5);
    assertEquals(List.of(5L, 6L, 7L), activeP2pIds());
    f.events.events.clear();

    f.loader.updatePlayback(0, 1);
    f.load(0);

    assertEquals(
        List.of(
            "abort p2p 7",
            "start p2p 0",
            "abort p2p 6",
            "start p2p 1",
            "abort p2p 5",
            "start p2p 2"),
        eventsWithoutPeers());
    assertEquals(List.of(0L, 1L, 2L), activeP2pIds());
  }

  @Test
  void walk_highDemandItemOnP2pBeyondHttpFirstWindow_staysOnP2pWhenAnHttpSlotFrees() {
    addFullPeers(5);
    f.create();
    f.load(0);
    FakeRemotePeer servingTwo = peerServing(2); // 8–12 s: beyond the 6 s HTTP-first window
    servingTwo.current().chunk(700);

    f.http.activeFor(0).succeedWith(10);
    f.settle();

    assertEquals(List.of(1L), f.http.activeIds());
    assertEquals(2L, servingTwo.current().segment.externalId());
    assertFalse(f.events.events.contains("abort p2p 2 " + servingTwo.peerId()));
  }

  @Test
  void walk_highDemandItemOnP2p_switchesToHttpResumingTheBytesHeld_onceInTheHttpFirstWindow() {
    addFullPeers(5);
    f.create();
    f.load(0);
    FakeRemotePeer servingTwo = peerServing(2);
    servingTwo.current().chunk(700);
    f.http.activeFor(0).succeedWith(10);
    f.settle();
    f.loader.updatePlayback(3, 1); // 2 (8–12 s) now overlaps [3, 9]

    f.load(1);

    FakeAttempt httpTwo = f.http.activeFor(2);
    assertEquals(700, httpTwo.heldAtStart);
    int abortAt = f.events.events.indexOf("abort p2p 2 " + servingTwo.peerId());
    assertEquals("start http 2", f.events.events.get(abortAt + 1));
    assertFalse(servingTwo.isDownloading());
  }

  @Test
  void walk_highDemandItemOnP2p_switchesToHttpResumingTheBytesHeld_whenHttpFirstCoversHighDemand() {
    f.config = f.config.toBuilder().httpFirstWindowMs(15_000).build(); // 2.3's rule
    addFullPeers(5);
    f.create();
    f.load(0);
    FakeRemotePeer servingTwo = peerServing(2);
    servingTwo.current().chunk(700);

    f.http.activeFor(0).succeedWith(10);
    f.settle();

    FakeAttempt httpTwo = f.http.activeFor(2);
    assertEquals(700, httpTwo.heldAtStart);
    int abortAt = f.events.events.indexOf("abort p2p 2 " + servingTwo.peerId());
    assertEquals("start http 2", f.events.events.get(abortAt + 1));
    assertFalse(servingTwo.isDownloading());

    httpTwo.succeedWith(300);
    f.settle();
    assertEquals(1_000, f.storage.data.get(f.seg(2).runtimeId()).length);
  }

  @Test
  void p2pFailures_neverRejectThePlayerRequest() {
    f.holdHttp();
    addFullPeers(2);
    f.create();
    RecordingPlayer player = f.load(0);

    for (int i = 0; i < 10; i++) {
      peerServing(0).current().fail(RequestErrorType.PEER_SEGMENT_ABSENT);
      f.settle();
    }

    assertNull(player.error);
    assertEquals(10, f.events.named("error p2p 0").size());
    assertEquals(List.of(0L, 1L), activeP2pIds());
  }

  @Test
  void events_p2pDownload_carryPeerIdAndStreamType() {
    f.holdHttp();
    FakeRemotePeer peer = f.addPeer("peerA", 0);
    f.create();
    RecordingPlayer player = f.load(0);

    peer.current().chunk(60).chunk(40).succeed();
    f.settle();

    assertEquals(100, player.data.length);
    assertEquals(List.of("start p2p 0 peerA", "loaded p2p 100 peerA"), f.events.events);
    assertEquals(List.of("p2p 60 peerA", "p2p 40 peerA"), f.events.chunks);
  }

  @Test
  void partialBytes_abortedHttpRequestStillQueued_resumedLaterOverP2p() {
    f.create();
    f.loader.updatePlayback(20, 1);
    f.load(5);
    f.http.activeFor(5).chunk(300);
    f.loader.updatePlayback(0, 1);
    f.load(0); // aborts the HTTP download of 5, which stays queued
    assertEquals(List.of(0L, 1L), f.http.activeIds());
    for (int i = 0; i < 3; i++) {
      f.loader.onPeersChanged(); // passes of housekeeping must not drop the bytes (§7 #22)
      f.settle();
    }

    FakeRemotePeer peer = f.addPeer("late", 5);
    f.loader.onPeersChanged();
    f.settle();

    assertEquals(300, peer.current().heldAtStart);
    peer.current().succeedWith(200);
    f.settle();
    byte[] stored = f.storage.data.get(f.seg(5).runtimeId());
    assertEquals(500, stored.length);
  }
}
