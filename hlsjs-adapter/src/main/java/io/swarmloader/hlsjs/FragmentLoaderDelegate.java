package io.swarmloader.hlsjs;

import io.swarmloader.browser.JsHandler;
import io.swarmloader.browser.api.Js;
import io.swarmloader.browser.api.JsBytes;
import io.swarmloader.core.Core;
import io.swarmloader.core.error.CoreRequestError;
import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.scheduling.PlayerRequestCallback;
import io.swarmloader.core.util.Text;
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

  private static final int SUCCESS = 0;
  private static final int ERROR = 1;
  private static final int ABORTED = 2;

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
      } else if (data != null) {
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
      logger.warn(Text.cat("loadSegment failed: ", e.getMessage()));
      onError(new CoreRequestError(CoreRequestError.Kind.FAILED, "engine failure"));
    }
    insideLoad = false;
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
    double now = Js.now();
    double first = SyntheticTiming.firstByteMs(now, length, bandwidthBps);
    setSuccessStats(stats, SyntheticTiming.startMs(first), first, now, length);
    answer(SUCCESS, stats, buffer);
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
    answer(ERROR, stats, Js.string(error.message()));
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
      answer(ABORTED, stats(), null);
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

  /** Calls hls.js's {@code onSuccess}, {@code onError} or {@code onAbort}; logs what it throws. */
  private void answer(int kind, JSObject stats, JSObject value) {
    String thrown = answer0(kind, callbacks, stats, context, value);
    if (thrown != null) {
      logger.warn(
          Text.cat(
              kind == ABORTED ? "hls.js onAbort threw: " : "hls.js fragment callback threw: ",
              thrown));
    }
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

  /**
   * {@code SUCCESS}: {@code onProgress} (if any) and {@code onSuccess} with the data {@code v};
   * {@code ERROR}: {@code onError} with the message {@code v}; {@code ABORTED}: {@code onAbort} (if
   * any). Returns what the callback threw, as text, or null.
   */
  @JSBody(
      params = {"k", "cb", "s", "c", "v"},
      script =
          "try { if (k === "
              + SUCCESS
              + ") { if (cb.onProgress) cb.onProgress(s, c, v, undefined);"
              + "  cb.onSuccess({data: v, url: c.url}, s, c, undefined); }"
              + " else if (k === "
              + ERROR
              + ") cb.onError({code: 0, text: v}, c, null, s);"
              + " else if (cb.onAbort) cb.onAbort(s, c, {});"
              + " return null; } catch (err) { return String(err && err.stack || err); }")
  private static native String answer0(
      int kind, JSObject cb, JSObject stats, JSObject ctx, JSObject value);

  @JSBody(
      params = {"f", "op"},
      script = "Promise.resolve().then(function () { f(op); });")
  private static native void microtask(JsHandler f, int op);
}
