package io.swarmloader.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@link Clock} and {@link Scheduler} contract. Subclasses only construct the implementation
 * and say how to let time pass.
 */
public abstract class SchedulerContractTest {
  /** A clock and scheduler under test, with a way to let {@code ms} of time pass. */
  protected interface Subject {
    Clock clock();

    Scheduler scheduler();

    void pass(int ms);
  }

  protected abstract Subject create();

  @Test
  public void schedule_zeroDelay_neverRunsInsideScheduleCall() {
    Subject s = create();
    List<String> order = new ArrayList<>();
    s.scheduler().schedule(() -> order.add("task"), 0);
    order.add("after-schedule");
    s.pass(1);
    assertEquals(List.of("after-schedule", "task"), order);
  }

  @Test
  public void schedule_tasksRunInDueOrderThenSubmissionOrder() {
    Subject s = create();
    List<Integer> order = new ArrayList<>();
    s.scheduler().schedule(() -> order.add(3), 30);
    s.scheduler().schedule(() -> order.add(1), 10);
    s.scheduler().schedule(() -> order.add(2), 10);
    s.pass(50);
    assertEquals(List.of(1, 2, 3), order);
  }

  @Test
  public void cancel_beforeDue_taskNeverRuns_andCancelIsIdempotent() {
    Subject s = create();
    int[] runs = new int[1];
    Cancellable c = s.scheduler().schedule(() -> runs[0]++, 10);
    c.cancel();
    c.cancel();
    s.pass(20);
    assertEquals(0, runs[0]);
  }

  @Test
  public void clock_isMonotonic_andAdvancesByPassedTime() {
    Subject s = create();
    double t0 = s.clock().nowMs();
    s.pass(100);
    double t1 = s.clock().nowMs();
    assertTrue(t1 >= t0 + 100, "clock moved " + (t1 - t0) + " ms for 100 ms passed");
  }

  @Test
  public void clock_insideTask_readsTheTaskDueTime() {
    Subject s = create();
    double start = s.clock().nowMs();
    double[] seen = new double[1];
    s.scheduler().schedule(() -> seen[0] = s.clock().nowMs(), 40);
    s.pass(100);
    assertTrue(seen[0] >= start + 40, "task ran at +" + (seen[0] - start) + " ms, due at +40");
  }
}
