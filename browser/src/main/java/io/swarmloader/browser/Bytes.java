package io.swarmloader.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.ArrayBufferView;
import org.teavm.jso.typedarrays.Int8Array;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * Moves bytes between Java {@code byte[]} and JavaScript buffers, saying for every method whether
 * it copies or shares memory. In TeaVM's JavaScript backend a {@code byte[]} is backed by an {@code
 * Int8Array}, which makes zero-copy views possible and makes two teavm-jso-apis methods traps
 * (teavm-notes.md §5):
 *
 * <ul>
 *   <li>{@code Int8Array.copyFromJavaArray} and {@code copyToJavaArray} do not copy: they alias,
 *       like {@code fromJavaArray}/{@code toJavaArray}. Checkstyle bans them; use this class.
 *   <li>Fetch stream chunks are {@code Uint8Array}s (0–255) although teavm-jso-apis types them as
 *       {@code Int8Array}; calling {@code toJavaArray()} on one yields unsigned values. Every
 *       method here re-views the memory as signed bytes first, whatever the view's element type.
 * </ul>
 *
 * <p>Methods named {@code copy…} return memory nobody else references. Methods named {@code wrap}
 * or {@code view} share memory with their argument: later writes on either side show on the other.
 * Arguments are never null; out-of-range offsets throw {@link IndexOutOfBoundsException}.
 */
public final class Bytes {
  private Bytes() {}

  /** A new {@code byte[]} holding a copy of the view's bytes (any typed array or DataView). */
  public static byte[] copyOf(ArrayBufferView view) {
    byte[] target = new byte[view.getByteLength()];
    setSigned(Int8Array.fromJavaArray(target), view);
    return target;
  }

  /** A new {@code byte[]} holding a copy of the whole buffer. */
  public static byte[] copyOf(ArrayBuffer buffer) {
    byte[] target = new byte[buffer.getByteLength()];
    Int8Array.fromJavaArray(target).set(new Int8Array(buffer), 0);
    return target;
  }

  /**
   * A {@code byte[]} over the same memory as the whole buffer, without copying. For buffers the
   * caller owns outright, such as a data-channel message.
   */
  public static byte[] wrap(ArrayBuffer buffer) {
    return new Int8Array(buffer).toJavaArray();
  }

  /**
   * The view's bytes as a {@code byte[]}, for a chunk the caller owns outright (a fetch stream
   * chunk): shares memory when the view spans its whole buffer, copies otherwise (so a small slice
   * does not keep a large buffer alive).
   */
  public static byte[] adopt(ArrayBufferView view) {
    ArrayBuffer buffer = view.getBuffer();
    if (view.getByteOffset() == 0 && view.getByteLength() == buffer.getByteLength()) {
      return wrap(buffer);
    }
    return copyOf(view);
  }

  /** A new {@code Uint8Array} (with its own buffer) holding a copy of {@code data[offset..]}. */
  public static Uint8Array copyToUint8Array(byte[] data, int offset, int length) {
    Int8Array source = view(data, offset, length);
    Uint8Array target = new Uint8Array(length);
    new Int8Array(target.getBuffer()).set(source, 0);
    return target;
  }

  /**
   * A new {@code ArrayBuffer} of exactly {@code length} bytes copied from {@code data[offset..]}.
   */
  public static ArrayBuffer copyToArrayBuffer(byte[] data, int offset, int length) {
    return copyToUint8Array(data, offset, length).getBuffer();
  }

  /**
   * An {@code Int8Array} over {@code data[offset..offset+length)}, sharing its memory. Only for
   * calls that copy before returning, such as {@code RTCDataChannel.send}.
   */
  public static Int8Array view(byte[] data, int offset, int length) {
    checkRange(data.length, offset, length);
    Int8Array whole = Int8Array.fromJavaArray(data);
    return new Int8Array(whole.getBuffer(), whole.getByteOffset() + offset, length);
  }

  private static void checkRange(int size, int offset, int length) {
    if (offset < 0 || length < 0 || offset > size - length) {
      throw new IndexOutOfBoundsException(
          "range [" + offset + ", " + offset + " + " + length + ") out of bounds for " + size);
    }
  }

  /** {@code target.set(source as signed bytes)}: re-views any typed array or DataView. */
  @JSBody(
      params = {"target", "source"},
      script = "target.set(new Int8Array(source.buffer, source.byteOffset, source.byteLength));")
  private static native void setSigned(Int8Array target, ArrayBufferView source);
}
