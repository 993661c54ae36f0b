package io.swarmloader.core.platform;

/** Injectable randomness: crypto.getRandomValues in browsers, a seeded generator in tests. */
public interface RandomSource {
  /** Uniform integer in {@code [0, boundExclusive)}; {@code boundExclusive > 0}. */
  int nextInt(int boundExclusive);

  /** Uniform double in {@code [0, 1)}. */
  double nextDouble();
}
