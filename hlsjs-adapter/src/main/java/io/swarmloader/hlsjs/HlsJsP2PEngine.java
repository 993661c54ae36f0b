package io.swarmloader.hlsjs;

import io.swarmloader.browser.ConsoleLogger;
import io.swarmloader.browser.JsTextSemantics;
import io.swarmloader.browser.api.Js;
import io.swarmloader.browser.api.JsConfig;
import io.swarmloader.browser.api.JsEngines;
import io.swarmloader.browser.api.JsEventHub;
import io.swarmloader.core.Core;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.util.Text;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;

/**
 * {@code HlsJsP2PEngine}, the hls.js adapter's public class (player-integration.md §1.2, §3): a
 * drop-in for p2p-media-loader-hlsjs 2.3. A plain Java class exported by TeaVM (a class
 * implementing {@code JSObject} would silently not be exported, teavm-notes.md §3.2); the classes
 * hls.js needs are made in JavaScript by {@link HlsJsClasses}.
 *
 * <p>Configuration errors throw a JS {@code Error} naming the key from the constructor and {@link
 * #applyDynamicConfig}; every other failure is caught at this boundary and logged.
 */
public final class HlsJsP2PEngine {
  private final Logger logger = new ConsoleLogger();
  private final JsEventHub listeners = new JsEventHub();
  private final Core core;
  private final HlsBinding binding;

  /** The application's own pLoader, set by the mixin (§7 #16); undefined in manual mode. */
  private JSObject userPLoader = Js.undefined();

  /**
   * {@code new HlsJsP2PEngine(config?)}: {@code config} is {@code {core?: Partial<CoreConfig>}}.
   */
  @JSExport
  public HlsJsP2PEngine(JSObject config) {
    JsTextSemantics text = new JsTextSemantics();
    core = JsEngines.createCore(config, text, logger, listeners);
    binding = new HlsBinding(core, logger, text, this);
  }

  /**
   * {@code HlsJsP2PEngine.injectMixin(Hls)}: a real {@code class extends Hls} whose instances take
   * {@code p2p: {core?, onHlsJsCreated?}} in their config and expose {@code p2pEngine} (§3.2).
   */
  @JSExport
  public static JSObject injectMixin(JSObject hls) {
    if (!Js.isFunction(hls)) {
      Js.throwError("injectMixin needs the hls.js class");
    }
    return HlsJsClasses.mixin(
        hls,
        (p2p, fLoader, pLoader) -> {
          HlsJsP2PEngine engine = new HlsJsP2PEngine(p2p);
          engine.binding.userFLoader = Js.isFunction(fLoader) ? fLoader : Js.undefined();
          engine.userPLoader = Js.isFunction(pLoader) ? pLoader : Js.undefined();
          return asJs(engine);
        });
  }

  /** {@code {fLoader, pLoader}}: fresh classes bound to this engine (§3.1, §3.3). */
  @JSExport
  public JSObject getConfigForHlsJs() {
    return HlsJsClasses.loaderClasses(asJs(this), binding, userPLoader);
  }

  /** Binds an hls.js instance, or a function returning one; resolved lazily (§3.4). */
  @JSExport
  public void bindHls(JSObject hlsOrGetter) {
    binding.setTarget(hlsOrGetter);
  }

  /** {@code {core?: DynamicCoreConfig}} (§1.4 rule 5); throws naming a bad key. */
  @JSExport
  public void applyDynamicConfig(JSObject dynamicConfig) {
    JsEngines.applyDynamicConfig(core, dynamicConfig, logger);
  }

  /** A deep copy {@code {core: {...}}}; functions and {@code rtcConfig} by reference. */
  @JSExport
  public JSObject getConfig() {
    return JsConfig.toJs(core.getConfig());
  }

  @JSExport
  public void addEventListener(String eventName, JSObject listener) {
    listeners.add(eventName, listener);
  }

  @JSExport
  public void removeEventListener(String eventName, JSObject listener) {
    listeners.remove(eventName, listener);
  }

  /**
   * Stops all P2P and HTTP work and releases the hls.js binding; listeners stay, and the engine
   * binds again when hls.js next creates a playlist loader (§3.11).
   */
  @JSExport
  public void destroy() {
    try {
      binding.release();
      core.destroy();
    } catch (RuntimeException e) {
      logger.warn(Text.cat("destroy failed: ", e.getMessage()));
    }
  }

  /** This Java object as the JS value hls.js and the mixin see (its exported methods work). */
  private static JSObject asJs(HlsJsP2PEngine engine) {
    return (JSObject) (Object) engine;
  }
}
