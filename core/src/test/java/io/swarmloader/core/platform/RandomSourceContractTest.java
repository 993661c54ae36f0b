package io.swarmloader.core.platform;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The {@link RandomSource} contract: ranges and rough uniformity. */
public abstract class RandomSourceContractTest {
  protected abstract RandomSource create();

  @Test
  public void nextInt_staysInRange_andHitsEveryValue() {
    RandomSource r = create();
    int[] counts = new int[7];
    for (int i = 0; i < 7_000; i++) {
      int v = r.nextInt(7);
      assertTrue(v >= 0 && v < 7, "out of range: " + v);
      counts[v]++;
    }
    for (int c : counts) {
      assertTrue(c > 800 && c < 1200, "not uniform: " + Arrays.toString(counts));
    }
  }

  @Test
  public void nextDouble_staysInUnitInterval_withMeanNearHalf() {
    RandomSource r = create();
    double sum = 0;
    for (int i = 0; i < 10_000; i++) {
      double d = r.nextDouble();
      assertTrue(d >= 0 && d < 1, "out of range: " + d);
      sum += d;
    }
    double mean = sum / 10_000;
    assertTrue(Math.abs(mean - 0.5) < 0.02, "mean " + mean);
  }

  @Test
  public void nextInt_nonPositiveBound_throws() {
    RandomSource r = create();
    assertThrows(IllegalArgumentException.class, () -> r.nextInt(0));
  }
}
