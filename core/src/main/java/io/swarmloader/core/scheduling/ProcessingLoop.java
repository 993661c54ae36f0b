package io.swarmloader.core.scheduling;

import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.Scheduler;

/**
 * Runs queue passes (style.md §2.12). Every trigger (player request, announcement, download end,
 * playback update) calls {@link #requestPass()}; the pass runs in a later event-loop turn through
 * the scheduler with delay 0, so however often it is asked, at most one pass runs per turn. A
 * request made during a pass schedules the next pass instead of recursing.
 *
 * <p>The loop is itself the {@link Runnable} handed to the triggering components: {@link #run()} is
 * {@link #requestPass()} (one object instead of a lambda per component keeps the bundle small).
 */
final class ProcessingLoop implements Runnable {
  private final Scheduler scheduler;
  private final Runnable pass;

  /** The scheduled pass; null when none is scheduled (also while a pass runs). */
  private Cancellable scheduled;

  private int passCount;
  private boolean destroyed;

  ProcessingLoop(Scheduler scheduler, Runnable pass) {
    this.scheduler = scheduler;
    this.pass = pass;
  }

  /** Asks for a pass; idempotent within a turn. Ignored after {@link #destroy()}. */
  void requestPass() {
    if (destroyed || scheduled != null) {
      return;
    }
    scheduled = scheduler.schedule(this::runPass, 0);
  }

  /** Same as {@link #requestPass()}. */
  @Override
  public void run() {
    requestPass();
  }

  /** Passes run so far. */
  int passCount() {
    return passCount;
  }

  boolean isDestroyed() {
    return destroyed;
  }

  void destroy() {
    destroyed = true;
    if (scheduled != null) {
      scheduled.cancel();
      scheduled = null;
    }
  }

  private void runPass() {
    scheduled = null;
    if (destroyed) {
      return;
    }
    passCount++;
    pass.run();
  }
}
