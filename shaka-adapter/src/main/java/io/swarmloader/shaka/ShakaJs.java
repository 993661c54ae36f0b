package io.swarmloader.shaka;

import io.swarmloader.browser.JsHandler;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The JavaScript the Shaka adapter needs beyond {@code io.swarmloader.browser.api.Js}: Shaka
 * objects read through their exported names (player-integration.md §4.4–§4.8), the context object
 * of {@link ShakaPlugins}, and the callbacks Java hands to Shaka. No logic lives here.
 */
final class ShakaJs {
  private ShakaJs() {}

  // --- context, request filter, player events ---------------------------------------------

  /**
   * The context object {@code {player, shaka, handle, manifest, starting, parsed}} whose functions
   * call {@code f} with the {@link ShakaBinding} op: {@code handle(uri, request, type, isSegment)}
   * answers null for a non-segment request without asking Java. Inner parameter names have three
   * letters or more: TeaVM gives the JSBody parameters short names without looking at inner scopes.
   */
  @JSBody(
      params = {"player", "shaka", "f"},
      script =
          "return {player: player, shaka: shaka,"
              + " handle: function (uri, req, type, seg) {"
              + "  return seg ? f("
              + ShakaBinding.SEGMENT_REQUEST
              + ", uri, req, type) : null; },"
              + " manifest: function (uri, resp, data) {"
              + "  f("
              + ShakaBinding.MANIFEST
              + ", uri, resp, data); },"
              + " starting: function (hls) { f("
              + ShakaBinding.PARSER_STARTING
              + ", hls); },"
              + " parsed: function (man, hls) { f("
              + ShakaBinding.PARSED
              + ", man, hls); }};")
  static native JSObject context(JSObject player, JSObject shaka, JsHandler f);

  /**
   * Puts {@code ctx} on the player's networking engine and on every request through a request
   * filter; returns the function that undoes both, or null without a networking engine.
   */
  @JSBody(
      params = {"player", "ctx"},
      script =
          "var ne = typeof player.getNetworkingEngine === 'function'"
              + " ? player.getNetworkingEngine() : null;"
              + " if (!ne) return null;"
              + " var filter = function (type, request) { request.p2pml = ctx; };"
              + " ne.p2pml = ctx; ne.registerRequestFilter(filter);"
              + " return function () {"
              + "  if (typeof ne.unregisterRequestFilter === 'function')"
              + "   ne.unregisterRequestFilter(filter);"
              + "  if (ne.p2pml === ctx) delete ne.p2pml; };")
  static native JSObject attachContext(JSObject player, JSObject ctx);

  @JSBody(
      params = {"target", "cb"},
      script =
          "var names = "
              + ShakaBinding.EVENTS
              + "; var hs = names.map(function (name, idx) {"
              + " var handler = function () {"
              + "  try { cb("
              + ShakaBinding.FIRST_EVENT
              + " + idx, name); }"
              + "  catch (err) {"
              + "   console.error('[swarmloader] ' + name + ' handler threw', err); } };"
              + " target.addEventListener(name, handler); return handler; });"
              + " return function () { names.forEach(function (name, idx) {"
              + "  target.removeEventListener(name, hs[idx]); }); };")
  static native JSObject subscribe(JSObject target, JsHandler cb);

  @JSBody(params = "f", script = "f();")
  static native void run(JSObject f);

  @JSBody(
      params = {"a", "b"},
      script = "return a === b;")
  static native boolean same(JSObject a, JSObject b);

  @JSBody(
      params = "p",
      script = "return typeof p.getMediaElement === 'function' ? p.getMediaElement() : undefined;")
  static native JSObject mediaElement(JSObject player);

  @JSBody(
      params = "p",
      script =
          "try { return typeof p.isLive === 'function' && p.isLive() === true; }"
              + " catch (err) { return false; }")
  static native boolean playerIsLive(JSObject player);

  /** The bandwidth of the active variant track, NaN when none is active. */
  @JSBody(
      params = "p",
      script =
          "var ts = typeof p.getVariantTracks === 'function' ? p.getVariantTracks() : [];"
              + " for (var i = 0; i < ts.length; i++)"
              + "  if (ts[i] && ts[i].active && typeof ts[i].bandwidth === 'number')"
              + "   return ts[i].bandwidth;"
              + " return NaN;")
  static native double activeBandwidth(JSObject player);

