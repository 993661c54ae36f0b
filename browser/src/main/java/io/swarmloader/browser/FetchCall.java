package io.swarmloader.browser;

import io.swarmloader.browser.webapi.AbortController;
import io.swarmloader.browser.webapi.Fetch;
import io.swarmloader.browser.webapi.Headers;
import io.swarmloader.browser.webapi.JsErrors;
import io.swarmloader.browser.webapi.ReadableStream;
import io.swarmloader.browser.webapi.Response;
import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.HttpRequest;
import io.swarmloader.core.platform.HttpResponseListener;
import io.swarmloader.core.platform.Logger;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** One request of {@link FetchHttpClient}; see there for the event contract. */
final class FetchCall implements Cancellable {
  private final HttpResponseListener listener;
  private final Logger logger;
  private final AbortController controller = new AbortController();

  /** Set once the listener may hear nothing more: cancelled, ended or failed. */
  private boolean isSettled;

  FetchCall(HttpResponseListener listener, Logger logger) {
    this.listener = listener;
    this.logger = logger;
  }

  void start(HttpRequest request) {
    JSPromise<Response> response;
    if (request.nativeRequest() != null) {
      // The Request from httpRequestSetup carries its own URL, headers and credentials.
      response = Fetch.fetchRequest((JSObject) request.nativeRequest(), controller.getSignal());
    } else {
      JSObject init = Fetch.requestInit(controller.getSignal());
      for (Map.Entry<String, String> header : request.headers().entrySet()) {
        Fetch.setHeader(init, header.getKey(), header.getValue());
      }
      if (request.rangeHeader() != null) {
        Fetch.setHeader(init, "Range", request.rangeHeader());
      }
      if (request.withCredentials()) {
        Fetch.includeCredentials(init);
      }
      response = Fetch.fetch(request.url(), init);
    }
    response
        .then(
            r -> {
              onResponse(r);
              return null;
            })
        .catchError(
            e -> {
              onRejected(e);
              return null;
            });
  }

  @Override
  public void cancel() {
    if (!isSettled) {
      isSettled = true;
      controller.abort();
    }
  }

  private void onResponse(Response response) {
    if (isSettled) {
      return;
    }
    Headers headers = response.getHeaders();
    if (!deliver(() -> listener.onResponse(response.getStatus(), name -> safeGet(headers, name)))) {
      return;
    }
    ReadableStream body = response.getBody();
    if (body == null) {
      end();
      return;
    }
    read(body.getReader());
  }

  private void read(ReadableStream.Reader reader) {
    reader
        .read()
        .then(
            result -> {
              onRead(reader, result);
              return null;
            })
        .catchError(
            e -> {
              onRejected(e);
              return null;
            });
  }

  private void onRead(ReadableStream.Reader reader, ReadableStream.ReadResult result) {
    if (isSettled) {
      return;
    }
    if (result.isDone()) {
      end();
      return;
    }
    byte[] chunk = Bytes.adopt(result.getValue());
    if (deliver(() -> listener.onChunk(chunk))) {
      read(reader);
    }
  }

  private void end() {
    if (!isSettled) {
      isSettled = true;
      deliver(listener::onEnd);
    }
  }

  private void onRejected(Object error) {
    if (isSettled) {
      return; // the AbortError after cancel(), or a failure already reported
    }
    isSettled = true;
    String message = JsErrors.describe(error);
    deliver(() -> listener.onFailure(message));
  }

  /**
   * Calls the listener; true when the request should go on. A throwing listener is logged, the
   * fetch aborted, and the listener told once through {@code onFailure} (unless it has settled).
   */
  private boolean deliver(Runnable event) {
    try {
      event.run();
      return !isSettled;
    } catch (RuntimeException e) {
      logger.log("error", "HTTP listener threw: " + JsErrors.describe(e));
      if (isSettled) {
        return false;
      }
      isSettled = true;
      controller.abort();
      try {
        listener.onFailure("listener error: " + JsErrors.describe(e));
      } catch (RuntimeException again) {
        logger.log("error", "HTTP listener threw again: " + JsErrors.describe(again));
      }
      return false;
    }
  }

  /** {@code headers.get(name)}; null when absent, not exposed or unreadable. */
  @JSBody(
      params = {"headers", "name"},
      script = "try { return headers.get(name); } catch (e) { return null; }")
  private static native String safeGet(Headers headers, String name);
}
