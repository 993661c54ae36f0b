package io.swarmloader.browser.check;

import io.swarmloader.browser.BrowserRtc;
import io.swarmloader.browser.BrowserTimers;
import io.swarmloader.browser.ConsoleLogger;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Two {@link BrowserRtc} connections in one page, signalled in-page with {@code rtcConfig
 * {iceServers: []}}: gathering time and SDP shape, a 4 MiB transfer in messages of at most 65535
 * bytes under backpressure (twice: on a fresh channel, then warm), close from either end (heard
 * once, by the other end only), and rejected descriptions.
 */
final class RtcChecks {
  /** Bytes moved in the transfer check. */
  static final int TRANSFER_BYTES = 4 * 1024 * 1024;

  /** wire-protocol.md §4: the default webRtcMaxMessageSize. */
  private static final int MAX_MESSAGE_BYTES = 65_535;

  /** wire-protocol.md §4: hold writes while bufferedAmount is above this. */
  private static final int HIGH_WATER_BYTES = 65_536;

  private static final int CONNECT_DEADLINE_MS = 11_000;
  private static final int CLOSE_DEADLINE_MS = 5_000;

  /** How long to watch for stray events after a close has been heard. */
  private static final int QUIET_MS = 500;

  private final BrowserTimers timers = new BrowserTimers();
  private final BrowserRtc rtc = new BrowserRtc(noIceServers(), timers, new ConsoleLogger());
  private final JsRecord out;
  private RtcSide[] pair;
  private RtcSide[] pair2;

  RtcChecks(JsRecord out) {
    this.out = out;
  }

  void run(Sequence sequence) {
    sequence
        .then(done -> connect(out.child("connect"), p -> pair = p, done))
        .then(done -> ifConnected(pair, done, () -> new Transfer(out.child("transfer"), done)))
        .then(done -> ifConnected(pair, done, () -> new Transfer(out.child("transferWarm"), done)))
        .then(done -> ifConnected(pair, done, () -> reverse(out.child("reverse"), done)))
        .then(done -> ifConnected(pair, done, () -> closeByConnection(done)))
        .then(done -> connect(out.child("connect2"), p -> pair2 = p, done))
        .then(done -> ifConnected(pair2, done, () -> closeByChannel(done)))
        .then(done -> badOffer(out.child("badOffer"), done))
        .then(done -> badAnswer(out.child("badAnswer"), done))
        .then(
            done -> {
              out.put("defaultConfig", stringify(BrowserRtc.defaultRtcConfig()));
              done.run();
            });
  }

  private static void ifConnected(RtcSide[] p, Runnable done, Runnable step) {
    if (p == null) {
      done.run();
    } else {
      step.run();
    }
  }

  /** Offer, answer and open, all in this page; reports timings and the SDPs' shape. */
  private void connect(JsRecord r, Consumer<RtcSide[]> result, Runnable done) {
    RtcSide a = new RtcSide();
    RtcSide b = new RtcSide();
    double startMs = timers.nowMs();
    double[] answerStartMs = new double[1];
    boolean[] finished = new boolean[1];
    Runnable finish =
        () -> {
          if (!finished[0]) {
            finished[0] = true;
            a.report(r.child("a"));
            b.report(r.child("b"));
            boolean isOpen = a.channel != null && b.channel != null;
            r.put("open", isOpen);
            result.accept(isOpen ? new RtcSide[] {a, b} : null);
            done.run();
          }
        };
    a.onSdp =
        sdp -> {
          r.put("offerGatheringMs", timers.nowMs() - startMs);
          describeSdp(r.child("offer"), sdp);
          answerStartMs[0] = timers.nowMs();
          b.connection = rtc.createAnswer(sdp, b);
        };
    b.onSdp =
        sdp -> {
          r.put("answerGatheringMs", timers.nowMs() - answerStartMs[0]);
          describeSdp(r.child("answer"), sdp);
          a.connection.acceptAnswer(sdp);
        };
    Runnable opened =
        () -> {
          if (a.channel != null && b.channel != null) {
            r.put("openMs", timers.nowMs() - startMs);
            r.put("maxMessageSizeA", a.channel.maxMessageSize());
            r.put("maxMessageSizeB", b.channel.maxMessageSize());
            finish.run();
          }
        };
    a.onOpen = opened;
    b.onOpen = opened;
    a.connection = rtc.createOffer(a);
    timers.schedule(finish, CONNECT_DEADLINE_MS);
  }

