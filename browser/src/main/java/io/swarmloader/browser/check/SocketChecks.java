package io.swarmloader.browser.check;

import io.swarmloader.browser.BrowserTimers;
import io.swarmloader.browser.BrowserWebSockets;
import io.swarmloader.browser.ConsoleLogger;
import io.swarmloader.core.platform.WebSocketFactory.WebSocketConnection;
import io.swarmloader.core.platform.WebSocketFactory.WebSocketListener;
import java.util.function.Consumer;

/**
 * {@link BrowserWebSockets} against the test's echo server: event order, text round trips
 * (non-ASCII included), binary frames ignored, send before open ignored, server close, local close
 * (idempotent, silent), and refused or invalid URLs. Each scenario reports its event list.
 */
final class SocketChecks {
  /** The longest a scenario may take before it reports what it has. */
  private static final int SCENARIO_DEADLINE_MS = 4_000;

  private static final String UNICODE = "h\u00e9llo \u2713 \ud83d\ude00";

  private final BrowserTimers timers = new BrowserTimers();
  private final BrowserWebSockets sockets = new BrowserWebSockets(timers, new ConsoleLogger());
  private final SelfTestOptions options;
  private final JsRecord out;

  SocketChecks(SelfTestOptions options, JsRecord out) {
    this.options = options;
    this.out = out;
  }

  void run(Sequence sequence) {
    sequence
        .then(done -> echo(out.child("echo"), done))
        .then(done -> localClose(out.child("localClose"), done))
        .then(done -> untilClosed(out.child("refused"), options.getWsRefusedUrl(), done))
        .then(done -> untilClosed(out.child("invalidUrl"), "ftp://127.0.0.1/", done));
  }

  private void echo(JsRecord r, Runnable done) {
    Recorder rec = new Recorder(r, done);
    WebSocketConnection[] socket = new WebSocketConnection[1];
    rec.onOpen = () -> socket[0].send("hello");
    rec.onMessage =
        text -> {
          if (text.equals("hello")) {
            socket[0].send(UNICODE);
          } else if (text.equals(UNICODE)) {
            r.put("unicodeIntact", true);
            socket[0].send("binary-me");
          } else if (text.equals("after-binary")) {
            socket[0].send("close-me");
          }
        };
    socket[0] = sockets.open(options.getWsUrl(), rec);
    socket[0].send("early"); // not open yet: must be ignored
    rec.deadline();
  }

  private void localClose(JsRecord r, Runnable done) {
    Recorder rec = new Recorder(r, done);
    WebSocketConnection[] socket = new WebSocketConnection[1];
    rec.onOpen =
        () -> {
          socket[0].close();
          socket[0].close();
          socket[0].send("after close");
          timers.schedule(rec::finish, 500);
        };
    socket[0] = sockets.open(options.getWsUrl(), rec);
    rec.deadline();
  }

  private void untilClosed(JsRecord r, String url, Runnable done) {
    Recorder rec = new Recorder(r, done);
    rec.onClose = () -> timers.schedule(rec::finish, 300);
    sockets.open(url, rec);
    rec.deadline();
  }

  /** Records events as "open", "message TEXT", "error", "close"; reports once. */
  private final class Recorder implements WebSocketListener {
    final JsRecord r;
    final Runnable done;
    Runnable onOpen = () -> {};
    Consumer<String> onMessage = text -> {};
    Runnable onClose = this::finish;
    boolean isFinished;

    Recorder(JsRecord r, Runnable done) {
      this.r = r;
      this.done = done;
      r.list("events");
    }

    void deadline() {
      timers.schedule(
          () -> {
            if (!isFinished) {
              r.put("timeout", true);
              finish();
            }
          },
          SCENARIO_DEADLINE_MS);
    }

    void finish() {
      if (!isFinished) {
        isFinished = true;
        done.run();
      }
    }

    @Override
    public void onOpen() {
      r.add("events", "open");
      onOpen.run();
    }

    @Override
    public void onMessage(String text) {
      r.add("events", "message " + (text.equals(UNICODE) ? "<unicode>" : text));
      onMessage.accept(text);
    }

    @Override
    public void onError(String message) {
      r.add("events", "error");
      r.put("errorMessage", message);
    }

    @Override
    public void onClose() {
      r.add("events", "close");
      onClose.run();
    }
  }
}
