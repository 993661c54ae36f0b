package io.swarmloader.hlsjs;

import io.swarmloader.browser.JsHandler;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The JavaScript classes the adapter hands to hls.js, created at run time by class expressions
 * (teavm-notes.md §3.3: TeaVM-exported classes cannot be subclassed from JavaScript, and the loader
 * classes must be fresh per call and bound to one engine). They hold no logic: they forward to Java
 * through {@link JSFunctor}s.
 */
final class HlsJsClasses {
  private HlsJsClasses() {}

  /** Creates the engine for a mixin instance: {@code (p2p, userFLoader, userPLoader) => engine}. */
  @JSFunctor
  interface EngineFactory extends JSObject {
    JSObject create(JSObject p2p, JSObject userFLoader, JSObject userPLoader);
  }

  /**
   * {@code class extends Hls} (player-integration.md §3.2): strips {@code p2p} from a copy of the
   * config, creates the engine (with the application's own fLoader/pLoader as fallbacks, §7 #16),
   * calls {@code super} with the loader classes, binds, exposes a read-only {@code p2pEngine}
   * getter and calls {@code p2p.onHlsJsCreated(this)}.
   */
  @JSBody(
      params = {"Hls", "create"},
      script =
          "var engines = new WeakMap();"
              + "return class HlsWithP2P extends Hls {"
              + " constructor(config, ...rest) {"
              + "  var c = Object.assign({}, config || {}); var p2p = c.p2p; delete c.p2p;"
              + "  var engine = create(p2p, c.fLoader, c.pLoader);"
              + "  super(Object.assign(c, engine.getConfigForHlsJs()), ...rest);"
              + "  engines.set(this, engine);"
              + "  engine.bindHls(this);"
              + "  if (p2p && typeof p2p.onHlsJsCreated === 'function') p2p.onHlsJsCreated(this);"
              + " }"
              + " get p2pEngine() { return engines.get(this); }"
              + "};")
  static native JSObject mixin(JSObject hls, EngineFactory create);

  /**
   * {@code {fLoader, pLoader}} bound to {@code engine} (player-integration.md §3.3). The pLoader is
   * a pass-through to the application's pLoader or {@code config.loader} whose constructor runs the
   * lazy binding ({@code binding(BIND)}); the fLoader keeps a plain {@code stats} object (with
   * {@code total: 1, loaded: 1} on purpose) and forwards to its Java delegate {@code d}, made by
   * {@code binding(CREATE_DELEGATE, loader, config)} and called as {@code d(LOAD, c, cfg, cb)},
   * {@code d(ABORT)}, {@code d(DESTROY)}; {@code fLoader.getEngine()} returns the engine.
   */
  @JSBody(
      params = {"engine", "binding", "userPLoader"},
      script =
          "var P = class PlaylistLoader {"
              + " constructor(config) { binding("
              + HlsBinding.BIND
              + ");"
              + "  var L = typeof userPLoader === 'function' ? userPLoader : config.loader;"
              + "  this.l = new L(config); }"
              + " get stats() { return this.l.stats; } set stats(s) { this.l.stats = s; }"
              + " get context() { return this.l.context; }"
              + " load(c, cfg, cb) { this.l.load(c, cfg, cb); }"
              + " abort() { this.l.abort(); }"
              + " destroy() { this.l.destroy(); }"
              + " getCacheAge() { return this.l.getCacheAge ? this.l.getCacheAge() : null; }"
              + " getResponseHeader(n) {"
              + "  return this.l.getResponseHeader ? this.l.getResponseHeader(n) : null; }"
              + "};"
              + "var t = function () { return {start: 0, first: 0, end: 0}; };"
              + "var F = class FragmentLoader {"
              + " constructor(config) { this.context = null; this.config = null;"
              + "  this.stats = {aborted: false, chunkCount: 0, bwEstimate: 0, retry: 0,"
              + "   total: 1, loaded: 1, loading: t(), buffering: t(),"
              + "   parsing: {start: 0, end: 0}};"
              + "  this.d = binding("
              + HlsBinding.CREATE_DELEGATE
              + ", this, config); }"
              + " static getEngine() { return engine; }"
              + " load(c, cfg, cb) {"
              + "  this.context = c; this.config = cfg;"
              + "  this.d("
              + FragmentLoaderDelegate.LOAD
              + ", c, cfg, cb); }"
              + " abort() { this.d("
              + FragmentLoaderDelegate.ABORT
              + "); }"
              + " destroy() { this.d("
              + FragmentLoaderDelegate.DESTROY
              + "); this.config = null; }"
              + "};"
              + "return {fLoader: F, pLoader: P};")
  static native JSObject loaderClasses(JSObject engine, JsHandler binding, JSObject userPLoader);
}
