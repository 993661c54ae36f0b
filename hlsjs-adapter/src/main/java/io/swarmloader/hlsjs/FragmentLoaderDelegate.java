package io.swarmloader.hlsjs;

import io.swarmloader.browser.api.Js;
import io.swarmloader.browser.api.JsBytes;
import io.swarmloader.browser.api.JsHandler;
import io.swarmloader.core.Core;
import io.swarmloader.core.error.CoreRequestError;
import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.scheduling.PlayerRequestCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The Java side of one fLoader instance (player-integration.md §3.3). A fragment the engine knows
 * and may load goes to {@link Core#loadSegment}; anything else (init segments, parts, unknown or
 * P2P-disabled segments) goes whole to a fallback loader, the application's own fLoader or {@code
 * config.loader}, which shares this loader's {@code stats} object. Answers that arrive while hls.js
 * is still inside {@code load()} are delivered in a microtask, as an asynchronous loader would;
 * hls.js callbacks that throw are logged and never reach the engine.
 */
final class FragmentLoaderDelegate implements PlayerRequestCallback, JsHandler {
  /** {@code d(LOAD, context, loaderConfig, callbacks)} from the fLoader's {@code load}. */
  static final int LOAD = 0;

  static final int ABORT = 1;
  static final int DESTROY = 2;

  /** Delivers the stored answer ({@link #onSuccess} or {@link #onError}) in a microtask. */
  private static final int DELIVER = 3;

  private final Core core;
  private final Logger logger;
  private final JSObject loader;
  private final JSObject hlsConfig;
  private final JSObject userFLoader;

  private JSObject fallback;
  private JSObject context;
  private JSObject callbacks;
  private String runtimeId;

  /** A request is with the engine. */
  private boolean pending;

  /** hls.js got its answer (success or error). */
  private boolean answered;

  private boolean insideLoad;

  /** The answer {@link #DELIVER} hands over: the data, or else {@link #error}. */
  private JSObject buffer;

  private int length;
  private double bandwidthBps;
  private CoreRequestError error;

  FragmentLoaderDelegate(
      Core core, Logger logger, JSObject loader, JSObject hlsConfig, JSObject userFLoader) {
    this.core = core;
    this.logger = logger;
    this.loader = loader;
    this.hlsConfig = hlsConfig;
    this.userFLoader = userFLoader;
  }

  @Override
  public JSObject handle(int op, JSObject a, JSObject b, JSObject c) {
    if (op == LOAD) {
      load(a, b, c);
    } else if (op == ABORT) {
      abort();
    } else if (op == DESTROY) {
      destroy();
    } else {
      CoreRequestError failure = error;
      JSObject data = buffer;
      error = null;
      buffer = null;
      if (failure != null) {
        fail(failure);
      } else {
        deliver(data, length, bandwidthBps);
      }
    }
    return null;
  }

  void load(JSObject context, JSObject loaderConfig, JSObject callbacks) {
    this.context = context;
    this.callbacks = callbacks;
    String url = Js.string(context, "url");
    ByteRange range =
        HlsByteRanges.fromExclusive(
            Js.number(context, "rangeStart"), Js.number(context, "rangeEnd"));
    String id = url == null ? null : Segment.runtimeIdOf(url, range);
    if (id == null || !core.isSegmentLoadable(id)) {
      fallback = createFallback(userFLoader, hlsConfig, stats());
      loadFallback(fallback, context, loaderConfig, callbacks);
      return;
    }
    runtimeId = id;
    pending = true;
    insideLoad = true;
    try {
      core.loadSegment(id, this);
    } catch (RuntimeException e) {
      logger.warn("loadSegment failed: " + e.getMessage());
      onError(new CoreRequestError(CoreRequestError.Kind.FAILED, "engine failure"));
    } finally {
      insideLoad = false;
    }
  }

  @Override
  public void onSuccess(byte[] data, double bandwidthBps) {
    if (!pending) {
      return;
    }
    pending = false;
    JSObject buffer = JsBytes.toArrayBuffer(data);
    if (insideLoad) {
      this.buffer = buffer;
      this.length = data.length;
      this.bandwidthBps = bandwidthBps;
      microtask(this, DELIVER);
    } else {
      deliver(buffer, data.length, bandwidthBps);
    }
  }

