package io.swarmloader.core.p2p;

import java.util.ArrayDeque;

/** Counts events in a sliding time window; reports when {@code maxStrikes} fall within it. */
final class StrikeWindow {
  private final int maxStrikes;
  private final int windowMs;
  private final ArrayDeque<Double> strikeTimesMs = new ArrayDeque<>();

  StrikeWindow(int maxStrikes, int windowMs) {
    this.maxStrikes = maxStrikes;
    this.windowMs = windowMs;
  }

  /** Records a strike at {@code nowMs}; true when the window now holds {@code maxStrikes}. */
  boolean record(double nowMs) {
    while (!strikeTimesMs.isEmpty() && strikeTimesMs.peekFirst() <= nowMs - windowMs) {
      strikeTimesMs.pollFirst();
    }
    strikeTimesMs.addLast(nowMs);
    return strikeTimesMs.size() >= maxStrikes;
  }
}
