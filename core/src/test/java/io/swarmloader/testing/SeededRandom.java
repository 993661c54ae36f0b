package io.swarmloader.testing;

import io.swarmloader.core.platform.RandomSource;
import java.util.SplittableRandom;

/** Seeded {@link RandomSource} for deterministic tests. */
public final class SeededRandom implements RandomSource {
  private final SplittableRandom random;
  private final long seed;

  public SeededRandom(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  public long seed() {
    return seed;
  }

  @Override
  public int nextInt(int boundExclusive) {
    return random.nextInt(boundExclusive);
  }

  @Override
  public double nextDouble() {
    return random.nextDouble();
  }
}
