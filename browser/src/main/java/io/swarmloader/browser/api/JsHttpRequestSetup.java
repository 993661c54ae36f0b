package io.swarmloader.browser.api;

import io.swarmloader.core.download.HttpRequestSetup;
import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.platform.HttpRequest;
import io.swarmloader.core.platform.Logger;
import java.util.HashMap;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * {@code httpRequestSetup(segmentUrl, segmentByteRange, abortSignal, requestByteRange) =>
 * Promise<Request | null | undefined>} (player-integration.md §1.4, §5.12). A returned {@code
 * Request} becomes {@link HttpRequest#nativeRequest()} (the JS object itself, typed {@code Object};
 * the browser HTTP client casts it back to a {@code JSObject}); nothing, a rejection or a throw
 * means the default request (rejections are logged).
 *
 * <p>The {@code abortSignal} handed over is never aborted: core does not report aborts to the setup
 * step (an abort meanwhile simply drops the answer), and the fetch has its own signal.
 */
public final class JsHttpRequestSetup implements HttpRequestSetup, JsBacked {
  private final JSObject fn;
  private final Logger logger;

  public JsHttpRequestSetup(JSObject fn, Logger logger) {
    this.fn = fn;
    this.logger = logger;
  }

  @Override
  public void setup(
      String segmentUrl,
      ByteRange segmentByteRange,
      ByteRange requestByteRange,
      Consumer<HttpRequest> result) {
    JsCalls.call4(
        fn,
        Js.string(segmentUrl),
        JsPayloads.byteRange(segmentByteRange),
        newAbortSignal(),
        JsPayloads.byteRange(requestByteRange),
        new JsReply(
            JsReply.REQUEST,
            logger,
            "httpRequestSetup failed, using the default request: ",
            result,
            segmentUrl));
  }

  /** The answer of a request setup: null for nothing, otherwise the {@code Request} to fetch. */
  static HttpRequest toRequest(String segmentUrl, JSObject value) {
    if (Js.isNullish(value)) {
      return null;
    }
    String url = Js.string(value, "url");
    Object nativeRequest = value;
    String target = url != null ? url : segmentUrl;
    return new HttpRequest(target, null, new HashMap<>(), false, nativeRequest);
  }

  @Override
  public JSObject jsValue() {
    return fn;
  }

  @JSBody(
      script =
          "return typeof AbortController === 'function' ? new AbortController().signal"
              + " : undefined;")
  private static native JSObject newAbortSignal();
}
