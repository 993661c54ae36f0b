package io.swarmloader.browser.webapi;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** The global {@code fetch} and the {@code RequestInit} dictionary it takes. */
public final class Fetch {
  private Fetch() {}

  /**
   * {@code fetch(url, init)}. A synchronous throw (which browsers do not do for fetch, but
   * polyfills may) becomes a rejected promise.
   */
  @JSBody(
      params = {"url", "init"},
      script = "try { return fetch(url, init); } catch (e) { return Promise.reject(e); }")
  public static native JSPromise<Response> fetch(String url, JSObject init);

  /**
   * {@code fetch(request, {signal})}: fetches a prepared {@code Request} (from {@code
   * httpRequestSetup}) with its own method, headers and credentials, under our abort signal. An
   * object with a {@code swarmloaderFetch(signal)} method instead of a {@code Request} is its own
   * transport (the hls.js player-loader path) and answers with a {@code Response} itself.
   */
  @JSBody(
      params = {"request", "signal"},
      script =
          "try { return typeof request.swarmloaderFetch === 'function'"
              + " ? request.swarmloaderFetch(signal) : fetch(request, {signal: signal}); }"
              + " catch (thrown) { return Promise.reject(thrown); }")
  public static native JSPromise<Response> fetchRequest(JSObject request, JSObject signal);

  /** A new {@code RequestInit} with {@code signal} and an empty {@code headers} object. */
  @JSBody(params = "signal", script = "return {signal: signal, headers: {}};")
  public static native JSObject requestInit(JSObject signal);

  /** Sets one request header in a {@link #requestInit}. */
  @JSBody(
      params = {"init", "name", "value"},
      script = "init.headers[name] = value;")
  public static native void setHeader(JSObject init, String name, String value);

  /** {@code credentials: "include"}: send cookies and HTTP auth cross-origin. */
  @JSBody(params = "init", script = "init.credentials = 'include';")
  public static native void includeCredentials(JSObject init);

  @JSBody(script = "return typeof fetch === 'function';")
  public static native boolean isSupported();
}
