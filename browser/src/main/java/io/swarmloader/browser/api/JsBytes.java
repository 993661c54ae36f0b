package io.swarmloader.browser.api;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSByRef;
import org.teavm.jso.JSObject;

/**
 * Bytes across the boundary (teavm-notes.md §5). Java to JS always copies into a fresh {@code
 * ArrayBuffer}: players transfer buffers to workers and applications may keep them, and the engine
 * keeps its own arrays. JS to Java wraps without copying; the engine never writes into segment
 * data.
 */
public final class JsBytes {
  private JsBytes() {}

  /** A fresh {@code ArrayBuffer} holding a copy of {@code data}. */
  @JSBody(
      params = "a",
      script = "return a.buffer.slice(a.byteOffset, a.byteOffset + a.byteLength);")
  public static native JSObject toArrayBuffer(@JSByRef byte[] data);

  /**
   * A Java view of an {@code ArrayBuffer} or typed array without copying; null for anything else.
   */
  public static byte[] fromJs(JSObject value) {
    return isBinary(value) ? wrap(value) : null;
  }

  @JSBody(params = "v", script = "return v instanceof ArrayBuffer || ArrayBuffer.isView(v);")
  private static native boolean isBinary(JSObject v);

  @JSBody(
      params = "v",
      script =
          "return v instanceof ArrayBuffer ? new Int8Array(v)"
              + " : new Int8Array(v.buffer, v.byteOffset, v.byteLength);")
  @JSByRef
  private static native byte[] wrap(JSObject v);
}
