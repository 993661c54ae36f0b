package io.swarmloader.shaka;

import io.swarmloader.browser.ConsoleLogger;
import io.swarmloader.browser.JsTextSemantics;
import io.swarmloader.browser.api.JsConfig;
import io.swarmloader.browser.api.JsEngines;
import io.swarmloader.browser.api.JsEventHub;
import io.swarmloader.core.Core;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.util.Text;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;

/**
 * {@code ShakaP2PEngine}, the Shaka Player adapter's public class (player-integration.md §1.3, §4):
 * a drop-in for p2p-media-loader-shaka 2.x. Shaka is never imported: the namespace comes from the
 * argument or {@code window.shaka}.
 *
 * <p>Usage: {@code ShakaP2PEngine.registerPlugins(shaka); const engine = new ShakaP2PEngine({core:
 * {...}}, shaka); engine.bindShakaPlayer(player); await player.load(url);}
 *
 * <p>Configuration errors throw a JS {@code Error} naming the key from the constructor and {@link
 * #applyDynamicConfig}; every other failure is caught at this boundary and logged.
 */
public final class ShakaP2PEngine {
  /** Namespaces {@link #registerPlugins} registered on (a {@code WeakSet}). */
  private static JSObject registered;

  private final Logger logger = new ConsoleLogger();
  private final JsEventHub listeners = new JsEventHub();
  private final JSObject shaka;
  private final Core core;
  private final ShakaSource source;
  private final ShakaBinding binding;

  /**
   * {@code new ShakaP2PEngine(config?, shaka = window.shaka)}: {@code config} is {@code {core?:
   * Partial<CoreConfig>}}. Throws without a Shaka namespace.
   */
  @JSExport
  public ShakaP2PEngine(JSObject config, JSObject shaka) {
    this.shaka = ShakaPlugins.namespace(shaka);
    JsTextSemantics text = new JsTextSemantics();
    core = JsEngines.createCore(config, text, logger, listeners);
    source = new ShakaSource(core, text);
    binding = new ShakaBinding(core, logger, source);
  }

  /**
   * Registers the manifest parser decorators and the {@code http}/{@code https} scheme plugin
   * (§4.2). Call once, before any player loads content. Throws without a namespace.
   */
  @JSExport
  public static void registerPlugins(JSObject shaka) {
    JSObject s = ShakaPlugins.namespace(shaka);
    if (registered == null) {
      registered = newWeakSet();
    }
    if (!setHas(registered, s)) {
      ShakaPlugins.register(s);
      setAdd(registered, s, true);
    }
  }

  /**
   * Removes the registrations of {@link #registerPlugins} and restores Shaka's own parsers and HTTP
   * plugins (§4.3). Does nothing when this namespace was never registered.
   */
  @JSExport
  public static void unregisterPlugins(JSObject shaka) {
    JSObject s = ShakaPlugins.namespace(shaka);
    if (registered != null && setHas(registered, s)) {
      ShakaPlugins.unregister(s);
      setAdd(registered, s, false);
    }
  }

  /** Binds a {@code shaka.Player}; call before {@code player.load()} (§4.4). */
  @JSExport
  public void bindShakaPlayer(JSObject player) {
    try {
      binding.bind(player, shaka);
    } catch (RuntimeException e) {
      logger.warn(Text.cat("binding to the Shaka player failed: ", e.getMessage()));
    }
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
   * Stops all P2P and HTTP work, removes the request filter, the context and the listeners from the
   * bound player and forgets it (§4.4). Not called by {@code player.destroy()}. Listeners of this
   * engine stay; the engine can be bound again.
   */
  @JSExport
  public void destroy() {
    try {
      binding.release();
      source.reset();
    } catch (RuntimeException e) {
      logger.warn(Text.cat("destroy failed: ", e.getMessage()));
    }
  }

  @JSBody(script = "return new WeakSet();")
  private static native JSObject newWeakSet();

  @JSBody(
      params = {"set", "v"},
      script = "return set.has(v);")
  private static native boolean setHas(JSObject set, JSObject v);

  @JSBody(
      params = {"set", "v", "add"},
      script = "if (add) set.add(v); else set.delete(v);")
  private static native void setAdd(JSObject set, JSObject v, boolean add);
}
