package io.swarmloader.core.scheduling;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.Clock;
import io.swarmloader.core.platform.Scheduler;
import java.util.function.Supplier;

/**
 * The initial HTTP hold (player-integration.md §5.5 step 2): while the loader is younger than
 * {@code httpDownloadInitialTimeoutMs}, no HTTP at all, random seeding included, giving peers time
 * to connect. One timer re-runs the queue when the hold ends. The length is read from the live
 * config on every check, so a dynamic change applies at once.
 */
final class HttpHold implements Runnable {
  private final Clock clock;
  private final Scheduler scheduler;
  private final Supplier<StreamConfig> config;
  private final Runnable requestPass;
  private final double createdMs;

  private Cancellable endTimer;
  private boolean destroyed;

  HttpHold(Clock clock, Scheduler scheduler, Supplier<StreamConfig> config, Runnable requestPass) {
    this.clock = clock;
    this.scheduler = scheduler;
    this.config = config;
    this.requestPass = requestPass;
    this.createdMs = clock.nowMs();
  }

  boolean isActive() {
    return clock.nowMs() < endMs();
  }

  /** Step 2 of a pass: true while the hold lasts; arms the one end-of-hold timer. */
  boolean checkAndArm() {
    if (!isActive()) {
      return false;
    }
    if (endTimer == null && !destroyed) {
      int waitMs = (int) Math.ceil(endMs() - clock.nowMs());
      endTimer = scheduler.schedule(this, waitMs);
    }
    return true;
  }

  /** The end-of-hold timer's task (the hold is its own timer task: no extra lambda class). */
  @Override
  public void run() {
    endTimer = null;
    requestPass.run();
  }

  void destroy() {
    destroyed = true;
    if (endTimer != null) {
      endTimer.cancel();
      endTimer = null;
    }
  }

  private double endMs() {
    return createdMs + config.get().httpDownloadInitialTimeoutMs();
  }
}
