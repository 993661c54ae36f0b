package io.swarmloader.browser.api;

import io.swarmloader.core.config.CommonConfig;
import io.swarmloader.core.config.ConfigExport;
import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.storage.SegmentStorage;
import io.swarmloader.core.storage.StorageUsage;
import java.util.Arrays;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Core's {@link SegmentStorage} over an application's JS storage object (player-integration.md
 * §6.1). Promises become callbacks; data goes out as fresh {@code ArrayBuffer} copies. Every call
 * is guarded: a throw or rejection is logged and answered with the neutral result (not stored, no
 * data, empty usage), so a faulty storage cannot break the engine. A failed {@code initialize} is
 * logged and the storage is used anyway.
 */
public final class JsSegmentStorage implements SegmentStorage {
  private final JSObject storage;
  private final Logger logger;

  public JsSegmentStorage(JSObject storage, Logger logger) {
    this.storage = storage;
    this.logger = logger;
  }

  @Override
  public void initialize(
      CommonConfig common, StreamConfig main, StreamConfig secondary, Runnable onInitialized) {
    JsCalls.callMethod3(
        storage,
        "initialize",
        JsConfig.commonToJs(common),
        JsConfig.toJs(ConfigExport.streamTree(main)),
        JsConfig.toJs(ConfigExport.streamTree(secondary)),
        value -> onInitialized.run(),
        error -> {
          logger.warn("custom storage initialize failed: " + Js.describeError(error));
          onInitialized.run();
        });
  }

  @Override
  public void onPlaybackUpdated(double position, double rate) {
    guard(() -> onPlaybackUpdated0(storage, position, rate));
  }

  @Override
  public void onSegmentRequested(
      String swarmId,
      String streamId,
      long segmentId,
      double startTime,
      double endTime,
      StreamType streamType,
      boolean isLive) {
    guard(
        () ->
            onSegmentRequested0(
                storage,
                swarmId,
                streamId,
                segmentId,
                startTime,
                endTime,
                streamType.wireName(),
                isLive));
  }

  @Override
  public void storeSegment(
      String swarmId,
      String streamId,
      long segmentId,
      byte[] data,
      double startTime,
      double endTime,
      StreamType streamType,
      boolean isLive,
      Consumer<Boolean> onDone) {
    storeSegment0(
        storage,
        swarmId,
        streamId,
        segmentId,
        JsBytes.toArrayBuffer(data),
        startTime,
        endTime,
        streamType.wireName(),
        isLive,
        value -> onDone.accept(true),
        error -> {
          logger.warn("custom storage storeSegment failed: " + Js.describeError(error));
          onDone.accept(false);
        });
  }

  @Override
  public void getSegmentData(
      String swarmId, String streamId, long segmentId, Consumer<byte[]> result) {
    JsCalls.callMethod3(
        storage,
        "getSegmentData",
        Js.string(swarmId),
        Js.string(streamId),
        Js.number(segmentId),
        value -> result.accept(JsBytes.fromJs(value)),
        error -> {
          logger.warn("custom storage getSegmentData failed: " + Js.describeError(error));
          result.accept(null);
        });
  }

  @Override
  public StorageUsage getUsage() {
    JSObject usage = safeCall0(storage, "getUsage");
    double total = Js.number(usage, "totalCapacity");
    double used = Js.number(usage, "usedCapacity");
    return new StorageUsage(total == total ? total : 0, used == used ? used : 0);
  }

  @Override
  public boolean hasSegment(String swarmId, String streamId, long segmentId) {
    return hasSegment0(storage, swarmId, streamId, segmentId);
  }

  @Override
  public long[] getStoredSegmentIds(String swarmId, String streamId) {
    JSObject ids = storedIds0(storage, swarmId, streamId);
    int n = Js.length(ids);
    long[] out = new long[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      double id = Js.asNumber(Js.at(ids, i));
      if (id == Math.floor(id) && !Double.isInfinite(id)) {
        out[count++] = (long) id;
      }
    }
    return count == n ? out : Arrays.copyOf(out, count);
  }

  @Override
  public void setSegmentChangeCallback(Consumer<String> callback) {
    guard(() -> setChangeCallback0(storage, streamId -> callback.accept(streamId)));
  }

  @Override
  public void destroy() {
    guard(() -> destroy0(storage));
  }

  private boolean guard(GuardedCall call) {
    JSObject error = tryCall(call);
    if (error != null) {
      logger.warn("custom storage call failed: " + Js.describeError(error));
      return false;
    }
    return true;
  }

  /** A call into the storage whose JS exceptions are caught by {@link #tryCall}. */
  @JSFunctor
  interface GuardedCall extends JSObject {
    void run();
  }

  /** A segment-change callback handed to the storage. */
  @JSFunctor
  interface ChangeCallback extends JSObject {
    void changed(String streamId);
  }

  @JSBody(
      params = "f",
      script = "try { f(); return null; } catch (err) { return err == null ? 'error' : err; }")
  private static native JSObject tryCall(GuardedCall f);

  @JSBody(
      params = {"s", "m"},
      script = "try { return s[m](); } catch (err) { return undefined; }")
  private static native JSObject safeCall0(JSObject storage, String method);

  @JSBody(
      params = {"s", "p", "r"},
      script = "s.onPlaybackUpdated(p, r);")
  private static native void onPlaybackUpdated0(JSObject storage, double position, double rate);

  @JSBody(
      params = {"s", "w", "t", "id", "a", "b", "ty", "l"},
      script = "s.onSegmentRequested(w, t, id, a, b, ty, l);")
  private static native void onSegmentRequested0(
      JSObject storage,
      String swarmId,
      String streamId,
      double segmentId,
      double start,
      double end,
      String type,
      boolean isLive);

  @JSBody(
      params = {"s", "w", "t", "id", "d", "a", "b", "ty", "l", "ok", "fail"},
      script =
          "var pr; try { pr = Promise.resolve(s.storeSegment(w, t, id, d, a, b, ty, l)); }"
              + " catch (err) { pr = Promise.reject(err); }"
              + " pr.then(function (val) { ok(val); }, function (err) { fail(err); });")
  private static native void storeSegment0(
      JSObject storage,
      String swarmId,
      String streamId,
      double segmentId,
      JSObject data,
      double start,
      double end,
      String type,
      boolean isLive,
      JsCalls.Settled ok,
      JsCalls.Settled fail);

  @JSBody(
      params = {"s", "w", "t", "id"},
      script = "try { return !!s.hasSegment(w, t, id); } catch (err) { return false; }")
  private static native boolean hasSegment0(
      JSObject storage, String swarmId, String streamId, double segmentId);

  @JSBody(
      params = {"s", "w", "t"},
      script =
          "try { var ids = s.getStoredSegmentIds(w, t); return Array.isArray(ids) ? ids : []; }"
              + " catch (err) { return []; }")
  private static native JSObject storedIds0(JSObject storage, String swarmId, String streamId);

  @JSBody(
      params = {"s", "cb"},
      script = "s.setSegmentChangeCallback(function (streamId) { cb(streamId); });")
  private static native void setChangeCallback0(JSObject storage, ChangeCallback cb);

  @JSBody(params = "s", script = "s.destroy();")
  private static native void destroy0(JSObject storage);
}