  // --- configuration (§4.4 item 2) -----------------------------------------------------------

  /** The value at a dotted path of {@code player.getConfiguration()}, or undefined. */
  @JSBody(
      params = {"p", "path"},
      script =
          "var v = typeof p.getConfiguration === 'function' ? p.getConfiguration() : undefined;"
              + " var rest = path;"
              + " while (v != null && rest.length > 0) { var dot = rest.indexOf('.');"
              + "  var k = dot < 0 ? rest : rest.substring(0, dot);"
              + "  rest = dot < 0 ? '' : rest.substring(dot + 1); v = v[k]; }"
              + " return v;")
  static native JSObject configValue(JSObject player, String path);

  @JSBody(
      params = {"p", "path", "v"},
      script = "if (typeof p.configure === 'function') p.configure(path, v);")
  static native void configure(JSObject player, String path, JSObject value);

  @JSBody(
      params = "S",
      script =
          "var v = S && S.Player ? S.Player.version : undefined;"
              + " return typeof v === 'string' ? v : null;")
  static native String shakaVersion(JSObject shaka);

  // --- manifest --------------------------------------------------------------------------------

  /** The response as text when it is an HLS playlist ({@code #EXTM3U}), otherwise null. */
  @JSBody(
      params = "d",
      script =
          "if (d == null || typeof TextDecoder === 'undefined') return null;"
              + " var u = d instanceof ArrayBuffer ? new Uint8Array(d)"
              + "  : ArrayBuffer.isView(d) ? new Uint8Array(d.buffer, d.byteOffset, d.byteLength)"
              + "  : null;"
              + " if (!u) return null;"
              + " var t = new TextDecoder().decode(u.subarray(0, 16));"
              + " if (t.charCodeAt(0) === 0xfeff) t = t.substring(1);"
              + " if (t.indexOf('#EXTM3U') !== 0) return null;"
              + " return new TextDecoder().decode(u);")
  static native String playlistText(JSObject data);

  @JSBody(
      params = "m",
      script =
          "var t = m ? m.presentationTimeline : undefined;"
              + " try { return !!t && typeof t.isLive === 'function' && t.isLive() === true; }"
              + " catch (err) { return false; }")
  static native boolean manifestIsLive(JSObject manifest);

  /**
   * Calls {@code cb} whenever the stream's {@code createSegmentIndex()} has resolved (Shaka creates
   * segment indexes lazily, §4.7). Wraps the function once.
   */
  @JSBody(
      params = {"s", "cb", "id", "gen"},
      script =
          "var orig = s.createSegmentIndex;"
              + " if (typeof orig !== 'function' || orig.swarmloader) return;"
              + " var wrapped = function () { var res = orig.apply(this, arguments);"
              + "  Promise.resolve(res).then(function () { try { cb(0, id, gen); } catch (err) {"
              + "   console.error('[swarmloader] segment index read failed', err); } },"
              + "   function () {});"
              + "  return res; };"
              + " wrapped.swarmloader = true; s.createSegmentIndex = wrapped;")
  static native void onSegmentIndex(JSObject stream, JsHandler cb, String id, int gen);

  /**
   * Whether the index answers by position: {@code get} and a positive {@code getNumReferences()}.
   * Not so for Shaka's {@code MetaSegmentIndex} (every stream of a dynamic DASH manifest, through
   * the period combiner): it keeps no references of its own, so its {@code getNumReferences()} is 0
   * whatever its inner indexes hold (§4.7).
   */
  @JSBody(
      params = "ix",
      script =
          "return ix != null && typeof ix.get === 'function'"
              + " && typeof ix.getNumReferences === 'function' && ix.getNumReferences() > 0;")
  static native boolean isPositional(JSObject segmentIndex);

