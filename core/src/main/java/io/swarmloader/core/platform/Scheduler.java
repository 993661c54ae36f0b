package io.swarmloader.core.platform;

/**
 * Runs tasks later on the single event loop. Tasks never run re-entrantly inside {@link #schedule};
 * a delay of 0 means "after the current turn".
 */
public interface Scheduler {
  Cancellable schedule(Runnable task, int delayMs);
}
