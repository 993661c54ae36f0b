package io.swarmloader.core.scheduling;

import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.Clock;
import io.swarmloader.core.platform.Scheduler;

/**
 * Playhead position and rate of one stream type's loader (player-integration.md §5.2).
 *
 * <ul>
 *   <li>Starts at {@code {position: startTime of the first requested segment, rate: 1}}, unless a
 *       playback update arrived earlier.
 *   <li>A rate of 0 is ignored: pausing keeps the last rate (the position still updates).
 *   <li>A change is significant when {@code |Δposition| / average segment duration > 0.5}; the
 *       caller then runs the queue at once. Other updates run the queue at most once per {@link
 *       #REGULAR_UPDATE_INTERVAL_MS}: the first at once, later ones through one trailing timer.
 * </ul>
 */
final class PlaybackTracker implements Runnable {
  /** Minimum time between queue runs caused by ordinary playback updates. */
  static final int REGULAR_UPDATE_INTERVAL_MS = 1_000;

  /** Share of the average segment duration above which a position change is significant. */
  static final double SIGNIFICANT_CHANGE_RATIO = 0.5;

  private final Clock clock;
  private final Scheduler scheduler;
  private final Runnable requestPass;

  private boolean positioned;
  private double positionS;
  private double rate = 1;

  /** Average segment duration in seconds, set once; 0 while unknown. */
  private double averageSegmentDurationS;

  private double lastRegularPassMs = Double.NEGATIVE_INFINITY;
  private Cancellable trailingPass;
  private boolean destroyed;

  PlaybackTracker(Clock clock, Scheduler scheduler, Runnable requestPass) {
    this.clock = clock;
    this.scheduler = scheduler;
    this.requestPass = requestPass;
  }

  /** Sets the average segment duration once; later calls are ignored. */
  void setAverageSegmentDurationOnce(double durationS) {
    if (averageSegmentDurationS <= 0 && durationS > 0) {
      averageSegmentDurationS = durationS;
    }
  }

  boolean hasAverageSegmentDuration() {
    return averageSegmentDurationS > 0;
  }

  /** First player request: start at its segment unless the position is already known. */
  void startAtIfUnpositioned(double segmentStartS) {
    if (!positioned) {
      positioned = true;
      positionS = segmentStartS;
      rate = 1;
    }
  }

  /**
   * A playback update. Returns true when the change is significant; the caller then marks the
   * pending player request "start immediately" and requests a pass itself. Ordinary updates request
   * a pass here, throttled.
   */
  boolean update(double newPositionS, double newRate) {
    if (destroyed) {
      return false;
    }
    boolean significant = positioned && isSignificant(Math.abs(newPositionS - positionS));
    positioned = true;
    positionS = newPositionS;
    if (newRate != 0) {
      rate = newRate;
    }
    if (!significant) {
      requestThrottledPass();
    }
    return significant;
  }

  double positionS() {
    return positionS;
  }

  double rate() {
    return rate;
  }

  void destroy() {
    destroyed = true;
    if (trailingPass != null) {
      trailingPass.cancel();
      trailingPass = null;
    }
  }

  private boolean isSignificant(double deltaS) {
    if (deltaS <= 0) {
      return false;
    }
    // Unknown average: any move is larger than half of it.
    return averageSegmentDurationS <= 0
        || deltaS / averageSegmentDurationS > SIGNIFICANT_CHANGE_RATIO;
  }

  private void requestThrottledPass() {
    if (trailingPass != null) {
      return;
    }
    double sinceLastMs = clock.nowMs() - lastRegularPassMs;
    if (sinceLastMs >= REGULAR_UPDATE_INTERVAL_MS) {
      lastRegularPassMs = clock.nowMs();
      requestPass.run();
      return;
    }
    int waitMs = (int) Math.ceil(REGULAR_UPDATE_INTERVAL_MS - sinceLastMs);
    trailingPass = scheduler.schedule(this, waitMs);
  }

  /** The trailing pass timer's task (the tracker is its own timer task: no extra lambda class). */
  @Override
  public void run() {
    trailingPass = null;
    lastRegularPassMs = clock.nowMs();
    requestPass.run();
  }
}