  /**
   * The references of a segment index, in order: for a {@link #isPositional positional} index,
   * positions {@code getNumEvicted()} to {@code + getNumReferences() - 1} through {@code get};
   * otherwise {@code forEachTopLevelReference} (exported by {@code MetaSegmentIndex}), else the
   * iterator.
   */
  @JSBody(
      params = "ix",
      script =
          "var out = [];"
              + " if (ix == null) return out;"
              + " var n = typeof ix.getNumReferences === 'function' ? ix.getNumReferences() : 0;"
              + " if (n > 0 && typeof ix.get === 'function') {"
              + "  var e = typeof ix.getNumEvicted === 'function' ? ix.getNumEvicted() : 0;"
              + "  for (var i = 0; i < n; i++) { var r = ix.get(e + i); if (r) out.push(r); }"
              + "  return out; }"
              + " var add = function (x) { if (x) out.push(x); };"
              + " if (typeof ix.forEachTopLevelReference === 'function') {"
              + "  ix.forEachTopLevelReference(add); return out; }"
              + " var it = typeof ix[Symbol.iterator] === 'function'"
              + "  ? ix[Symbol.iterator]() : null;"
              + " if (it) for (var x = it.next(); !x.done; x = it.next()) add(x.value);"
              + " return out;")
  static native JSObject references(JSObject segmentIndex);

  /**
   * The first or last reference of a {@link #isPositional positional} index without reading the
   * others, so an unchanged index costs two lookups.
   */
  @JSBody(
      params = {"ix", "last"},
      script =
          "var e = typeof ix.getNumEvicted === 'function' ? ix.getNumEvicted() : 0;"
              + " return ix.get(last ? e + ix.getNumReferences() - 1 : e) || null;")
  static native JSObject edgeReference(JSObject segmentIndex, boolean last);

  @JSBody(
      params = "r",
      script =
          "var u = typeof r.getUris === 'function' ? r.getUris() : undefined;"
              + " u = Array.isArray(u) ? u[0] : undefined;"
              + " return typeof u === 'string' ? u : null;")
  static native String firstUri(JSObject reference);

  /** {@code 0}: start byte, {@code 1}: end byte (NaN when null), 2: start time, 3: end time. */
  @JSBody(
      params = {"r", "which"},
      script =
          "var v = which === 0 ? (r.getStartByte ? r.getStartByte() : r.startByte)"
              + " : which === 1 ? (r.getEndByte ? r.getEndByte() : r.endByte)"
              + " : which === 2 ? (r.getStartTime ? r.getStartTime() : r.startTime)"
              + " : (r.getEndTime ? r.getEndTime() : r.endTime);"
              + " return typeof v === 'number' ? v : NaN;")
  static native double referenceNumber(JSObject reference, int which);

  // --- scheme plugin answers (§4.8) -----------------------------------------------------------

  /** {@code {promise, resolve, reject}}. */
  @JSBody(
      script =
          "var d = {}; d.promise = new Promise(function (res, rej) {"
              + " d.resolve = res; d.reject = rej; }); return d;")
  static native JSObject deferred();

  @JSBody(
      params = {"S", "promise", "abort"},
      script =
          "return new S.util.AbortableOperation(promise,"
              + " function () { abort(0); return Promise.resolve(); });")
  static native JSObject operation(JSObject shaka, JSObject promise, JsHandler abort);

  @JSBody(
      params = {"d", "uri", "data", "request", "timeMs"},
      script =
          "var r = {uri: uri, originalUri: uri, data: data, headers: {},"
              + " originalRequest: request};"
              + " if (timeMs === timeMs) r.timeMs = timeMs; d.resolve(r);")
  static native void resolve(
      JSObject deferred, String uri, JSObject data, JSObject request, double timeMs);

  /** Rejects with {@code shaka.util.Error(RECOVERABLE, NETWORK, OPERATION_ABORTED)}. */
  @JSBody(
      params = {"d", "S"},
      script =
          "var E = S.util.Error;"
              + " d.reject(new E(E.Severity.RECOVERABLE, E.Category.NETWORK,"
              + "  E.Code.OPERATION_ABORTED));")
  static native void rejectAborted(JSObject deferred, JSObject shaka);

  /** Rejects with {@code shaka.util.Error(RECOVERABLE, NETWORK, HTTP_ERROR, uri, cause, type)}. */
  @JSBody(
      params = {"d", "S", "uri", "cause", "type"},
      script =
          "var E = S.util.Error;"
              + " d.reject(new E(E.Severity.RECOVERABLE, E.Category.NETWORK, E.Code.HTTP_ERROR,"
              + "  uri, cause, type));")
  static native void rejectFailed(
      JSObject deferred, JSObject shaka, String uri, JSObject cause, JSObject requestType);
}
