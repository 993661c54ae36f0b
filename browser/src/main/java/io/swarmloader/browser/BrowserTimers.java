package io.swarmloader.browser;

import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.Clock;
import io.swarmloader.core.platform.Scheduler;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Clock ({@code performance.now()}) and timers ({@code setTimeout}). Own {@code @JSBody} bindings:
 * {@code Window.setTimeout} compiles to a call on null at FULL optimisation (teavm-notes.md §4.3).
 */
public final class BrowserTimers implements Clock, Scheduler {
  @Override
  public double nowMs() {
    return performanceNow();
  }

  @Override
  public Cancellable schedule(Runnable task, int delayMs) {
    Timer timer = new Timer(task);
    timer.id = setTimeout(timer, Math.max(0, delayMs));
    return timer;
  }

  /** One timer: its {@code setTimeout} callback and its handle. Runs or is cancelled, once. */
  private static final class Timer implements TimerHandler, Cancellable {
    private final Runnable task;
    private JSObject id;
    private boolean isDone;

    Timer(Runnable task) {
      this.task = task;
    }

    @Override
    public void onTimer() {
      if (!isDone) {
        isDone = true;
        task.run();
      }
    }

    @Override
    public void cancel() {
      if (!isDone) {
        isDone = true;
        clearTimeout(id);
      }
    }
  }

  /** A timer callback. */
  @JSFunctor
  interface TimerHandler extends JSObject {
    void onTimer();
  }

  @JSBody(script = "return performance.now();")
  private static native double performanceNow();

  @JSBody(
      params = {"handler", "delay"},
      script = "return setTimeout(handler, delay);")
  private static native JSObject setTimeout(TimerHandler handler, double delay);

  @JSBody(params = "id", script = "clearTimeout(id);")
  private static native void clearTimeout(JSObject id);
}
