package io.swarmloader.shaka;

import io.swarmloader.browser.JsHandler;
import io.swarmloader.browser.api.Js;
import io.swarmloader.browser.api.JsBytes;
import io.swarmloader.browser.api.JsErrors;
import io.swarmloader.core.Core;
import io.swarmloader.core.error.CoreRequestError;
import io.swarmloader.core.scheduling.PlayerRequestCallback;
import io.swarmloader.shaka.net.ShakaTiming;
import org.teavm.jso.JSObject;

/**
 * One {@code SEGMENT} request the engine serves (player-integration.md §4.8 steps 3 and 4): a
 * {@code shaka.util.AbortableOperation} whose promise resolves to a Shaka response with the
 * segment's bytes, or rejects with a {@code shaka.util.Error}: {@code OPERATION_ABORTED} when the
 * request was aborted, {@code HTTP_ERROR} carrying the {@code CoreRequestError} as its cause when
 * the engine could not deliver, so Shaka's retry logic applies. The operation settles exactly once.
 */
final class SegmentRequest implements PlayerRequestCallback, JsHandler {
  private final Core core;
  private final JSObject shaka;
  private final String uri;
  private final JSObject request;
  private final JSObject requestType;
  private final String runtimeId;
  private final JSObject deferred = ShakaJs.deferred();
  private boolean pending = true;

  SegmentRequest(
      Core core,
      JSObject shaka,
      String uri,
      JSObject request,
      JSObject requestType,
      String runtimeId) {
    this.core = core;
    this.shaka = shaka;
    this.uri = uri;
    this.request = request;
    this.requestType = requestType;
    this.runtimeId = runtimeId;
  }

  /** Starts the load and returns the operation for Shaka. */
  JSObject start() {
    JSObject op = ShakaJs.operation(shaka, Js.get(deferred, "promise"), this);
    try {
      core.loadSegment(runtimeId, this);
    } catch (RuntimeException e) {
      onError(new CoreRequestError(CoreRequestError.Kind.FAILED, "engine failure"));
    }
    return op;
  }

  @Override
  public void onSuccess(byte[] data, double bandwidthBps) {
    if (!pending) {
      return;
    }
    pending = false;
    ShakaJs.resolve(
        deferred,
        uri,
        JsBytes.toArrayBuffer(data),
        request,
        ShakaTiming.timeMs(data.length, bandwidthBps));
  }

  @Override
  public void onError(CoreRequestError error) {
    if (!pending) {
      return;
    }
    pending = false;
    if (error.kind() == CoreRequestError.Kind.ABORTED) {
      ShakaJs.rejectAborted(deferred, shaka);
    } else {
      ShakaJs.rejectFailed(deferred, shaka, uri, JsErrors.coreRequestError(error), requestType);
    }
  }

  /** Shaka aborted the operation: {@code f(0)} from the operation's abort function. */
  @Override
  public JSObject handle(int op, JSObject a, JSObject b, JSObject c) {
    if (pending) {
      core.abortSegmentLoading(runtimeId);
      onError(new CoreRequestError(CoreRequestError.Kind.ABORTED, "aborted by the player"));
    }
    return null;
  }
}
