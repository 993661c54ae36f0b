package io.swarmloader.browser;

import io.swarmloader.core.platform.Platform;
import io.swarmloader.core.tracker.TrackerUrlPolicy;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The browser implementation of core's platform seam, assembled. Adapters call {@link
 * #create(JSObject)} once per engine.
 */
public final class BrowserPlatform {
  private BrowserPlatform() {}

  /**
   * A platform for one engine. {@code rtcConfig} is the application's RTCConfiguration, passed to
   * every RTCPeerConnection by reference (it may hold RTCCertificates), or null for the default.
   */
  public static Platform create(JSObject rtcConfig) {
    BrowserTimers timers = new BrowserTimers();
    ConsoleLogger logger = new ConsoleLogger();
    return new Platform(
        timers,
        timers,
        new CryptoRandom(),
        new JsTextSemantics(),
        new FetchHttpClient(logger),
        new BrowserWebSockets(timers, logger),
        new BrowserRtc(rtcConfig, timers, logger),
        logger);
  }

  /** {@code navigator.userAgent}, or null outside a browser. */
  @JSBody(script = "return typeof navigator !== 'undefined' ? String(navigator.userAgent) : null;")
  public static native String userAgent();

  /** The page's tracker URL policy (wire-protocol.md §3.1): https pages, Safari. */
  public static TrackerUrlPolicy trackerUrlPolicy() {
    return new TrackerUrlPolicy(isSecurePage(), isSafari());
  }

  @JSBody(script = "return typeof location !== 'undefined' && location.protocol === 'https:';")
  private static native boolean isSecurePage();

  @JSBody(
      script =
          "if (typeof navigator === 'undefined') return false;"
              + " var ua = navigator.userAgent;"
              + " return /Safari/.test(ua) && !/Chrome|Chromium|Android/.test(ua)"
              + " || /AppleWebKit/.test(ua) && !/Safari/.test(ua);")
  private static native boolean isSafari();
}
