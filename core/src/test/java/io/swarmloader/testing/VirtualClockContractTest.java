package io.swarmloader.testing;

import io.swarmloader.core.platform.Clock;
import io.swarmloader.core.platform.Scheduler;
import io.swarmloader.core.platform.SchedulerContractTest;

class VirtualClockContractTest extends SchedulerContractTest {
  @Override
  protected Subject create() {
    VirtualClock clock = new VirtualClock(1_000);
    return new Subject() {
      @Override
      public Clock clock() {
        return clock;
      }

      @Override
      public Scheduler scheduler() {
        return clock;
      }

      @Override
      public void pass(int ms) {
        clock.advanceMs(ms);
      }
    };
  }
}
