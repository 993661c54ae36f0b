package io.swarmloader.core.platform;

/** Handle returned by anything that schedules or starts work. {@link #cancel()} is idempotent. */
public interface Cancellable {
  /** A handle whose cancel does nothing. */
  Cancellable NONE = () -> {};

  void cancel();
}
