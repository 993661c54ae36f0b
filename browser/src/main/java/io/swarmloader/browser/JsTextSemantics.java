package io.swarmloader.browser;

import io.swarmloader.core.json.JsonException;
import io.swarmloader.core.platform.TextSemantics;
import org.teavm.jso.JSBody;

/**
 * {@link TextSemantics} delegated to JavaScript itself, so identifiers match 2.3.x peers exactly
 * and tracker JSON goes through {@code JSON.parse}/{@code JSON.stringify} ({@link JsJson}).
 */
public final class JsTextSemantics implements TextSemantics {
  @Override
  public String trim(String s) {
    return jsTrim(s);
  }

  @Override
  public String toLowerCase(String s) {
    return jsLower(s);
  }

  @Override
  public String toUpperCase(String s) {
    return jsUpper(s);
  }

  @Override
  public double parseNumber(String s) {
    return jsNumber(s);
  }

  @Override
  public String numberToString(double n) {
    return jsString(n);
  }

  @Override
  public Object parseJson(String text) throws JsonException {
    return JsJson.parse(text);
  }

  @Override
  public String writeJson(Object value) {
    return JsJson.write(value);
  }

  @JSBody(params = "s", script = "return s.trim();")
  private static native String jsTrim(String s);

  @JSBody(params = "s", script = "return s.toLowerCase();")
  private static native String jsLower(String s);

  @JSBody(params = "s", script = "return s.toUpperCase();")
  private static native String jsUpper(String s);

  @JSBody(params = "s", script = "return Number(s);")
  private static native double jsNumber(String s);

  @JSBody(params = "n", script = "return String(n);")
  private static native String jsString(double n);
}
