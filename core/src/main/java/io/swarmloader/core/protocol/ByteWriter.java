package io.swarmloader.core.protocol;

/** A growable byte array for building command bodies and joining frames. */
final class ByteWriter {
  private byte[] bytes;
  private int size;

  ByteWriter(int initialCapacity) {
    bytes = new byte[Math.max(initialCapacity, 16)];
  }

  void writeByte(int value) {
    ensure(1);
    bytes[size++] = (byte) value;
  }

  void write(byte[] source, int offset, int length) {
    ensure(length);
    System.arraycopy(source, offset, bytes, size, length);
    size += length;
  }

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }

  byte[] toByteArray() {
    byte[] out = new byte[size];
    System.arraycopy(bytes, 0, out, 0, size);
    return out;
  }

  private void ensure(int extra) {
    if (size + extra > bytes.length) {
      byte[] grown = new byte[Math.max(size + extra, bytes.length * 2)];
      System.arraycopy(bytes, 0, grown, 0, size);
      bytes = grown;
    }
  }
}
