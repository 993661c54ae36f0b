package io.swarmloader.e2e;

import io.swarmloader.testing.chromium.HeadlessChromium;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * One viewer: a headless Chromium with one player page. Reads the page's {@code window.__result} by
 * polling ({@link #awaitTrue}) and collects the final snapshot with {@code executeAsyncScript}
 * whose page-side deadline is shorter than the driver's script timeout, so a stuck page yields its
 * partial state instead of hanging (browser-testing.md §4.5).
 */
final class Peer implements AutoCloseable {
  private static final long POLL_MS = 250;

  private final String tag;
  private final HeadlessChromium.Launched browser;
  private final ChromeDriver driver;
  private final List<String> consoleLines = new ArrayList<>();
  private PageResult lastResult;
  private boolean isClosed;
  private String openTiming = "";

  private Peer(String tag, HeadlessChromium.Launched browser) {
    this.tag = tag;
    this.browser = browser;
    this.driver = browser.driver();
  }

  /** Takes a browser from the {@link BrowserPool} (or launches one) and opens {@code url} in it. */
  static Peer open(String tag, String url) {
    long t0 = System.currentTimeMillis();
    Peer p = new Peer(tag, BrowserPool.take(tag));
    long t1 = System.currentTimeMillis();
    try {
      p.driver.get(url);
    } catch (RuntimeException e) {
      p.close();
      throw e;
    }
    p.openTiming =
        "browser " + (t1 - t0) + " ms, page " + (System.currentTimeMillis() - t1) + " ms";
    return p;
  }

  /** How long the launch and the page load took. */
  String openTiming() {
    return openTiming;
  }

  String tag() {
    return tag;
  }

  boolean isClosed() {
    return isClosed;
  }

  /** Evaluates {@code expr} against {@code r = window.__result} (and {@code page = __page}). */
  Object value(String expr) {
    return driver.executeScript(
        "const r = window.__result; const page = window.__page; if (!r) return null;"
            + " return ("
            + expr
            + ");");
  }

  /** Runs a statement in the page, e.g. an action on {@code window.__page.hls}. */
  void run(String statement) {
    driver.executeScript(
        "const page = window.__page; const P = window.E2eProbe; P.log('test action: ' + "
            + "arguments[0]); "
            + statement,
        statement);
  }

  long numberValue(String expr) {
    Object v = value(expr);
    return v instanceof Number n ? n.longValue() : 0;
  }

  double doubleValue(String expr) {
    Object v = value(expr);
    return v instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  /**
   * Polls until {@code expr} is truthy. Fails at once when the page reports {@code load-error} or
   * {@code fatal} (nothing will change), and with the partial state when {@code timeout} passes.
   */
  void awaitTrue(String what, String expr, Duration timeout) {
    long deadline = System.currentTimeMillis() + timeout.toMillis();
    while (true) {
      @SuppressWarnings("unchecked")
      Map<String, Object> s =
          (Map<String, Object>)
              driver.executeScript(
                  "const r = window.__result; const page = window.__page;"
                      + " if (!r) return {code: 'no-probe'};"
                      + " return {code: r.code, reason: r.reason, value: !!("
                      + expr
                      + ")};");
      Object code = s.get("code");
      if (Boolean.TRUE.equals(s.get("value"))) {
        return;
      }
      if ("load-error".equals(code) || "fatal".equals(code)) {
        throw new AssertionError(
            tag + ": page " + code + " while waiting for " + what + ": " + s.get("reason"));
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(
            tag
                + ": timed out after "
                + timeout.toSeconds()
                + " s waiting"
                + " for "
                + what
                + " ("
                + expr
                + "); page code "
                + code
                + "; figures: "
                + snapshot().summary());
      }
      NodeProcess.sleep(POLL_MS);
    }
  }

  /** The snapshot right now, without waiting for pending hashes. */
  PageResult snapshot() {
    @SuppressWarnings("unchecked")
    Map<String, Object> raw =
        (Map<String, Object>) driver.executeScript("return window.__result || null;");
    lastResult = new PageResult(tag, raw);
    return lastResult;
  }

  /** The final snapshot, once the page's pending hashes are done (at most 5 s). */
  PageResult collect() {
    @SuppressWarnings("unchecked")
    Map<String, Object> raw =
        (Map<String, Object>)
            driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " if (!window.E2eProbe) { done({code: 'no-probe'}); return; }"
                    + " window.E2eProbe.collect(5000).then(done, e => done({code: 'collect-error',"
                    + " reason: String(e)}));");
    lastResult = new PageResult(tag, raw);
    return lastResult;
  }

  /** The last snapshot taken, or a fresh one while the browser is open. */
  PageResult lastResult() {
    if (lastResult == null && !isClosed) {
      try {
        snapshot();
      } catch (WebDriverException e) {
        lastResult = new PageResult(tag, Map.of("code", "unreachable", "reason", e.getMessage()));
      }
    }
    return lastResult == null ? new PageResult(tag, Map.of()) : lastResult;
  }

  /** Browser console lines gathered so far (Chromium's own log, including engine logging). */
  List<String> consoleLog() {
    if (!isClosed) {
      try {
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
          consoleLines.add(e.getTimestamp() + " " + e.getLevel() + " " + e.getMessage());
        }
      } catch (WebDriverException e) {
        consoleLines.add("(console log unavailable: " + e.getMessage() + ")");
      }
    }
    return consoleLines;
  }

  /**
   * Closes the page the way a viewer closing the tab does: navigating away unloads it, so Chromium
   * closes its peer connections (remote peers see the data channels close at once, whereas a killed
   * browser is only noticed by ICE timeouts after about 15 s).
   */
  void unloadPage() {
    if (!isClosed) {
      driver.get("about:blank");
    }
  }

  /**
   * Ends this peer: its page is unloaded and the browser goes back to the {@link BrowserPool} for
   * the next scenario (or is quit when it no longer answers).
   */
  @Override
  public void close() {
    if (isClosed) {
      return;
    }
    isClosed = true;
    BrowserPool.give(browser);
  }

  static Duration seconds(long s) {
    return Duration.ofSeconds(s);
  }
}
