package io.swarmloader.e2e;

import io.swarmloader.testing.chromium.HeadlessChromium;
import java.util.ArrayDeque;
import java.util.Deque;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.logging.LogType;

/**
 * Headless browsers shared between scenarios: a peer takes an idle browser, or launches one, and
 * gives it back when its scenario ends, blank (so the page unloads and its peer connections close)
 * and with its console log drained, so the next scenario does not pay Chromium's start-up (2 to 5 s
 * a browser on the 2-core machine). Scenarios stay apart: each serves its streams under its own URL
 * namespace, so nothing one browser cached is a segment of the next scenario. At most {@link
 * Swarm#MAX_BROWSERS} wait idle; {@link #quitAll} quits them when the run ends.
 */
final class BrowserPool {
  private static final Deque<HeadlessChromium.Launched> IDLE = new ArrayDeque<>();

  static {
    // A safety net for runs that end without closing the environment (an aborted JVM).
    Runtime.getRuntime().addShutdownHook(new Thread(BrowserPool::quitAll, "browser-pool"));
  }

  private BrowserPool() {}

  /** An idle browser that still answers, or a new one named {@code name}. */
  static HeadlessChromium.Launched take(String name) {
    while (true) {
      HeadlessChromium.Launched idle;
      synchronized (IDLE) {
        idle = IDLE.poll();
      }
      if (idle == null) {
        return Chromium.launch(name);
      }
      try {
        idle.driver().getTitle();
        return idle;
      } catch (WebDriverException e) {
        idle.quit();
      }
    }
  }

  /**
   * Blanks the browser and keeps it for the next scenario; quits it when that fails or too many
   * wait.
   */
  static void give(HeadlessChromium.Launched browser) {
    try {
      browser.driver().get("about:blank");
      browser.driver().manage().logs().get(LogType.BROWSER);
    } catch (WebDriverException e) {
      browser.quit();
      return;
    }
    synchronized (IDLE) {
      if (IDLE.size() < Swarm.MAX_BROWSERS) {
        IDLE.push(browser);
        return;
      }
    }
    browser.quit();
  }

  /** Quits every idle browser (the end of the run). */
  static void quitAll() {
    while (true) {
      HeadlessChromium.Launched idle;
      synchronized (IDLE) {
        idle = IDLE.poll();
      }
      if (idle == null) {
        return;
      }
      idle.quit();
    }
  }
}
