package io.swarmloader.core.scheduling;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.Clock;
import io.swarmloader.core.platform.Scheduler;
import java.util.function.Supplier;

/**
 * The initial HTTP hold (player-integration.md §5.5 step 2): while the loader is younger than
 * {@code httpDownloadInitialTimeoutMs}, no HTTP at all, random seeding included, giving peers time
 * to connect. Also SwarmLoader's initial peer wait: while the loader is younger than {@code
 * initialPeerWaitMs}, a high-demand segment beyond the HTTP-first window that no peer holds waits
 * (see {@link QueuePass}). One timer re-runs the queue when each of them ends. The lengths are read
 * from the live config on every check, so a dynamic change applies at once.
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
    return clock.nowMs() < holdEndMs();
  }

  boolean isPeerWaitActive() {
    return clock.nowMs() < peerWaitEndMs();
  }

  /**
   * Step 2 of a pass: true while the hold lasts. Arms the one timer for the next end still ahead
   * (hold, then peer wait).
   */
  boolean checkAndArm() {
    double now = clock.nowMs();
    double holdEnd = holdEndMs();
    double peerWaitEnd = peerWaitEndMs();
    double next = holdEnd > now ? holdEnd : peerWaitEnd;
    if (next > now && endTimer == null && !destroyed) {
      endTimer = scheduler.schedule(this, (int) Math.ceil(next - now));
    }
    return holdEnd > now;
  }

  /** The end timer's task (the hold is its own timer task: no extra lambda class). */
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

  private double holdEndMs() {
    return createdMs + config.get().httpDownloadInitialTimeoutMs();
  }

  private double peerWaitEndMs() {
    return createdMs + config.get().initialPeerWaitMs();
  }
}
