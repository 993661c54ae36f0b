package io.swarmloader.browser;

import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.Scheduler;

/**
 * When a non-trickle local description is ready to send (wire-protocol.md §4, Signalling): after
 * {@code setLocalDescription}, wait until ICE gathering is complete, or {@value
 * #AFTER_FIRST_CANDIDATE_MS} ms after the first candidate, and never longer than {@value #TOTAL_MS}
 * ms in all.
 *
 * <p>Events may arrive before {@link #start()} (a candidate, even completion); they count from when
 * they happened, but the wait ends only once started. {@code onReady} runs at most once, on the
 * turn of the event or timer that ends the wait, never inside {@link #start()} unless gathering has
 * already finished. Plain Java, single-threaded; tested on the JVM with a virtual clock.
 */
final class IceGatheringWait implements Runnable {
  /** How long to wait for more candidates after the first one. */
  static final int AFTER_FIRST_CANDIDATE_MS = 5_000;

  /** The longest wait in all, counted from {@link #start()}. [S] */
  static final int TOTAL_MS = 10_000;

  private final Scheduler scheduler;
  private final Runnable onReady;

  private boolean isStarted;
  private boolean isComplete;

  /**
   * A timer has run out: the candidate window, or the total wait (which only runs once started).
   */
  private boolean isTimeUp;

  private boolean isDone;
  private Cancellable candidateTimer;
  private Cancellable totalTimer = Cancellable.NONE;

  IceGatheringWait(Scheduler scheduler, Runnable onReady) {
    this.scheduler = scheduler;
    this.onReady = onReady;
  }

  /** {@code setLocalDescription} has resolved: the wait may end from now on. */
  void start() {
    if (isStarted || isDone) {
      return;
    }
    isStarted = true;
    totalTimer = scheduler.schedule(this, TOTAL_MS);
    finishIfReady();
  }

  /** A local candidate was gathered. */
  void onCandidate() {
    if (isDone || candidateTimer != null) {
      return;
    }
    candidateTimer = scheduler.schedule(this, AFTER_FIRST_CANDIDATE_MS);
  }

  /**
   * Either timer ran out (one method for both keeps the bundle small). The candidate window may end
   * before {@link #start()}, and then counts once started; the total wait ends at once.
   */
  @Override
  public void run() {
    isTimeUp = true;
    finishIfReady();
  }

  /** Gathering finished: {@code iceGatheringState} is "complete", or the null candidate came. */
  void onComplete() {
    isComplete = true;
    finishIfReady();
  }

  /** Stops waiting without calling {@code onReady}; idempotent. */
  void cancel() {
    isDone = true;
    cancelTimers();
  }

  boolean isDone() {
    return isDone;
  }

  private void finishIfReady() {
    if (isStarted && (isComplete || isTimeUp)) {
      finish();
    }
  }

  private void finish() {
    if (isDone) {
      return;
    }
    isDone = true;
    cancelTimers();
    onReady.run();
  }

  private void cancelTimers() {
    totalTimer.cancel();
    if (candidateTimer != null) {
      candidateTimer.cancel();
    }
  }
}
