package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Assertions shared by the scenarios, each with the figures in its message. */
final class Verdicts {
  private Verdicts() {}

  /** The page loaded, and neither hls.js nor the page reported a fatal or uncaught error. */
  static void assertNoErrors(PageResult r) {
    assertTrue(
        List.of("running", "ok").contains(r.code()),
        r.tag() + ": page code " + r.code() + " " + r.reason());
    assertEquals(List.of(), r.fatalErrors(), r.tag() + ": fatal hls.js errors");
    assertEquals(List.of(), r.mediaErrors(), r.tag() + ": video element errors");
    assertEquals(List.of(), r.uncaught(), r.tag() + ": uncaught errors in the page");
  }

  /** The engine downloaded segment bytes at all: hls.js really routed fragments through it. */
  static void assertEngineActive(PageResult r) {
    assertTrue(
        r.httpBytes() + r.p2pBytes() > 0,
        r.tag()
            + ": the engine reported no downloaded bytes (onChunkDownloaded never fired), so"
            + " hls.js fragments did not go through it");
  }

  /** Playback started and never stalled or stopped afterwards. */
  static void assertNoStall(PageResult r) {
    assertTrue(r.playingAtMs() != null, r.tag() + ": playback never started");
    assertEquals(List.of(), r.pauses(), r.tag() + ": playback paused by the browser");
    assertEquals(
        List.of(),
        r.stalls(),
        r.tag() + ": stalls after start (waiting events: " + r.waitingEvents() + ")");
  }

  /**
   * Every fragment hls.js received is byte-identical to the origin's file, and at least {@code
   * minSegments} were checked.
   */
  static Origin.Verification assertByteIdentical(PageResult r, int minSegments) {
    assertEquals(List.of(), r.hashConflicts(), r.tag() + ": fragment hashing problems");
    Origin.Verification v = Origin.verify(r.hashes());
    assertEquals(List.of(), v.mismatches(), r.tag() + ": fragments differing from the origin");
    assertTrue(
        v.verified() >= minSegments,
        r.tag() + ": only " + v.verified() + " fragments verified, expected >= " + minSegments);
    return v;
  }

  /** The peer received segment bytes from other peers. */
  static void assertReceivedP2p(PageResult r) {
    assertTrue(
        r.p2pBytes() > 0,
        r.tag() + " received no P2P bytes (peers connected: " + r.peersConnected().size() + ")");
  }

  /**
   * Some segment of the separate audio rendition reached the player over P2P: a URL of {@link
   * PageResult#p2pDeliveredUrls} contains one of {@code audioUrlMarkers}. Returns how many.
   */
  static long assertAudioOverP2p(PageResult r, List<String> audioUrlMarkers) {
    long audio = r.p2pDeliveredMatching(audioUrlMarkers);
    assertTrue(
        audio > 0,
        r.tag() + ": no audio segment over P2P; segments over P2P: " + r.p2pDeliveredUrls());
    return audio;
  }

  /** Everything above: no errors, engine active, no stall, byte identity. */
  static void assertCleanPlayback(PageResult r, int minSegments) {
    assertNoErrors(r);
    assertEngineActive(r);
    assertNoStall(r);
    assertByteIdentical(r, minSegments);
  }
}
