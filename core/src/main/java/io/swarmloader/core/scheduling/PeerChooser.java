package io.swarmloader.core.scheduling;

import io.swarmloader.core.p2p.RemotePeer;
import io.swarmloader.core.platform.RandomSource;
import java.util.List;

/**
 * Chooses the peer to download a segment from (player-integration.md §5.7), among candidates that
 * announced it in {@code l} and have no download from us in progress:
 *
 * <ol>
 *   <li>one candidate: take it;
 *   <li>every measured speed 0: pick uniformly at random;
 *   <li>otherwise {@code base = max(1, 0.1 × max speed)}; peers at or below {@code base} are
 *       unproven; if {@code #unproven × base > sum of the proven speeds}, lower {@code base} to
 *       that sum divided by {@code #unproven}; pick at random with weight {@code max(speed, base)}.
 * </ol>
 *
 * This favours fast peers but keeps trying new ones.
 */
final class PeerChooser {
  /** Share of the fastest speed below which a peer counts as unproven. */
  static final double UNPROVEN_SHARE_OF_MAX = 0.1;

  private final RandomSource random;

  PeerChooser(RandomSource random) {
    this.random = random;
  }

  /** {@code candidates} is not empty. */
  RemotePeer choose(List<RemotePeer> candidates) {
    int count = candidates.size();
    if (count == 1) {
      return candidates.get(0);
    }
    double[] speeds = new double[count];
    double maxSpeed = 0;
    for (int i = 0; i < count; i++) {
      speeds[i] = Math.max(0, candidates.get(i).downloadSpeedBps());
      maxSpeed = Math.max(maxSpeed, speeds[i]);
    }
    if (maxSpeed == 0) {
      return candidates.get(random.nextInt(count));
    }
    double base = weightBase(speeds, maxSpeed);
    double totalWeight = 0;
    for (double speed : speeds) {
      totalWeight += Math.max(speed, base);
    }
    double pick = random.nextDouble() * totalWeight;
    for (int i = 0; i < count; i++) {
      pick -= Math.max(speeds[i], base);
      if (pick < 0) {
        return candidates.get(i);
      }
    }
    return candidates.get(count - 1);
  }

  static double weightBase(double[] speeds, double maxSpeed) {
    double base = Math.max(1, UNPROVEN_SHARE_OF_MAX * maxSpeed);
    int unproven = 0;
    double provenSum = 0;
    for (double speed : speeds) {
      if (speed <= base) {
        unproven++;
      } else {
        provenSum += speed;
      }
    }
    if (unproven > 0 && unproven * base > provenSum) {
      base = provenSum / unproven;
    }
    return base;
  }
}
