package io.swarmloader.browser.check;

import io.swarmloader.browser.BrowserTimers;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * Entry of the browser self-test page (not shipped): exercises the browser platform in a real
 * browser and resolves with a plain result object that the module's Selenium test asserts on.
 * Sections: {@code text}, {@code bytes} (synchronous), then {@code fetch}, {@code webSocket} and
 * {@code rtc}, one after another. The result object is also published as {@code window.__result}
 * while it fills, so a test that times out still sees how far it got.
 */
public final class RuntimeSelfTest {
  private RuntimeSelfTest() {}

  public static void main(String[] args) {}

  /**
   * Runs every check. Never rejects: an exception is recorded under {@code errors}.
   *
   * @param options where the test servers are ({@link SelfTestOptions})
   */
  @JSExport
  public static JSPromise<JSObject> run(JSObject options) {
    return new JSPromise<>(
        (resolve, reject) -> {
          JsRecord result = new JsRecord();
          result.list("errors");
          publish(result.js());
          BrowserTimers timers = new BrowserTimers();
          double startMs = timers.nowMs();
          SelfTestOptions opts = (SelfTestOptions) options;
          Sequence sequence = new Sequence(error -> result.add("errors", error));
          sequence
              .then(
                  done -> {
                    TextChecks.run(result.child("text"));
                    done.run();
                  })
              .then(
                  done -> {
                    ByteChecks.run(result.child("bytes"));
                    done.run();
                  });
          new FetchChecks(opts, result.child("fetch")).run(sequence);
          new SocketChecks(opts, result.child("webSocket")).run(sequence);
          new RtcChecks(result.child("rtc")).run(sequence);
          sequence.run(
              () -> {
                result.put("totalMs", timers.nowMs() - startMs);
                result.put("done", true);
                resolve.accept(result.js());
              });
        });
  }

  @JSBody(params = "r", script = "window.__result = r;")
  private static native void publish(JSObject r);
}
