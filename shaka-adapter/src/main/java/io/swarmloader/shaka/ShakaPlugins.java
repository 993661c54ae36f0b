package io.swarmloader.shaka;

import io.swarmloader.browser.api.Js;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The page-wide Shaka registrations of player-integration.md §4.2 and §4.3, written as small
 * JavaScript glue (teavm-notes.md §3.3): the {@code http}/{@code https} scheme plugin and the
 * manifest parser decorators. Neither holds engine state: a request or a parser reaches an engine
 * only through the context object a bound player puts on its networking engine ({@code
 * networkingEngine.p2pml}) and on each request ({@code request.p2pml}); see {@link ShakaBinding}.
 *
 * <p>The context object has these functions, called by the glue:
 *
 * <ul>
 *   <li>{@code handle(uri, request, requestType, isSegment)}: an {@code AbortableOperation} when
 *       the engine serves the request, otherwise null (the request then goes to Shaka's own HTTP
 *       plugin, §4.2);
 *   <li>{@code manifest(uri, responseUri, data)}: every {@code MANIFEST} response served by Shaka's
 *       own plugin (§4.8);
 *   <li>{@code starting(isHls)} and {@code parsed(manifest, isHls)}: around the wrapped parser's
 *       {@code start} (§4.5).
 * </ul>
 *
 * Exceptions thrown by those functions are logged and never reach Shaka.
 */
final class ShakaPlugins {
  private ShakaPlugins() {}

  /** The Shaka namespace from the argument or {@code globalThis.shaka}; throws without one. */
  static JSObject namespace(JSObject shaka) {
    JSObject s = Js.isNullish(shaka) ? global() : shaka;
    if (Js.isNullish(s) || Js.isNullish(Js.get(Js.get(s, "net"), "NetworkingEngine"))) {
      Js.throwError("ShakaP2PEngine needs the Shaka Player namespace (argument or window.shaka)");
    }
    return s;
  }

  @JSBody(script = "return typeof globalThis === 'undefined' ? undefined : globalThis.shaka;")
  private static native JSObject global();

  /**
   * Registers the scheme plugin for {@code http} and {@code https} at application priority and the
   * decorators for the DASH and HLS MIME types (§4.2). Idempotent per namespace.
   */
  @JSBody(
      params = "S",
      script =
          "var NE = S.net.NetworkingEngine, MP = S.media && S.media.ManifestParser;"
              + " var RT = NE.RequestType || {};"
              + " var SEGMENT = RT.SEGMENT === undefined ? 1 : RT.SEGMENT;"
              + " var MANIFEST = RT.MANIFEST === undefined ? 0 : RT.MANIFEST;"
              + " var own = function () { var F = S.net.HttpFetchPlugin, X = S.net.HttpXHRPlugin;"
              + "  return F && F.isSupported && F.isSupported() ? F.parse : X.parse; };"
              + " var log = function (what, err) { console.error('[swarmloader] ' + what, err); };"
              + " var plugin = function (uri, request, type) {"
              + "  var args = arguments, ctx = request ? request.p2pml : undefined;"
              + "  if (ctx && typeof ctx.handle === 'function') {"
              + "   var op = null;"
              + "   try { op = ctx.handle(uri, request, type, type === SEGMENT); }"
              + "   catch (err) { log('segment request handling failed', err); }"
              + "   if (op) return op; }"
              + "  var res = own().apply(null, args);"
              + "  if (ctx && type === MANIFEST && typeof ctx.manifest === 'function'"
              + "    && res && res.promise) {"
              + "   res.promise.then(function (r) {"
              + "    try { ctx.manifest(uri, r ? r.uri : undefined, r ? r.data : undefined); }"
              + "    catch (err) { log('manifest response handling failed', err); } },"
              + "    function () {}); }"
              + "  return res; };"
              + " var prio = NE.PluginPriority && NE.PluginPriority.APPLICATION || 3;"
              + " NE.registerScheme('http', plugin, prio, true);"
              + " NE.registerScheme('https', plugin, prio, true);"
              + " var decorate = function (parser) {"
              + "  var isHls = !!(S.hls && S.hls.HlsParser && parser instanceof S.hls.HlsParser);"
              + "  var start = function (uri, pi) {"
              + "   var ne = pi ? pi.networkingEngine : undefined, ctx = ne ? ne.p2pml : undefined;"
              + "   if (!ctx || typeof ctx.parsed !== 'function') return parser.start(uri, pi);"
              + "   try { ctx.starting(isHls); } catch (err) { log('parser start failed', err); }"
              + "   return parser.start(uri, pi).then(function (m) {"
              + "    try { ctx.parsed(m, isHls); }"
              + "    catch (err) { log('manifest handling failed', err); }"
              + "    return m; }); };"
              + "  var bound = new Map();"
              + "  return new Proxy(parser, {"
              + "   get: function (t, k) { if (k === 'start') return start; var v = t[k];"
              + "    if (typeof v !== 'function') return v; var b = bound.get(k);"
              + "    if (!b || b.f !== v) { b = {f: v, g: v.bind(t)}; bound.set(k, b); }"
              + "    return b.g; },"
              + "   set: function (t, k, v) { t[k] = v; return true; } }); };"
              + " if (MP) [['application/dash+xml', S.dash && S.dash.DashParser],"
              + "  ['application/x-mpegurl', S.hls && S.hls.HlsParser],"
              + "  ['application/vnd.apple.mpegurl', S.hls && S.hls.HlsParser]]"
              + " .forEach(function (e) {"
              + "  var P = e[1]; if (typeof P === 'function')"
              + "   MP.registerParserByMime(e[0], function () { return decorate(new P()); }); });")
  static native void register(JSObject shaka);

  /**
   * Restores Shaka's own registrations (§4.3): the DASH and HLS parser factories for the MIME types
   * {@link #register} registered, and {@code HttpFetchPlugin.parse} (preferred priority) or else
   * {@code HttpXHRPlugin.parse} (fallback priority) for {@code http} and {@code https}, both with
   * progress support.
   */
  @JSBody(
      params = "S",
      script =
          "var NE = S.net.NetworkingEngine, MP = S.media && S.media.ManifestParser;"
              + " var F = S.net.HttpFetchPlugin, X = S.net.HttpXHRPlugin;"
              + " var PP = NE.PluginPriority || {};"
              + " var fetchOk = !!(F && F.isSupported && F.isSupported());"
              + " var parse = fetchOk ? F.parse : X && X.parse;"
              + " var prio = fetchOk ? PP.PREFERRED || 2 : PP.FALLBACK || 1;"
              + " if (typeof parse === 'function') {"
              + "  NE.registerScheme('http', parse, prio, true);"
              + "  NE.registerScheme('https', parse, prio, true); }"
              + " if (MP) [['application/dash+xml', S.dash && S.dash.DashParser],"
              + "  ['application/x-mpegurl', S.hls && S.hls.HlsParser],"
              + "  ['application/vnd.apple.mpegurl', S.hls && S.hls.HlsParser]]"
              + " .forEach(function (e) {"
              + "  var P = e[1]; if (typeof P === 'function')"
              + "   MP.registerParserByMime(e[0], function () { return new P(); }); });")
  static native void unregister(JSObject shaka);
}