  private void deliver(JSObject buffer, int length, double bandwidthBps) {
    JSObject stats = stats();
    if (callbacks == null || Js.isTrue(stats, "aborted")) {
      return;
    }
    answered = true;
    SyntheticTiming timing = SyntheticTiming.of(Js.now(), length, bandwidthBps);
    setSuccessStats(stats, timing.start, timing.first, timing.end, length);
    String error = succeed(callbacks, buffer, stats, context);
    if (error != null) {
      logger.warn("hls.js fragment callback threw: " + error);
    }
  }

  @Override
  public void onError(CoreRequestError error) {
    if (!pending) {
      return;
    }
    pending = false;
    if (insideLoad) {
      this.error = error;
      microtask(this, DELIVER);
    } else {
      fail(error);
    }
  }

  private void fail(CoreRequestError error) {
    JSObject stats = stats();
    if (callbacks == null) {
      return;
    }
    if (error.kind() == CoreRequestError.Kind.ABORTED && Js.isTrue(stats, "aborted")) {
      return;
    }
    answered = true;
    String thrown = failed(callbacks, error.message(), stats, context);
    if (thrown != null) {
      logger.warn("hls.js fragment callback threw: " + thrown);
    }
  }

  void abort() {
    if (fallback != null) {
      call(fallback, "abort");
      return;
    }
    if (!answered) {
      Js.setBoolean(stats(), "aborted", true);
      if (pending) {
        pending = false;
        core.abortSegmentLoading(runtimeId);
      }
    }
    if (callbacks != null) {
      String thrown = aborted(callbacks, stats(), context);
      if (thrown != null) {
        logger.warn("hls.js onAbort threw: " + thrown);
      }
    }
  }

  void destroy() {
    if (fallback != null) {
      call(fallback, "destroy");
      fallback = null;
    } else if (!answered && runtimeId != null) {
      Js.setBoolean(stats(), "aborted", true);
      if (pending) {
        pending = false;
        core.abortSegmentLoading(runtimeId);
      }
    }
    callbacks = null;
    context = null;
  }

  private JSObject stats() {
    return Js.get(loader, "stats");
  }

  @JSBody(
      params = {"own", "config", "stats"},
      script =
          "var Loader = typeof own === 'function' ? own : config.loader;"
              + " var made = new Loader(config); made.stats = stats; return made;")
  private static native JSObject createFallback(JSObject own, JSObject config, JSObject stats);

  @JSBody(
      params = {"l", "c", "cfg", "cb"},
      script = "l.load(c, cfg, cb);")
  private static native void loadFallback(JSObject l, JSObject c, JSObject cfg, JSObject cb);

  @JSBody(
      params = {"l", "m"},
      script = "if (typeof l[m] === 'function') l[m]();")
  private static native void call(JSObject loader, String method);

  @JSBody(
      params = {"s", "a", "f", "e", "n"},
      script =
          "s.loading.start = a; s.loading.first = f; s.loading.end = e;"
              + " s.total = n; s.loaded = n;")
  private static native void setSuccessStats(
      JSObject stats, double start, double first, double end, double bytes);

  @JSBody(
      params = {"cb", "d", "s", "c"},
      script =
          "try { if (cb.onProgress) cb.onProgress(s, c, d, undefined);"
              + " cb.onSuccess({data: d, url: c.url}, s, c, undefined); return null; }"
              + " catch (err) { return String(err && err.stack || err); }")
  private static native String succeed(JSObject cb, JSObject data, JSObject stats, JSObject ctx);

  @JSBody(
      params = {"cb", "m", "s", "c"},
      script =
          "try { cb.onError({code: 0, text: m}, c, null, s); return null; }"
              + " catch (err) { return String(err && err.stack || err); }")
  private static native String failed(JSObject cb, String message, JSObject stats, JSObject ctx);

  @JSBody(
      params = {"cb", "s", "c"},
      script =
          "try { if (cb.onAbort) cb.onAbort(s, c, {}); return null; }"
              + " catch (err) { return String(err && err.stack || err); }")
  private static native String aborted(JSObject cb, JSObject stats, JSObject ctx);

  @JSBody(
      params = {"f", "op"},
      script = "Promise.resolve().then(function () { f(op); });")
  private static native void microtask(JsHandler f, int op);
}
