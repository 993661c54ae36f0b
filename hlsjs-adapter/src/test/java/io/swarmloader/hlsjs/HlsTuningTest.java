package io.swarmloader.hlsjs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HlsTuningTest {
  private static final double LEAVE = Double.NaN;

  private static double count(boolean live, int fragments, double target, boolean appSync) {
    return HlsTuning.liveSyncDurationCount(live, fragments, target, appSync, false);
  }

  /** Current {@code maxBufferLength} 30 s, both high-demand windows 15 s. */
  private static double maxBuffer(int fragments, double target, boolean appBuffer) {
    return HlsTuning.bufferLength(fragments, target, appBuffer, false, 30, 15, 15);
  }

  @Test
  void liveExampleOfTheSpec() {
    // 6 s targets and a 10-segment window give 9, about 54 s behind the live edge.
    assertEquals(9, count(true, 10, 6, false));
    assertEquals(15.0, maxBuffer(10, 6, false));
    assertEquals(15.0, HlsTuning.bufferLength(10, 6, false, false, 600, 15, 15));
  }

  @Test
  void longPlaylistsAreCappedAt120Seconds() {
    assertEquals(20, count(true, 100, 6, false));
    assertEquals(99, count(true, 100, 0, false));
  }

  @Test
  void shortPlaylistsAreLeftAlone() {
    assertEquals(LEAVE, count(true, 4, 6, false));
    assertEquals(LEAVE, maxBuffer(4, 6, false));
    assertEquals(LEAVE, HlsTuning.bufferLength(4, 6, false, false, 600, 15, 15));
  }

  @Test
  void applicationSettingsWin() {
    assertEquals(LEAVE, count(true, 10, 6, true));
    assertEquals(LEAVE, maxBuffer(10, 6, true));
    // Only liveSyncDurationCount and maxMaxBufferLength set by the application.
    assertEquals(LEAVE, HlsTuning.liveSyncDurationCount(true, 10, 6, false, true));
    assertEquals(LEAVE, HlsTuning.bufferLength(10, 6, false, true, 30, 15, 15));
  }

  @Test
  void vodGetsNoLiveSyncAndBuffersAreNeverRaised() {
    assertEquals(LEAVE, HlsTuning.liveSyncDurationCount(false, 50, 10, false, false));
    assertEquals(
        LEAVE,
        HlsTuning.bufferLength(50, 10, false, false, 12, 15, 30),
        "12 s stays: max(2 x 10, 15, 30) = 30 would raise it");
    assertEquals(30.0, HlsTuning.bufferLength(50, 10, false, false, 600, 15, 30));
    assertEquals(30.0, HlsTuning.bufferLength(50, 10, false, false, LEAVE, 15, 30));
  }
}
