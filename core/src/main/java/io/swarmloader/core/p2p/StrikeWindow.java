package io.swarmloader.core.p2p;

import java.util.ArrayList;

/** Counts events in a sliding time window; reports when {@code maxStrikes} fall within it. */
final class StrikeWindow {
  private final int maxStrikes;
  private final int windowMs;
  // Oldest first (a plain list keeps ArrayDeque out of the bundle; it holds few entries).
  private final ArrayList<Double> strikeTimesMs = new ArrayList<>();

  StrikeWindow(int maxStrikes, int windowMs) {
    this.maxStrikes = maxStrikes;
    this.windowMs = windowMs;
  }

  /** Records a strike at {@code nowMs}; true when the window now holds {@code maxStrikes}. */
  boolean record(double nowMs) {
    while (!strikeTimesMs.isEmpty() && strikeTimesMs.get(0) <= nowMs - windowMs) {
      strikeTimesMs.remove(0);
    }
    strikeTimesMs.add(nowMs);
    return strikeTimesMs.size() >= maxStrikes;
  }
}
