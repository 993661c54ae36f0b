package io.swarmloader.browser.api;

import io.swarmloader.core.config.CommonConfig;
import io.swarmloader.core.config.ConfigExport;
import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.storage.SegmentStorage;
import io.swarmloader.core.storage.StorageUsage;
import io.swarmloader.core.util.Text;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Core's {@link SegmentStorage} over an application's JS storage object (player-integration.md
 * §6.1). Promises become callbacks; data goes out as fresh {@code ArrayBuffer} copies. Every call
 * is guarded: a throw or rejection is logged and answered with the neutral result (not stored, no
 * data, empty usage), so a faulty storage cannot break the engine. A failed {@code initialize} is
 * logged and the storage is used anyway.
 */
public final class JsSegmentStorage implements SegmentStorage {
  /** Ends the JS code of a guarded call: null when it returned, else what it threw. */
  private static final String CAUGHT =
      " return null; } catch (err) { return err == null ? 'error' : err; }";

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
        new JsReply(
            JsReply.INITIALIZED,
            logger,
            "custom storage initialize failed: ",
            onInitialized,
            null));
  }

  @Override
  public void onPlaybackUpdated(double position, double rate) {
    warnIfFailed(onPlaybackUpdated0(storage, position, rate));
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
    warnIfFailed(
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
        new JsReply(JsReply.STORED, logger, "custom storage storeSegment failed: ", onDone, null));
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
        new JsReply(JsReply.BYTES, logger, "custom storage getSegmentData failed: ", result, null));
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
    JSObject ids = storedIds0(storage, swarmId, streamId); // integers only
    long[] out = new long[Js.length(ids)];
    for (int i = 0; i < out.length; i++) {
      out[i] = (long) Js.asNumber(Js.at(ids, i));
    }
    return out;
  }

  @Override
  public void setSegmentChangeCallback(Consumer<String> callback) {
    warnIfFailed(
        setChangeCallback0(storage, new JsReply(JsReply.CHANGED, logger, null, callback, null)));
  }

  @Override
  public void destroy() {
    warnIfFailed(destroy0(storage));
  }

  /** Logs what a guarded call below caught (null: it returned normally). */
  private void warnIfFailed(JSObject error) {
    if (error != null) {
      logger.warn(Text.cat("custom storage call failed: ", Js.describeError(error)));
    }
  }

  @JSBody(
      params = {"s", "m"},
      script = "try { return s[m](); } catch (err) { return undefined; }")
  private static native JSObject safeCall0(JSObject storage, String method);

  @JSBody(
      params = {"s", "p", "r"},
      script = "try { s.onPlaybackUpdated(p, r);" + CAUGHT)
  private static native JSObject onPlaybackUpdated0(JSObject storage, double position, double rate);

  @JSBody(
      params = {"s", "w", "t", "id", "a", "b", "ty", "l"},
      script = "try { s.onSegmentRequested(w, t, id, a, b, ty, l);" + CAUGHT)
  private static native JSObject onSegmentRequested0(
      JSObject storage,
      String swarmId,
      String streamId,
      double segmentId,
      double start,
      double end,
      String type,
      boolean isLive);

  @JSBody(
      params = {"s", "w", "t", "id", "d", "a", "b", "ty", "l", "cb"},
      script =
          "var pr; try { pr = Promise.resolve(s.storeSegment(w, t, id, d, a, b, ty, l)); }"
              + " catch (err) { pr = Promise.reject(err); }"
              + JsCalls.THEN)
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
      JSObject cb);

  @JSBody(
      params = {"s", "w", "t", "id"},
      script = "try { return !!s.hasSegment(w, t, id); } catch (err) { return false; }")
  private static native boolean hasSegment0(
      JSObject storage, String swarmId, String streamId, double segmentId);

  /** The storage's ids that are integer numbers (finite); [] if it threw or gave no array. */
  @JSBody(
      params = {"s", "w", "t"},
      script =
          "try { var ids = s.getStoredSegmentIds(w, t);"
              + " return Array.isArray(ids) ? ids.filter(Number.isInteger) : []; }"
              + " catch (err) { return []; }")
  private static native JSObject storedIds0(JSObject storage, String swarmId, String streamId);

  @JSBody(
      params = {"s", "cb"},
      script =
          "try { s.setSegmentChangeCallback(function (streamId) { cb.handle(0, streamId); });"
              + CAUGHT)
  private static native JSObject setChangeCallback0(JSObject storage, JSObject cb);

  @JSBody(params = "s", script = "try { s.destroy();" + CAUGHT)
  private static native JSObject destroy0(JSObject storage);
}
