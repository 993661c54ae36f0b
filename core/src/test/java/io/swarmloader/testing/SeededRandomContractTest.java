package io.swarmloader.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmloader.core.platform.RandomSource;
import io.swarmloader.core.platform.RandomSourceContractTest;
import org.junit.jupiter.api.Test;

class SeededRandomContractTest extends RandomSourceContractTest {
  @Override
  protected RandomSource create() {
    return new SeededRandom(42);
  }

  @Test
  void sameSeed_sameSequence() {
    SeededRandom a = new SeededRandom(7);
    SeededRandom b = new SeededRandom(7);
    for (int i = 0; i < 100; i++) {
      assertEquals(a.nextInt(1000), b.nextInt(1000));
    }
  }
}
