package io.swarmloader.browser;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * A Java object that JS glue calls as {@code f(op, a, b, c)}, {@code op} naming the action. One
 * object dispatching on {@code op} instead of a lambda per callback: in a TeaVM bundle every lambda
 * is a class of its own (constructor, metadata, exported wrapper).
 *
 * <p>The browser module's own scripts take the handler as a plain {@code JSObject} and call {@code
 * h.handle(op, ...)} (TeaVM exports {@code handle} on the Java object): that saves the functor
 * conversion TeaVM emits at each call site of a script taking a {@code JsHandler}.
 */
@JSFunctor
public interface JsHandler extends JSObject {
  /** Runs action {@code op}; missing arguments are undefined. Returns undefined or null if none. */
  JSObject handle(int op, JSObject a, JSObject b, JSObject c);
}
