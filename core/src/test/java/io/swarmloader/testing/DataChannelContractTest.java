package io.swarmloader.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.platform.DataChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link DataChannel} implementation owes the engine (wire-protocol.md §4):
 * ordered, reliable, byte-exact delivery; bufferedAmount with a low-water event at 65536; close
 * reported once to the other end and never to the closing end; nothing after close. Subclasses only
 * build a connected pair.
 */
public abstract class DataChannelContractTest {

  /** Two connected, open ends and a way to let time pass. */
  protected interface ChannelPair {
    DataChannel a();

    DataChannel b();

    /** Runs the event loop for {@code ms} milliseconds. */
    void runForMs(int ms);
  }

  /** A freshly opened pair, with no listeners set yet. */
  protected abstract ChannelPair createPair();

  /** Enough time for any message or notice queued so far to arrive. */
  protected int settleMs() {
    return 10_000;
  }

  private ChannelPair pair;
  private RecordingChannelListener atA;
  private RecordingChannelListener atB;

  @BeforeEach
  void openPair() {
    pair = createPair();
    atA = new RecordingChannelListener();
    atB = new RecordingChannelListener();
    pair.a().setListener(atA);
    pair.b().setListener(atB);
  }

  @Test
  void send_manyMessages_arriveInSendOrder() {
    for (int i = 0; i < 300; i++) {
      byte[] message = {(byte) i, (byte) (i >> 8)};
      pair.a().send(message, 0, message.length);
      if (i % 37 == 0) {
        pair.runForMs(3);
      }
    }
    pair.runForMs(settleMs());

    assertEquals(300, atB.messages.size());
    for (int i = 0; i < 300; i++) {
      assertArrayEquals(new byte[] {(byte) i, (byte) (i >> 8)}, atB.messages.get(i), "index " + i);
    }
  }

  @Test
  void send_everyByteValueAndSizeUpToMax_arrivesIntact() {
    SplittableRandom random = new SplittableRandom(42);
    int max = pair.a().maxMessageSize();
    int[] sizes = {1, 2, 255, 256, 1000, 16_384, max - 1, max};
    List<byte[]> sent = new ArrayList<>();
    for (int size : sizes) {
      byte[] message = new byte[size];
      for (int i = 0; i < size; i++) {
        message[i] = (byte) (i < 256 ? i : random.nextInt(256));
      }
      sent.add(message);
      pair.b().send(message, 0, size);
    }
    pair.runForMs(settleMs());

    assertEquals(sent.size(), atA.messages.size());
    for (int i = 0; i < sent.size(); i++) {
      assertArrayEquals(sent.get(i), atA.messages.get(i), "size " + sizes[i]);
    }
  }

  @Test
  void send_sliceThenSourceChanged_deliversCopyOfSlice() {
    byte[] source = {9, 1, 2, 3, 9};
    pair.a().send(source, 1, 3);
    source[2] = 77;
    pair.runForMs(settleMs());

    assertEquals(1, atB.messages.size());
    assertArrayEquals(new byte[] {1, 2, 3}, atB.messages.get(0));
  }

  @Test
  void bufferedAmount_afterSend_countsQueuedBytesThenDrainsToZero() {
    pair.a().send(new byte[1000], 0, 1000);
    pair.a().send(new byte[500], 0, 500);

    assertEquals(1500, pair.a().bufferedAmount());
    pair.runForMs(settleMs());
    assertEquals(0, pair.a().bufferedAmount());
    assertEquals(1500, atB.receivedBytes());
  }

  @Test
  void bufferedAmountLow_afterExceedingThreshold_firesOnceWhenDrained() {
    int chunk = 16_000;
    for (int i = 0; i < 10; i++) {
      pair.a().send(new byte[chunk], 0, chunk);
    }
    assertTrue(pair.a().bufferedAmount() > 65_536);

    pair.runForMs(settleMs());

    assertEquals(1, atA.bufferedAmountLowCount);
    assertEquals(10 * chunk, atB.receivedBytes());
  }

  @Test
  void bufferedAmountLow_neverAboveThreshold_doesNotFire() {
    pair.a().send(new byte[60_000], 0, 60_000);
    pair.runForMs(settleMs());

    assertEquals(0, atA.bufferedAmountLowCount);
  }

  @Test
  void close_byOneEnd_otherEndHearsOnceAfterEarlierMessages() {
    pair.a().send(new byte[] {1}, 0, 1);
    pair.a().send(new byte[] {2}, 0, 1);
    pair.a().close();
    pair.a().close();
    pair.runForMs(settleMs());

    assertEquals(List.of("message", "message", "closed"), atB.events);
    assertEquals(List.of(), atA.events);
  }

  @Test
  void close_nothingReachesClosedEndAndSendAfterCloseIsIgnored() {
    pair.a().close();
    pair.b().send(new byte[] {5}, 0, 1);
    pair.runForMs(settleMs());
    pair.a().send(new byte[] {6}, 0, 1);
    pair.b().send(new byte[] {7}, 0, 1);
    pair.runForMs(settleMs());

    assertEquals(List.of(), atA.events);
    assertEquals(List.of("closed"), atB.events);
  }

  @Test
  void maxMessageSize_isAtLeastDefaultLimit() {
    assertTrue(pair.a().maxMessageSize() >= 16_384);
    assertEquals(pair.a().maxMessageSize(), pair.b().maxMessageSize());
  }
}
