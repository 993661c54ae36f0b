package io.swarmloader.hlsjs;

import io.swarmloader.browser.BrowserTimers;
import io.swarmloader.browser.CryptoRandom;
import io.swarmloader.browser.JsTextSemantics;
import io.swarmloader.core.platform.RandomSource;
import io.swarmloader.core.platform.TextSemantics;
import org.teavm.jso.JSExport;

/**
 * Entry point of the swarmloader-hlsjs bundle. The adapter's public classes are exported from here;
 * until the adapter lands it exports the engine version and keeps the platform bindings reachable
 * so that every build compiles them with TeaVM.
 */
public final class HlsJsBundle {
  private HlsJsBundle() {}

  public static void main(String[] args) {}

  /** The engine version. */
  @JSExport
  public static String version() {
    TextSemantics text = new JsTextSemantics();
    RandomSource random = new CryptoRandom();
    BrowserTimers timers = new BrowserTimers();
    return text.trim(" 0.1.0 ") + (random.nextInt(1) + (int) (timers.nowMs() * 0) == 0 ? "" : "?");
  }
}
