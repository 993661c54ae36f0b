package io.swarmloader.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.error.RequestError;
import io.swarmloader.core.error.RequestErrorType;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.testing.RecordingEventListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDispatcherTest {
  private static final StreamType MAIN = StreamType.MAIN;
  private final List<String> logged = new ArrayList<>();
  private final Logger logger = (level, message) -> logged.add(level + ": " + message);
  private final EventDispatcher dispatcher = new EventDispatcher(logger);

  @Test
  void everyEvent_forwardedToAllListenersInOrder() {
    RecordingEventListener a = new RecordingEventListener();
    RecordingEventListener b = new RecordingEventListener();
    dispatcher.addListener(a);
    dispatcher.addListener(b);
    Segment segment = new Segment("https://o/s1.ts", 1, "https://o/s1.ts", null, 0, 4);
    RequestError error = new RequestError(RequestErrorType.HTTP_ERROR, "500", 12);

    dispatcher.onSegmentStart(segment, DownloadSource.HTTP, null, MAIN);
    dispatcher.onChunkDownloaded(100, DownloadSource.HTTP, null);
    dispatcher.onSegmentError(error, segment, DownloadSource.HTTP, null, MAIN);
    dispatcher.onSegmentStart(segment, DownloadSource.P2P, "P1", MAIN);
    dispatcher.onSegmentAbort(segment, DownloadSource.P2P, "P1", MAIN);
    dispatcher.onSegmentLoaded("https://o/s1.ts", 100, DownloadSource.P2P, "P2", MAIN);
    dispatcher.onPeerConnect("P1", StreamType.SECONDARY);
    dispatcher.onPeerError("P1", StreamType.SECONDARY, "ice failed");
    dispatcher.onPeerClose("P1", StreamType.SECONDARY);
    dispatcher.onChunkUploaded(16, "P3");
    dispatcher.onTrackerError(MAIN, "closed");
    dispatcher.onTrackerWarning(MAIN, "failure reason");

    List<String> expected =
        List.of(
            "onSegmentStart segment=https://o/s1.ts http main",
            "onChunkDownloaded bytes=100 http",
            "onSegmentError segment=https://o/s1.ts error=http-error http main",
            "onSegmentStart segment=https://o/s1.ts p2p peer=P1 main",
            "onSegmentAbort segment=https://o/s1.ts p2p peer=P1 main",
            "onSegmentLoaded url=https://o/s1.ts bytes=100 p2p peer=P2 main",
            "onPeerConnect peer=P1 secondary",
            "onPeerError peer=P1 secondary error=ice failed",
            "onPeerClose peer=P1 secondary",
            "onChunkUploaded bytes=16 peer=P3",
            "onTrackerError main error=closed",
            "onTrackerWarning main warning=failure reason");
    assertEquals(expected, a.events());
    assertEquals(expected, b.events());
    assertEquals(12, a.names().size());
    assertEquals("onPeerClose", a.names().get(8));
  }

  @Test
  void remove_isIdempotentAndStopsDelivery() {
    RecordingEventListener a = new RecordingEventListener();
    RecordingEventListener b = new RecordingEventListener();
    Subscription first = dispatcher.addListener(a);
    dispatcher.addListener(a);
    dispatcher.addListener(b);
    first.remove();
    first.remove();
    assertEquals(2, dispatcher.listenerCount());
    dispatcher.onPeerConnect("P", MAIN);
    assertEquals(List.of("onPeerConnect peer=P main"), a.events());
    assertEquals(List.of("onPeerConnect peer=P main"), b.events());
  }

  @Test
  void throwingListener_isLoggedAndOthersStillReceive() {
    RecordingEventListener after = new RecordingEventListener();
    dispatcher.addListener(
        new CoreEventListener() {
          @Override
          public void onTrackerError(StreamType streamType, String error) {
            throw new IllegalStateException("boom");
          }
        });
    dispatcher.addListener(after);
    dispatcher.onTrackerError(MAIN, "x");
    dispatcher.onTrackerError(MAIN, "y");
    assertEquals(
        List.of("onTrackerError main error=x", "onTrackerError main error=y"), after.events());
    assertEquals(2, logged.size());
    assertTrue(logged.get(0).startsWith("warn: event listener for onTrackerError threw: "));
    assertTrue(logged.get(0).contains("boom"));
  }

  @Test
  void reentrantEvent_deliveredAfterCurrentEventReachedEveryone() {
    dispatcher.addListener(
        new CoreEventListener() {
          @Override
          public void onPeerConnect(String peerId, StreamType streamType) {
            dispatcher.onPeerClose(peerId, streamType);
            dispatcher.onTrackerWarning(streamType, "after close");
          }
        });
    RecordingEventListener recorder = new RecordingEventListener().requirePairs();
    dispatcher.addListener(recorder);
    dispatcher.onPeerConnect("P", MAIN);
    assertEquals(
        List.of(
            "onPeerConnect peer=P main",
            "onPeerClose peer=P main",
            "onTrackerWarning main warning=after close"),
        recorder.events());
    dispatcher.onPeerError("P", MAIN, "later");
    assertEquals("onPeerError", recorder.names().get(3));
  }

  @Test
  void listenerRemovedOrAddedDuringDelivery_takesEffectForLaterDeliveries() {
    RecordingEventListener late = new RecordingEventListener();
    RecordingEventListener victim = new RecordingEventListener();
    Subscription[] victimHandle = new Subscription[1];
    dispatcher.addListener(
        new CoreEventListener() {
          @Override
          public void onChunkUploaded(int bytesLength, String peerId) {
            victimHandle[0].remove();
            dispatcher.addListener(late);
          }
        });
    victimHandle[0] = dispatcher.addListener(victim);
    dispatcher.onChunkUploaded(1, "P");
    dispatcher.onChunkUploaded(2, "P");
    assertEquals(List.of(), victim.events());
    assertEquals(List.of("onChunkUploaded bytes=2 peer=P"), late.events());
  }

  @Test
  void addListener_null_throws() {
    assertThrows(IllegalArgumentException.class, () -> dispatcher.addListener(null));
  }
}
