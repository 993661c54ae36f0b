package io.swarmloader.core.platform;

/** Monotonic time source, like {@code performance.now()}. The only way core reads time. */
public interface Clock {
  /** Milliseconds since an arbitrary origin; never decreases. */
  double nowMs();
}
