package io.swarmloader.browser.api;

import io.swarmloader.browser.JsHandler;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.util.Text;
import java.util.function.Consumer;
import org.teavm.jso.JSObject;

/**
 * The answer of one call into application code, delivered to a Java callback: {@code f(0, value)}
 * for a value, {@code f(1, reason)} for a rejection. One class for every kind of answer rather than
 * a lambda pair per call site: each lambda would be a class of its own in the bundle. A rejection
 * is logged as {@code failure: <error>} and answered with the kind's neutral result (not stored, no
 * data, invalid, the default request); a storage's {@code initialize} continues either way.
 */
final class JsReply implements JsHandler {
  /** {@code initialize}: runs a {@link Runnable} either way. */
  static final int INITIALIZED = 0;

  /** {@code storeSegment}: {@code true}, or {@code false} on rejection. */
  static final int STORED = 1;

  /** {@code getSegmentData}: the bytes, or null. */
  static final int BYTES = 2;

  /** A segment validator: the answer's truthiness, or {@code false} on rejection. */
  static final int VALID = 3;

  /** A request setup: the {@code Request} (see {@link JsHttpRequestSetup#toRequest}), or null. */
  static final int REQUEST = 4;

  /** A storage's segment-change callback: the stream ID as a string. */
  static final int CHANGED = 5;

  private final int kind;
  private final Logger logger;
  private final String failure;
  private final Object target;
  private final String url;

  /**
   * @param target a {@link Runnable} for {@link #INITIALIZED}, otherwise the {@link Consumer} of
   *     the result
   * @param url the segment URL, for {@link #REQUEST}
   */
  JsReply(int kind, Logger logger, String failure, Object target, String url) {
    this.kind = kind;
    this.logger = logger;
    this.failure = failure;
    this.target = target;
    this.url = url;
  }

  @Override
  @SuppressWarnings("unchecked")
  public JSObject handle(int op, JSObject value, JSObject b, JSObject c) {
    boolean ok = op == 0;
    if (!ok) {
      logger.warn(Text.cat(failure, Js.describeError(value)));
    }
    if (kind == INITIALIZED) {
      ((Runnable) target).run();
      return null;
    }
    Object result;
    if (kind == STORED) {
      result = ok;
    } else if (kind == BYTES) {
      result = ok ? JsBytes.fromJs(value) : null;
    } else if (kind == VALID) {
      result = ok && Js.isTruthy(value);
    } else if (kind == REQUEST) {
      result = ok ? JsHttpRequestSetup.toRequest(url, value) : null;
    } else {
      result = Js.asString(value);
    }
    ((Consumer<Object>) target).accept(result);
    return null;
  }
}
