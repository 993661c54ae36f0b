package io.swarmloader.browser.api;

import io.swarmloader.browser.BrowserPlatform;
import io.swarmloader.browser.JsHandler;
import io.swarmloader.browser.JsTextSemantics;
import io.swarmloader.core.Core;
import io.swarmloader.core.EngineSetup;
import io.swarmloader.core.config.ConfigException;
import io.swarmloader.core.config.ConfigParser;
import io.swarmloader.core.config.EngineConfig;
import io.swarmloader.core.platform.Logger;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * What every adapter engine does the same way at its JS boundary (player-integration.md §1.2–§1.4):
 * create the {@link Core} from the constructor's {@code {core: {...}}} with the browser platform,
 * apply dynamic config, and follow a media element's playback. Configuration errors become a JS
 * {@code Error} naming the key; warnings go to the logger.
 */
public final class JsEngines {
  private JsEngines() {}

  /**
   * A {@link Core} for {@code config} on the browser platform, its events delivered to {@code
   * listeners}. Throws a JS {@code Error} naming the key when the config is invalid.
   */
  public static Core createCore(
      JSObject config, JsTextSemantics text, Logger logger, JsEventHub listeners) {
    EngineConfig parsed = null;
    String error = null;
    List<String> warnings = new ArrayList<>();
    try {
      parsed = new ConfigParser(text).parse(JsConfig.readRoot(config, logger), warnings);
    } catch (ConfigException e) {
      error = e.getMessage();
    }
    warnThenThrow(logger, warnings, error);
    Core core =
        new Core(
            new EngineSetup(
                BrowserPlatform.create(JsRef.unwrap(parsed.main().rtcConfig())),
                BrowserPlatform.userAgent(),
                BrowserPlatform.trackerUrlPolicy()),
            parsed);
    core.addEventListener(new JsCoreEvents(listeners));
    return core;
  }

  /** {@code applyDynamicConfig({core?: DynamicCoreConfig})}; throws naming a bad key (§1.4). */
  public static void applyDynamicConfig(Core core, JSObject dynamicConfig, Logger logger) {
    String error = null;
    List<String> warnings = null;
    try {
      warnings = core.applyDynamicConfig(JsConfig.readRoot(dynamicConfig, logger));
    } catch (ConfigException e) {
      error = e.getMessage();
    }
    warnThenThrow(logger, warnings, error);
  }

  /**
   * Logs the parser's warnings, then throws {@code error} as a JS {@code Error} if there is one.
   */
  private static void warnThenThrow(Logger logger, List<String> warnings, String error) {
    if (error != null) {
      Js.throwError(error);
    }
    for (int i = 0; i < warnings.size(); i++) {
      logger.warn(warnings.get(i));
    }
  }

  /**
   * Calls {@link JsHandler#handle cb.handle(op, currentTime, playbackRate)} on the media element's
   * {@code timeupdate}, {@code seeking} and {@code ratechange}; returns the function that removes
   * the listeners. Exceptions are logged.
   */
  @JSBody(
      params = {"m", "cb", "op"},
      script =
          "var es = ['timeupdate', 'seeking', 'ratechange'];"
              + " var handler = function () { try { cb.handle(op, m.currentTime, m.playbackRate); }"
              + "  catch (err) { console.error('[swarmloader] playback update failed', err); } };"
              + " es.forEach(function (name) { m.addEventListener(name, handler); });"
              + " return function () {"
              + "  es.forEach(function (name) { m.removeEventListener(name, handler); }); };")
  public static native JSObject subscribePlayback(JSObject media, JSObject cb, int op);
}
