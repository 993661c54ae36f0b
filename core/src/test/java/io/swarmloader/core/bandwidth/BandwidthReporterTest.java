package io.swarmloader.core.bandwidth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmloader.testing.VirtualClock;
import org.junit.jupiter.api.Test;

class BandwidthReporterTest {
  private final VirtualClock clock = new VirtualClock(1_000);
  private final EngineBandwidth bandwidth = new EngineBandwidth(clock);
  private final BandwidthReporter reporter = bandwidth.reporter();

  /**
   * An HTTP download from t=0 to t=2000 that gave one 1000-byte chunk at its start, and a P2P
   * download whose 1000-byte chunk arrived at t=2000. All-downloads real time over 30 s: 2000 bytes
   * over 2 s = 8000 bps. All-downloads loading-only over 1 s: one fresh sample, 8 Mbps. HTTP-only
   * loading-only: 1000 bytes over 2 s = 4000 bps.
   */
  private void recordHttpAndP2pDownloads() {
    bandwidth.allDownloads().onDownloadStart();
    bandwidth.httpOnly().onDownloadStart();
    bandwidth.allDownloads().addBytes(1_000);
    bandwidth.httpOnly().addBytes(1_000);
    clock.advanceMs(2_000);
    bandwidth.allDownloads().addBytes(1_000);
    bandwidth.allDownloads().onDownloadEnd();
    bandwidth.httpOnly().onDownloadEnd();
  }

  @Test
  void bandwidth_activeBitrateUnknown_isAllDownloadsLoadingOnlyOver3s() {
    recordHttpAndP2pDownloads();

    // 3 s window holds both samples: 2000 bytes over 2000 ms
    assertEquals(8_000, reporter.bandwidthBps(/* queueDownloadRatio= */ 0.0));
  }

  @Test
  void bandwidth_realTimeBelow90PercentOfBitrate_isMaxOfRealTimeAndHttpLoadingOnly() {
    reporter.setActiveLevelBitrate(10_000_000);
    recordHttpAndP2pDownloads();

    assertEquals(8_000, reporter.bandwidthBps(/* queueDownloadRatio= */ 0.5));
  }

  @Test
  void bandwidth_queueMostlyLoaded_isMaxAllDownloadsLoadingOnly() {
    reporter.setActiveLevelBitrate(10_000_000);
    recordHttpAndP2pDownloads();

    assertEquals(8_000_000, reporter.bandwidthBps(/* queueDownloadRatio= */ 0.8));
  }

  @Test
  void bandwidth_realTimeKeepsUpWithBitrate_isMaxAllDownloadsLoadingOnly() {
    reporter.setActiveLevelBitrate(8_000); // B = 8000 ≥ 0.9 × 8000
    recordHttpAndP2pDownloads();

    assertEquals(8_000_000, reporter.bandwidthBps(/* queueDownloadRatio= */ 0.0));
  }

  @Test
  void bandwidth_samplesBeforeLevelSwitch_ignoredForRealTimeRate() {
    reporter.setActiveLevelBitrate(20_000_000);
    recordHttpAndP2pDownloads();
    clock.advanceMs(1_000);
    assertEquals(2_000 * 8_000 / 3_000.0, reporter.bandwidthBps(0.5));

    reporter.setActiveLevelBitrate(30_000_000); // level switch: B has no samples left

    assertEquals(4_000, reporter.bandwidthBps(0.5));
  }

  @Test
  void setActiveLevelBitrate_sameValue_isNoSwitch() {
    reporter.setActiveLevelBitrate(20_000_000);
    recordHttpAndP2pDownloads();
    clock.advanceMs(1_000);

    reporter.setActiveLevelBitrate(20_000_000);

    assertEquals(2_000 * 8_000 / 3_000.0, reporter.bandwidthBps(0.5));
  }
}