  private static void describeSdp(JsRecord r, String sdp) {
    r.put("hasTrickleOption", sdp.contains("a=ice-options:trickle"));
    r.put("candidates", count(sdp, "a=candidate:"));
    r.put("loopbackCandidates", count(sdp, " 127.0.0.1 "));
    r.put("applicationSections", count(sdp, "m=application"));
    r.put("endsWithCrlf", sdp.endsWith("\r\n"));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  /**
   * A to B: {@link #TRANSFER_BYTES} as numbered messages sent from one reused buffer (so aliasing
   * would corrupt them), pausing while bufferedAmount is above the high-water mark.
   */
  private final class Transfer {
    final JsRecord r;
    final Runnable done;
    final RtcSide a = pair[0];
    final RtcSide b = pair[1];
    final int messageBytes = Math.min(MAX_MESSAGE_BYTES, a.channel.maxMessageSize());
    final int messageCount = (TRANSFER_BYTES + messageBytes - 1) / messageBytes;
    final byte[] buffer = new byte[messageBytes + 2];
    final double startMs = timers.nowMs();
    int sent;
    int received;
    int receivedBytes;
    int badMessages;
    int maxBufferedAfterSend;
    int pauses;
    boolean isWaiting;
    boolean isFinished;

    Transfer(JsRecord r, Runnable done) {
      this.r = r;
      this.done = done;
      a.onLow = this::onLow;
      b.onBytes = this::onMessage;
      timers.schedule(this::finish, 20_000);
      pump();
    }

    void pump() {
      while (sent < messageCount && a.channel.bufferedAmount() <= HIGH_WATER_BYTES) {
        int length = lengthOf(sent);
        fill(buffer, 1, sent, length);
        a.channel.send(buffer, 1, length);
        for (int i = 0; i < buffer.length; i++) {
          buffer[i] = 0x55; // overwrite at once: the message sent must not change
        }
        maxBufferedAfterSend = Math.max(maxBufferedAfterSend, a.channel.bufferedAmount());
        sent++;
      }
      if (sent < messageCount) {
        isWaiting = true;
        pauses++;
      }
    }

    void onLow() {
      if (isWaiting) {
        isWaiting = false;
        pump();
      }
    }

    int lengthOf(int index) {
      return index < messageCount - 1 ? messageBytes : TRANSFER_BYTES - index * messageBytes;
    }

    void onMessage(byte[] message) {
      int index = received++;
      receivedBytes += message.length;
      if (!isIntact(message, index)) {
        badMessages++;
      }
      if (receivedBytes >= TRANSFER_BYTES) {
        finish();
      }
    }

    boolean isIntact(byte[] message, int index) {
      if (message.length != lengthOf(index)) {
        return false;
      }
      byte[] expected = new byte[message.length];
      fill(expected, 0, index, message.length);
      for (int i = 0; i < message.length; i++) {
        if (message[i] != expected[i]) {
          return false;
        }
      }
      return true;
    }

    void finish() {
      if (isFinished) {
        return;
      }
      isFinished = true;
      double ms = timers.nowMs() - startMs;
      r.put("messageBytes", messageBytes).put("messages", messageCount).put("sent", sent);
      r.put("received", received).put("receivedBytes", receivedBytes);
      r.put("badMessages", badMessages).put("ms", ms);
      r.put("mibPerSecond", receivedBytes / 1048576.0 / (ms / 1000));
      r.put("maxBufferedAfterSend", maxBufferedAfterSend).put("pauses", pauses);
      r.put("bufferedLowEvents", a.bufferedLowCount);
      b.onBytes = bytes -> {};
      done.run();
    }
  }

  /** Message {@code index}: its number (4 bytes, big-endian), then a pattern of it. */
  static void fill(byte[] target, int offset, int index, int length) {
    target[offset] = (byte) (index >>> 24);
    target[offset + 1] = (byte) (index >>> 16);
    target[offset + 2] = (byte) (index >>> 8);
    target[offset + 3] = (byte) index;
    for (int i = 4; i < length; i++) {
      target[offset + i] = (byte) (index * 31 + i);
    }
  }

  private void reverse(JsRecord r, Runnable done) {
    RtcSide a = pair[0];
    a.onBytes =
        bytes -> {
          r.put("bytes", bytes.length);
          r.put("intact", bytes.length == 3 && bytes[0] == 7 && bytes[1] == -8 && bytes[2] == 9);
          a.onBytes = b -> {};
          done.run();
        };
    pair[1].channel.send(new byte[] {0, 7, -8, 9, 0}, 1, 3);
  }

  /** A closes its connection after two messages; B hears both, then the close, once. */
  private void closeByConnection(Runnable done) {
    RtcSide a = pair[0];
    RtcSide b = pair[1];
    b.onBytes = bytes -> b.events.add("message " + bytes[0]);
    a.channel.send(new byte[] {1}, 0, 1);
    a.channel.send(new byte[] {2}, 0, 1);
    a.connection.close();
    a.connection.close();
    a.channel.send(new byte[] {3}, 0, 1); // after close: ignored
    awaitClose(out.child("closeByConnection"), a, b, done);
  }

  /** B closes its channel; A hears the close, once. */
  private void closeByChannel(Runnable done) {
    RtcSide a = pair2[0];
    RtcSide b = pair2[1];
    a.onBytes = bytes -> a.events.add("message " + bytes[0]);
    b.channel.send(new byte[] {4}, 0, 1);
    b.channel.close();
    b.channel.close();
    awaitClose(out.child("closeByChannel"), b, a, done);
  }

  private void awaitClose(JsRecord r, RtcSide closer, RtcSide other, Runnable done) {
    double startMs = timers.nowMs();
    boolean[] finished = new boolean[1];
    Runnable report =
        () -> {
          if (!finished[0]) {
            finished[0] = true;
            closer.report(r.child("closer"));
            other.report(r.child("other"));
            done.run();
          }
        };
    other.onAnyClose =
        () -> {
          if (other.channelClosedCount > 0 && other.connectionClosedCount > 0) {
            r.put("heardAfterMs", timers.nowMs() - startMs);
            timers.schedule(report, QUIET_MS);
          }
        };
    timers.schedule(report, CLOSE_DEADLINE_MS);
  }

  /** An answerer given an offer that is not SDP closes, once, without a local description. */
  private void badOffer(JsRecord r, Runnable done) {
    RtcSide side = new RtcSide();
    awaitFailure(r, side, done);
    side.connection = rtc.createAnswer("v=0\r\nnot sdp\r\n", side);
  }

  /** An offerer given an answer that is not SDP closes, once. */
  private void badAnswer(JsRecord r, Runnable done) {
    RtcSide side = new RtcSide();
    side.onSdp = sdp -> side.connection.acceptAnswer("v=0\r\nnot sdp\r\n");
    awaitFailure(r, side, done);
    side.connection = rtc.createOffer(side);
  }

  private void awaitFailure(JsRecord r, RtcSide side, Runnable done) {
    boolean[] finished = new boolean[1];
    Runnable report =
        () -> {
          if (!finished[0]) {
            finished[0] = true;
            side.report(r);
            side.connection.close();
            done.run();
          }
        };
    side.onAnyClose = () -> timers.schedule(report, QUIET_MS);
    timers.schedule(report, CLOSE_DEADLINE_MS);
  }

  @JSBody(script = "return {iceServers: []};")
  private static native JSObject noIceServers();

  @JSBody(params = "o", script = "return JSON.stringify(o);")
  private static native String stringify(JSObject o);
}
