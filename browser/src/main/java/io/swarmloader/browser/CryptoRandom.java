package io.swarmloader.browser;

import io.swarmloader.core.platform.RandomSource;
import io.swarmloader.core.util.Text;
import org.teavm.jso.JSBody;

/** {@link RandomSource} backed by {@code crypto.getRandomValues}, with rejection sampling. */
public final class CryptoRandom implements RandomSource {
  @Override
  public int nextInt(int boundExclusive) {
    if (boundExclusive <= 0) {
      throw new IllegalArgumentException(Text.cat("bound must be positive, was ", boundExclusive));
    }
    // Rejection sampling over 31 random bits keeps every value equally likely.
    int limit = Integer.MAX_VALUE - (Integer.MAX_VALUE % boundExclusive);
    int r;
    do {
      r = random31();
    } while (r >= limit);
    return r % boundExclusive;
  }

  @Override
  public double nextDouble() {
    return random53();
  }

  @JSBody(
      script = "var a = new Uint32Array(1); crypto.getRandomValues(a); return a[0] & 0x7fffffff;")
  private static native int random31();

  @JSBody(
      script =
          "var a = new Uint32Array(2); crypto.getRandomValues(a);"
              + " return ((a[0] >>> 5) * 67108864 + (a[1] >>> 6)) / 9007199254740992;")
  private static native double random53();
}
