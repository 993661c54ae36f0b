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
import io.swarmloader.core.platform.HttpResponseListener.HttpHeaders;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.util.OrderedMap;
import io.swarmloader.core.util.Text;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * One request of {@link FetchHttpClient}; see there for the event contract. Promise outcomes arrive
 * through {@link #on} as kinds; the call is its own {@link HttpHeaders} view of the response.
 */
final class FetchCall implements Cancellable, JsHandler, HttpHeaders {
  private static final int RESPONSE = 0;
  private static final int CHUNK = 1;
  private static final int REJECTED = 2;

  private final HttpResponseListener listener;
  private final Logger logger;
  private final AbortController controller = new AbortController();
  private Headers headers;
  private ReadableStream.Reader reader;

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
      Map<String, String> headers = request.headers();
      for (String name : OrderedMap.keysOf(headers)) {
        Fetch.setHeader(init, name, headers.get(name));
      }
      if (request.rangeHeader() != null) {
        Fetch.setHeader(init, "Range", request.rangeHeader());
      }
      if (request.withCredentials()) {
        Fetch.includeCredentials(init);
      }
      response = Fetch.fetch(request.url(), init);
    }
    JsEvents.settle(response, this, RESPONSE, REJECTED);
  }

  @Override
  public void cancel() {
    if (!isSettled) {
      isSettled = true;
      controller.abort();
    }
  }

  /** {@code Response.headers.get(name)}; null when absent, not exposed or unreadable. */
  @Override
  public String header(String name) {
    return safeGet(headers, name);
  }

  /**
   * The response, a read result or a rejection. A throwing listener is logged, the fetch aborted,
   * and the listener told once through {@code onFailure} (unless it has settled).
   */
  @Override
  public JSObject handle(int kind, JSObject arg, JSObject unused, JSObject unused2) {
    on(kind, arg);
    return null;
  }

  private void on(int kind, JSObject arg) {
    if (isSettled) {
      return; // the AbortError after cancel(), or a failure already reported
    }
    try {
      if (kind == RESPONSE) {
        onResponse((Response) arg);
      } else if (kind == CHUNK) {
        onRead((ReadableStream.ReadResult) arg);
      } else {
        isSettled = true;
        listener.onFailure(JsErrors.describe(arg));
      }
    } catch (RuntimeException e) {
      logger.log("error", Text.cat("HTTP listener threw: ", JsErrors.describe(e)));
      if (isSettled) {
        return;
      }
      isSettled = true;
      controller.abort();
      try {
        listener.onFailure(Text.cat("listener error: ", JsErrors.describe(e)));
      } catch (RuntimeException again) {
        logger.log("error", Text.cat("HTTP listener threw again: ", JsErrors.describe(again)));
      }
    }
  }

  private void onResponse(Response response) {
    headers = response.getHeaders();
    listener.onResponse(response.getStatus(), this);
    if (isSettled) {
      return;
    }
    ReadableStream body = response.getBody();
    if (body == null) {
      end();
      return;
    }
    reader = body.getReader();
    read();
  }

  private void read() {
    JsEvents.settle(reader.read(), this, CHUNK, REJECTED);
  }

  private void onRead(ReadableStream.ReadResult result) {
    if (result.isDone()) {
      end();
      return;
    }
    listener.onChunk(Bytes.adopt(result.getValue()));
    if (!isSettled) {
      read();
    }
  }

  private void end() {
    isSettled = true;
    listener.onEnd();
  }

  /** {@code headers.get(name)}; null when absent, not exposed or unreadable. */
  @JSBody(
      params = {"headers", "name"},
      script = "try { return headers.get(name); } catch (e) { return null; }")
  private static native String safeGet(Headers headers, String name);
}
