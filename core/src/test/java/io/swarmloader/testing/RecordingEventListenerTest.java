package io.swarmloader.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.swarmloader.core.events.DownloadSource;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamType;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordingEventListenerTest {
  private final Segment segment = new Segment("u|0-9", 3, "u", null, 0, 1);

  @Test
  void requirePairs_closeWithoutConnect_fails() {
    RecordingEventListener r = new RecordingEventListener().requirePairs();
    r.onPeerConnect("A", StreamType.MAIN);
    assertThrows(AssertionError.class, () -> r.onPeerClose("A", StreamType.SECONDARY));
    r.onPeerClose("A", StreamType.MAIN);
    assertThrows(AssertionError.class, () -> r.onPeerClose("A", StreamType.MAIN));
  }

  @Test
  void requirePairs_doubleConnect_fails() {
    RecordingEventListener r = new RecordingEventListener().requirePairs();
    r.onPeerConnect("A", StreamType.MAIN);
    assertThrows(AssertionError.class, () -> r.onPeerConnect("A", StreamType.MAIN));
  }

  @Test
  void requirePairs_abortWithoutStart_fails() {
    RecordingEventListener r = new RecordingEventListener().requirePairs();
    r.onSegmentStart(segment, DownloadSource.P2P, "A", StreamType.MAIN);
    assertThrows(
        AssertionError.class,
        () -> r.onSegmentAbort(segment, DownloadSource.P2P, "B", StreamType.MAIN));
    r.onSegmentAbort(segment, DownloadSource.P2P, "A", StreamType.MAIN);
    assertThrows(
        AssertionError.class,
        () -> r.onSegmentError(null, segment, DownloadSource.P2P, "A", StreamType.MAIN));
  }

  @Test
  void withoutRequirePairs_unpairedEventsAreRecorded() {
    RecordingEventListener r = new RecordingEventListener();
    r.onPeerClose("A", StreamType.MAIN);
    r.onSegmentAbort(segment, DownloadSource.HTTP, null, StreamType.SECONDARY);
    assertEquals(
        List.of("onPeerClose peer=A main", "onSegmentAbort segment=u|0-9 http secondary"),
        r.events());
    assertEquals(List.of("onPeerClose"), r.names().subList(0, 1));
    assertEquals(List.of("onPeerClose peer=A main"), r.eventsNamed("onPeerClose"));
    r.clear();
    assertEquals(List.of(), r.events());
  }
}
