package io.swarmloader.hlsjs;

import io.swarmloader.core.download.HttpRequestSetup;
import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.platform.HttpRequest;
import java.util.HashMap;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * player-integration.md §5.12, third priority: when the hls.js config has {@code xhrSetup} or a
 * custom {@code loader} but no {@code fetchSetup}, the engine's own downloads go through {@code new
 * hls.config.loader(hls.config)}, so whatever that loader adds (headers, credentials, signed URLs)
 * reaches the origin.
 *
 * <p>The request handed to the engine carries a transport object instead of a fetch {@code
 * Request}: the browser platform calls its {@code swarmloaderFetch(signal)}, which runs the hls.js
 * loader and answers with a {@code Response}. hls.js loaders deliver the body whole at the end, so
 * the answer comes at once (206 for a closed byte range, otherwise 200) and its body stream reports
 * the loader's progress ({@code stats.loaded}) as empty chunks, which keep the engine's silence
 * timeout away. hls.js contexts have no open ranges: a resume without a byte range asks for the
 * whole segment again, and the engine restarts from byte 0 (partial resume is given up for this
 * path, as the spec says). A loader error, timeout, or a 200 to a byte-range request fails the
 * attempt with a message; an abort aborts the loader.
 */
final class PlayerLoaderSetup implements HttpRequestSetup {
  private final JSObject hlsConfig;

  private PlayerLoaderSetup(JSObject hlsConfig) {
    this.hlsConfig = hlsConfig;
  }

  /**
   * The setup for this hls.js instance, or null when its downloads need none: no {@code xhrSetup}
   * and the default loader (or no loader at all).
   */
  static PlayerLoaderSetup forHls(JSObject hls, JSObject hlsConfig) {
    return isNeeded(hls, hlsConfig) ? new PlayerLoaderSetup(hlsConfig) : null;
  }

  @Override
  public void setup(
      String segmentUrl,
      ByteRange segmentByteRange,
      ByteRange requestByteRange,
      Consumer<HttpRequest> result) {
    ByteRange range = requestByteRange;
    boolean closed = range != null && !range.isOpen();
    double start = closed ? (double) range.first() : 0;
    double end = closed ? (double) range.lastInclusive() + 1 : 0;
    result.accept(
        new HttpRequest(
            segmentUrl,
            null,
            new HashMap<>(),
            false,
            transport(hlsConfig, segmentUrl, start, end)));
  }

  @JSBody(
      params = {"hls", "config"},
      script =
          "if (!config || typeof config.loader !== 'function') { return false; }"
              + " if (typeof config.xhrSetup === 'function') { return true; }"
              + " var ctor = hls && hls.constructor;"
              + " var defaults = ctor && ctor.DefaultConfig;"
              + " return !!defaults && defaults.loader !== config.loader;")
  private static native boolean isNeeded(JSObject hls, JSObject config);

  @JSBody(
      params = {"config", "url", "rangeStart", "rangeEnd"},
      script =
          "return {swarmloaderFetch: function (signal) {"
              + " var loader = new config.loader(config); var done = false; var seen = 0;"
              + " var ctrl = null; var poll = 0;"
              + " var stop = function () { done = true; if (poll) { clearInterval(poll); }"
              + "   try { loader.destroy(); } catch (ignored) {} };"
              + " var fail = function (message) { if (done) { return; } stop();"
              + "   try { ctrl.error(new Error(message)); } catch (ignored) {} };"
              + " var abort = function () { if (done) { return; }"
              + "   try { loader.abort(); } catch (ignored) {} stop(); };"
              + " var body = new ReadableStream({"
              + "   start: function (controller) { ctrl = controller; }, cancel: abort});"
              + " signal.addEventListener('abort', function () { abort();"
              + "   try { ctrl.error(new DOMException('aborted', 'AbortError')); }"
              + "   catch (ignored) {} });"
              + " var wait = 3600000;"
              + " var policy = {maxTimeToFirstByteMs: wait, maxLoadTimeMs: wait,"
              + "   timeoutRetry: null, errorRetry: null};"
              + " var loaderConfig = {loadPolicy: policy, timeout: wait, maxRetry: 0,"
              + "   retryDelay: 0, maxRetryDelay: 0, highWaterMark: 0};"
              + " var context = {url: url, responseType: 'arraybuffer', rangeStart: rangeStart,"
              + "   rangeEnd: rangeEnd, headers: {}};"
              + " var callbacks = {"
              + "  onSuccess: function (response) { if (done) { return; }"
              + "   if (rangeEnd > 0 && response && response.code === 200) {"
              + "     fail('the player loader got HTTP 200 to a byte-range request'); return; }"
              + "   var data = response && response.data;"
              + "   if (!(data instanceof ArrayBuffer) && !ArrayBuffer.isView(data)) {"
              + "     fail('the player loader returned no binary data'); return; }"
              + "   stop(); ctrl.enqueue(data instanceof ArrayBuffer ? new Uint8Array(data)"
              + "     : new Uint8Array(data.buffer, data.byteOffset, data.byteLength));"
              + "   ctrl.close(); },"
              + "  onError: function (error) { fail('the player loader failed: HTTP '"
              + "   + (error && error.code) + ' ' + ((error && error.text) || '')); },"
              + "  onTimeout: function () { fail('the player loader timed out'); },"
              + "  onAbort: function () {}};"
              + " try { loader.load(context, loaderConfig, callbacks); }"
              + " catch (thrown) { fail('the player loader threw: ' + thrown); }"
              + " if (!done) { poll = setInterval(function () {"
              + "   var loaded = loader.stats ? loader.stats.loaded : 0;"
              + "   if (!done && loaded > seen) { seen = loaded;"
              + "     try { ctrl.enqueue(new Uint8Array(0)); } catch (ignored) {} } }, 250); }"
              + " return Promise.resolve(new Response(body, {status: rangeEnd > 0 ? 206 : 200}));"
              + "}};")
  private static native JSObject transport(
      JSObject config, String url, double rangeStart, double rangeEnd);
}
