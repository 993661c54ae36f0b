package io.swarmloader.hlsjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HlsTuningTest {
  private static HlsTuning tune(
      boolean live, int fragments, double target, boolean appSync, boolean appBuffer) {
    return HlsTuning.compute(
        live, fragments, target, appSync, false, appBuffer, false, 30, 600, 15, 15);
  }

  @Test
  void liveExampleOfTheSpec() {
    // 6 s targets and a 10-segment window give 9, about 54 s behind the live edge.
    HlsTuning t = tune(true, 10, 6, false, false);
    assertEquals(9, t.liveSyncDurationCount);
    assertEquals(15.0, t.maxBufferLength);
    assertEquals(15.0, t.maxMaxBufferLength);
  }

  @Test
  void longPlaylistsAreCappedAt120Seconds() {
    assertEquals(20, tune(true, 100, 6, false, false).liveSyncDurationCount);
    assertEquals(99, tune(true, 100, 0, false, false).liveSyncDurationCount);
  }

  @Test
  void shortPlaylistsAreLeftAlone() {
    HlsTuning t = tune(true, 4, 6, false, false);
    assertNull(t.liveSyncDurationCount);
    assertNull(t.maxBufferLength);
    assertNull(t.maxMaxBufferLength);
  }

  @Test
  void applicationSettingsWin() {
    HlsTuning t = tune(true, 10, 6, true, true);
    assertNull(t.liveSyncDurationCount);
    assertNull(t.maxBufferLength);
    HlsTuning onlyMaxMax =
        HlsTuning.compute(true, 10, 6, false, true, false, true, 30, 600, 15, 15);
    assertNull(onlyMaxMax.liveSyncDurationCount);
    assertNull(onlyMaxMax.maxBufferLength);
  }

  @Test
  void vodGetsNoLiveSyncAndBuffersAreNeverRaised() {
    HlsTuning t = HlsTuning.compute(false, 50, 10, false, false, false, false, 12, 600, 15, 30);
    assertNull(t.liveSyncDurationCount);
    assertNull(t.maxBufferLength, "12 s stays: max(2 x 10, 15, 30) = 30 would raise it");
    assertEquals(30.0, t.maxMaxBufferLength);
  }
}
