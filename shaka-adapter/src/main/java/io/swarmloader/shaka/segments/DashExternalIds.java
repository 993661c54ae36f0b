package io.swarmloader.shaka.segments;

import java.util.List;
import java.util.Map;

/**
 * DASH external IDs (wire-protocol.md §2.6): {@code trunc(startTime / 0.5)}. Division by 0.5 is
 * exact in binary floating point and Java's {@code (long)} cast truncates toward zero, as
 * JavaScript's {@code Math.trunc} does. A non-finite start time or an ID beyond ±(2^53 − 1) gives
 * {@link ExternalIdPolicy#SKIP}. Stateless.
 */
public final class DashExternalIds implements ExternalIdPolicy {
  public static final DashExternalIds INSTANCE = new DashExternalIds();

  private DashExternalIds() {}

  /** {@code trunc(startTime / 0.5)}, or {@link ExternalIdPolicy#SKIP}. */
  public static long externalIdOf(double startTimeS) {
    if (Double.isNaN(startTimeS) || Double.isInfinite(startTimeS)) {
      return SKIP;
    }
    double id = startTimeS / 0.5;
    if (id > MAX_SAFE_INTEGER || id < -MAX_SAFE_INTEGER) {
      return SKIP;
    }
    return (long) id;
  }

  @Override
  public long[] assign(List<SegmentCandidate> candidates, Map<String, Long> registered) {
    long[] ids = new long[candidates.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = externalIdOf(candidates.get(i).startTime());
    }
    return ids;
  }
}
