package io.swarmloader.browser.api;

import io.swarmloader.core.download.HttpRequestSetup;
import io.swarmloader.core.http.HttpHeaderValues;
import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.platform.HttpRequest;
import io.swarmloader.core.platform.Logger;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * hls.js {@code fetchSetup(context, initParams) => Request | Promise<Request>} used for the
 * engine's own downloads (player-integration.md §5.12, third priority; §7 #10). The engine builds
 * what hls.js's fetch loader would: a loader context {@code {url, responseType, rangeStart,
 * rangeEnd, headers}} ({@code rangeEnd} exclusive, 0 without a range) and init parameters {@code
 * {method, mode, credentials, signal, headers}} whose {@code Headers} already hold the {@code
 * Range} of the request (open ranges included, for resuming). The returned {@code Request} is
 * fetched with the engine's own abort signal. Nothing, a rejection or a throw means the default
 * request (logged).
 */
public final class JsFetchSetup implements HttpRequestSetup {
  private final JSObject fetchSetup;
  private final Logger logger;

  public JsFetchSetup(JSObject fetchSetup, Logger logger) {
    this.fetchSetup = fetchSetup;
    this.logger = logger;
  }

  @Override
  public void setup(
      String segmentUrl,
      ByteRange segmentByteRange,
      ByteRange requestByteRange,
      Consumer<HttpRequest> result) {
    ByteRange range = requestByteRange;
    boolean hasEnd = range != null && !range.isOpen();
    JSObject context =
        context(
            segmentUrl,
            range == null ? 0 : (double) range.first(),
            hasEnd ? (double) range.lastInclusive() + 1 : 0);
    String rangeHeader = range == null ? null : HttpHeaderValues.rangeHeader(range);
    JsCalls.call4(
        fetchSetup,
        context,
        initParams(rangeHeader),
        null,
        null,
        new JsReply(
            JsReply.REQUEST,
            logger,
            "hls.js fetchSetup failed, using the default request: ",
            result,
            segmentUrl));
  }

  @JSBody(
      params = {"url", "rangeStart", "rangeEnd"},
      script =
          "return {url: url, responseType: 'arraybuffer', rangeStart: rangeStart,"
              + " rangeEnd: rangeEnd, headers: {}};")
  private static native JSObject context(String url, double rangeStart, double rangeEnd);

  @JSBody(
      params = {"range"},
      script =
          "var headers = new Headers(); if (range) { headers.set('Range', range); }"
              + " return {method: 'GET', mode: 'cors', credentials: 'same-origin',"
              + " signal: new AbortController().signal, headers: headers};")
  private static native JSObject initParams(String range);
}
