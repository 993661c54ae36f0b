package io.swarmloader.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.testing.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** wire-protocol.md §4 Signalling: complete, 5 s after the first candidate, 10 s in all. */
class IceGatheringWaitTest {
  private VirtualClock clock;
  private List<Double> readyAtMs;
  private IceGatheringWait wait;

  @BeforeEach
  void setUp() {
    clock = new VirtualClock();
    readyAtMs = new ArrayList<>();
    wait = new IceGatheringWait(clock, () -> readyAtMs.add(clock.nowMs()));
  }

  @Test
  void complete_afterStart_readyAtOnceAndNoTimerLeft() {
    wait.start();
    clock.advanceMs(40);
    wait.onCandidate();
    clock.advanceMs(10);
    wait.onComplete();

    assertEquals(List.of(50.0), readyAtMs);
    assertEquals(0, clock.pendingTaskCount());
    assertTrue(wait.isDone());
  }

  @Test
  void complete_beforeStart_readyInsideStart() {
    wait.onCandidate();
    wait.onComplete();
    assertEquals(List.of(), readyAtMs);

    clock.advanceMs(30);
    wait.start();

    assertEquals(List.of(30.0), readyAtMs);
    assertEquals(0, clock.pendingTaskCount());
  }

  @Test
  void candidateButNoCompletion_readyFiveSecondsAfterFirstCandidate() {
    wait.start();
    clock.advanceMs(200);
    wait.onCandidate();
    clock.advanceMs(3_000);
    wait.onCandidate(); // later candidates do not move the deadline
    clock.runUntilIdle(60_000);

    assertEquals(List.of(5_200.0), readyAtMs);
  }

  @Test
  void firstCandidateLongBeforeStart_readyWhenStarted() {
    wait.onCandidate();
    clock.advanceMs(6_000);
    assertEquals(List.of(), readyAtMs);

    wait.start();

    assertEquals(List.of(6_000.0), readyAtMs);
    assertEquals(0, clock.pendingTaskCount());
  }

  @Test
  void noCandidateAtAll_readyAfterTenSeconds() {
    wait.start();
    clock.runUntilIdle(60_000);

    assertEquals(List.of(10_000.0), readyAtMs);
  }

  @Test
  void lateFirstCandidate_totalDeadlineStillWins() {
    wait.start();
    clock.advanceMs(8_000);
    wait.onCandidate();
    clock.runUntilIdle(60_000);

    assertEquals(List.of(10_000.0), readyAtMs);
  }

  @Test
  void eventsAfterReady_ignored() {
    wait.start();
    wait.onComplete();
    wait.onCandidate();
    wait.onComplete();
    wait.start();
    clock.runUntilIdle(60_000);

    assertEquals(List.of(0.0), readyAtMs);
  }

  @Test
  void cancel_neverReadyAndNoTimerLeft() {
    wait.onCandidate();
    wait.start();
    wait.cancel();
    wait.cancel();
    wait.onComplete();
    clock.runUntilIdle(60_000);

    assertEquals(List.of(), readyAtMs);
    assertEquals(0, clock.pendingTaskCount());
  }
}
