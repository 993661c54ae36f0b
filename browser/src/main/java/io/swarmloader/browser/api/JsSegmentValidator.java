package io.swarmloader.browser.api;

import io.swarmloader.core.download.SegmentValidator;
import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.platform.Logger;
import java.util.function.Consumer;
import org.teavm.jso.JSObject;

/**
 * {@code validateP2PSegment} / {@code validateHTTPSegment}: {@code (url, byteRange, data) =>
 * Promise<boolean>} (player-integration.md §1.4). {@code data} is a fresh {@code ArrayBuffer} copy.
 * A falsy answer, a rejection or a throw rejects the data; the last two are also logged.
 */
public final class JsSegmentValidator implements SegmentValidator, JsBacked {
  private final JSObject fn;
  private final Logger logger;

  public JsSegmentValidator(JSObject fn, Logger logger) {
    this.fn = fn;
    this.logger = logger;
  }

  @Override
  public void validate(String url, ByteRange byteRange, byte[] data, Consumer<Boolean> result) {
    JsCalls.call4(
        fn,
        Js.string(url),
        JsPayloads.byteRange(byteRange),
        JsBytes.toArrayBuffer(data),
        Js.undefined(),
        new JsReply(JsReply.VALID, logger, "segment validator failed: ", result, null));
  }

  @Override
  public JSObject jsValue() {
    return fn;
  }
}
