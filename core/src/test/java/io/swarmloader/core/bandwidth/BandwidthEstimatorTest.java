package io.swarmloader.core.bandwidth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmloader.testing.VirtualClock;
import org.junit.jupiter.api.Test;

class BandwidthEstimatorTest {
  private final VirtualClock clock = new VirtualClock(5_000);
  private final BandwidthEstimator estimator = new BandwidthEstimator(clock);

  @Test
  void rate_noSamples_isZero() {
    assertEquals(0, estimator.loadingOnlyRateBps(3_000));
    assertEquals(0, estimator.realTimeRateBps(30_000, Double.NEGATIVE_INFINITY));
  }

  @Test
  void loadingOnlyRate_singleFreshSample_readsVeryHigh() {
    estimator.onDownloadStart();
    estimator.addBytes(1_000);

    // span 0 ms counts as 1 ms: 1000 bytes × 8000 / 1
    assertEquals(8_000_000, estimator.loadingOnlyRateBps(3_000));
  }

  @Test
  void loadingOnlyRate_samplesSpreadOverASecond_bytesTimes8000OverSpan() {
    estimator.onDownloadStart();
    estimator.addBytes(1_000);
    clock.advanceMs(1_000);
    estimator.addBytes(1_000);

    assertEquals(2_000 * 8_000 / 1_000.0, estimator.loadingOnlyRateBps(3_000));
  }

  @Test
  void loadingOnlyRate_idleIntervals_areLeftOutOfTheSpan() {
    estimator.onDownloadStart();
    estimator.addBytes(1_000);
    clock.advanceMs(1_000);
    estimator.addBytes(1_000);
    estimator.onDownloadEnd();
    clock.advanceMs(10_000); // idle: the loading-only clock stands still
    estimator.onDownloadStart();
    estimator.addBytes(1_000);

    assertEquals(1_000, estimator.loadingOnlyNowMs());
    assertEquals(3_000 * 8_000 / 1_000.0, estimator.loadingOnlyRateBps(3_000));
    assertEquals(3_000 * 8_000 / 11_000.0, estimator.realTimeRateBps(30_000, -1e300));
  }

  @Test
  void loadingOnlyRate_window_excludesOlderSamples() {
    estimator.onDownloadStart();
    estimator.addBytes(5_000);
    clock.advanceMs(2_000);
    estimator.addBytes(1_000);
    clock.advanceMs(500);
    estimator.addBytes(1_000);

    // 1 s window holds the samples at loading-only 2000 and 2500; span = now (2500) - 2000
    assertEquals(2_000 * 8_000 / 500.0, estimator.loadingOnlyRateBps(1_000));
  }

  @Test
  void onDownloadStart_samplesOlderThan20sOfLoadingOnlyTime_areDropped() {
    estimator.onDownloadStart();
    estimator.addBytes(1_000);
    clock.advanceMs(15_000);
    estimator.addBytes(1_000);
    clock.advanceMs(10_000);
    estimator.onDownloadEnd();
    clock.advanceMs(60_000); // idle time does not age samples
    assertEquals(2, estimator.sampleCount());

    estimator.onDownloadStart();

    assertEquals(1, estimator.sampleCount());
  }

  @Test
  void realTimeRate_ignoreBefore_skipsEarlierSamples() {
    estimator.onDownloadStart();
    estimator.addBytes(9_000);
    clock.advanceMs(1_000);
    double switchMs = clock.nowMs();
    clock.advanceMs(1_000);
    estimator.addBytes(1_000);
    clock.advanceMs(1_000);

    assertEquals(1_000 * 8_000 / 1_000.0, estimator.realTimeRateBps(30_000, switchMs));
    assertEquals(10_000 * 8_000 / 3_000.0, estimator.realTimeRateBps(30_000, -1e300));
  }

  @Test
  void onDownloadEnd_unpaired_isIgnored() {
    estimator.onDownloadEnd();
    estimator.onDownloadStart();
    estimator.onDownloadEnd();
    estimator.onDownloadEnd();

    assertEquals(0, estimator.activeDownloadCount());
    clock.advanceMs(1_000);
    assertEquals(0, estimator.loadingOnlyNowMs());
  }

  @Test
  void addBytes_manySamples_growsAndKeepsOrder() {
    estimator.onDownloadStart();
    for (int i = 0; i < 1_000; i++) {
      estimator.addBytes(10);
      clock.advanceMs(1);
    }
    assertEquals(1_000, estimator.sampleCount());
    // 1 s window: samples at loading-only 0..999 with now 1000 → 10000 bytes over 1000 ms
    assertEquals(10_000 * 8_000 / 1_000.0, estimator.loadingOnlyRateBps(1_000));
  }
}
