package io.swarmloader.browser.webapi;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.typedarrays.ArrayBufferView;

/**
 * The Web {@code ReadableStream} of a response body, typed correctly: teavm-jso-apis declares the
 * chunks of {@code ReadableStreamReadResult} as {@code Int8Array}, but fetch delivers {@code
 * Uint8Array} (teavm-notes.md §5), so this binding exposes them as {@link ArrayBufferView}.
 */
public interface ReadableStream extends JSObject {
  Reader getReader();

  /** {@code ReadableStreamDefaultReader}. */
  interface Reader extends JSObject {
    JSPromise<ReadResult> read();
  }

  /** One {@code read()} result: a chunk, or {@code done}. */
  interface ReadResult extends JSObject {
    @JSProperty
    boolean isDone();

    /** A {@code Uint8Array}; undefined when done. */
    @JSProperty
    ArrayBufferView getValue();
  }
}
