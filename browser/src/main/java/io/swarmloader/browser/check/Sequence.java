package io.swarmloader.browser.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs asynchronous steps one after another: each step calls its {@code done} once. A step that
 * throws is reported to the error sink and the sequence goes on with the next step.
 */
final class Sequence {
  /** One asynchronous step. */
  interface Step {
    void run(Runnable done);
  }

  private final List<Step> steps = new ArrayList<>();
  private final Consumer<String> errors;

  Sequence(Consumer<String> errors) {
    this.errors = errors;
  }

  Sequence then(Step step) {
    steps.add(step);
    return this;
  }

  void run(Runnable finished) {
    next(0, finished);
  }

  private void next(int index, Runnable finished) {
    if (index == steps.size()) {
      finished.run();
      return;
    }
    boolean[] called = new boolean[1];
    Runnable done =
        () -> {
          if (!called[0]) {
            called[0] = true;
            next(index + 1, finished);
          }
        };
    try {
      steps.get(index).run(done);
    } catch (RuntimeException e) {
      errors.accept("step " + index + " threw " + e);
      done.run();
    }
  }
}
