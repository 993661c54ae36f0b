package io.swarmloader.browser.check;

import io.swarmloader.browser.Bytes;
import org.teavm.jso.JSBody;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * {@link Bytes} on real typed arrays: signedness, offsets, and that every {@code copy…} method
 * really copies (teavm-notes.md §5 traps). Each failed check adds its name to {@code failures}.
 */
final class ByteChecks {
  private ByteChecks() {}

  static void run(JsRecord out) {
    Checker c = new Checker(out);
    out.list("failures");

    byte[] source = {-1, 0, 127, -128, 5};
    Uint8Array copy = Bytes.copyToUint8Array(source, 1, 3);
    source[1] = 9;
    c.check("copyToUint8Array values", "0,127,128".equals(join(copy)));
    c.check("copyToUint8Array own buffer", copy.getBuffer().getByteLength() == 3);

    ArrayBuffer buffer = Bytes.copyToArrayBuffer(source, 0, 5);
    source[0] = 1;
    c.check("copyToArrayBuffer values", "255,9,127,128,5".equals(join(new Uint8Array(buffer))));

    Uint8Array unsigned = fromList("255,128,1,0,200");
    byte[] copied = Bytes.copyOf(unsigned);
    unsigned.set(0, (short) 7);
    c.check("copyOf(view) signed", copied.length == 5 && copied[0] == -1 && copied[1] == -128);
    c.check("copyOf(view) last", copied[4] == (byte) 200 && copied[3] == 0);

    Uint8Array offsetView = new Uint8Array(fromList("1,2,250,251,252,6").getBuffer(), 2, 3);
    byte[] slice = Bytes.copyOf(offsetView);
    offsetView.set(0, (short) 0);
    c.check("copyOf(offset view)", slice.length == 3 && slice[0] == -6 && slice[2] == -4);

    Uint8Array whole = fromList("255,128,1");
    byte[] adoptedWhole = Bytes.adopt(whole);
    c.check("adopt(whole view) signed", adoptedWhole[0] == -1 && adoptedWhole[1] == -128);
    whole.set(2, (short) 250);
    c.check("adopt(whole view) shares", adoptedWhole[2] == -6);

    byte[] adopted = Bytes.adopt(offsetView);
    c.check("adopt(offset view) copies", adopted.length == 3 && adopted[0] == 0);

    ArrayBuffer shared = fromList("10,20,30").getBuffer();
    byte[] wrapped = Bytes.wrap(shared);
    new Uint8Array(shared).set(1, (short) 222);
    c.check("wrap shares memory", wrapped.length == 3 && wrapped[1] == (byte) 222);

    byte[] fromBuffer = Bytes.copyOf(shared);
    new Uint8Array(shared).set(2, (short) 0);
    c.check("copyOf(buffer) copies", fromBuffer[2] == 30 && fromBuffer[1] == (byte) 222);

    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    byte[] roundTrip = Bytes.copyOf(Bytes.copyToUint8Array(all, 0, 256));
    boolean same = roundTrip.length == 256;
    for (int i = 0; same && i < 256; i++) {
      same = roundTrip[i] == (byte) i;
    }
    c.check("round trip of 256 values", same);

    try {
      Bytes.view(all, 250, 7);
      c.check("view range checked", false);
    } catch (IndexOutOfBoundsException expected) {
      c.check("view range checked", true);
    }
    out.put("checks", c.count);
  }

  /** Counts checks and records the names of failed ones. */
  private static final class Checker {
    final JsRecord out;
    int count;

    Checker(JsRecord out) {
      this.out = out;
    }

    void check(String name, boolean passed) {
      count++;
      if (!passed) {
        out.add("failures", name);
      }
    }
  }

  @JSBody(params = "a", script = "return Array.prototype.join.call(a, ',');")
  private static native String join(Uint8Array a);

  @JSBody(params = "s", script = "return new Uint8Array(JSON.parse('[' + s + ']'));")
  private static native Uint8Array fromList(String s);
}
