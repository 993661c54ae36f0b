package io.swarmloader.browser.api;

import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.storage.SegmentStorage;
import java.util.function.Function;
import org.teavm.jso.JSObject;

/**
 * {@code customSegmentStorageFactory(isLive) => SegmentStorage} (player-integration.md §6.2). A
 * factory that throws or returns something other than an object is logged and answered with null,
 * which makes the engine fall back to its memory storage.
 */
public final class JsStorageFactory implements Function<Boolean, SegmentStorage>, JsBacked {
  private final JSObject fn;
  private final Logger logger;

  public JsStorageFactory(JSObject fn, Logger logger) {
    this.fn = fn;
    this.logger = logger;
  }

  @Override
  public SegmentStorage apply(Boolean isLive) {
    JSObject storage;
    try {
      storage = JsCalls.call1(fn, Js.bool(isLive != null && isLive));
    } catch (RuntimeException e) {
      logger.warn("customSegmentStorageFactory threw; using the memory storage");
      return null;
    }
    if (!"object".equals(Js.typeOf(storage))) {
      logger.warn("customSegmentStorageFactory returned no object; using the memory storage");
      return null;
    }
    return new JsSegmentStorage(storage, logger);
  }

  @Override
  public JSObject jsValue() {
    return fn;
  }
}
