package io.swarmloader.core.events;

/** A registration handle (style.md §2.13). {@link #remove()} is idempotent. */
public interface Subscription {
  void remove();
}
