package io.swarmloader.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmloader.core.protocol.FrameJoiner.JoinError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FrameJoinerTest {
  private static final int MAX_COMMAND_BYTES = 300;

  private final JoinRecorder recorder = new JoinRecorder();
  private final FrameJoiner joiner = new FrameJoiner(() -> MAX_COMMAND_BYTES, recorder);

  @ParameterizedTest
  @EnumSource(Split.class)
  void push_sequenceOfCommands_joinsEachInOrder(Split split) {
    SplittableRandom random = new SplittableRandom(11);
    List<Object> expected = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      byte[] body = new byte[1 + random.nextInt(MAX_COMMAND_BYTES)];
      random.nextBytes(body);
      expected.add(Hex.format(body));
      pushAll(split.frames(body, 1100 + k));
    }
    assertEquals(expected, recorder.events, split.describe(1100));
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void push_continuationWithoutStart_noFirstChunkThenRecovers(Split split) {
    byte[] body = body(40, 1);
    List<byte[]> frames = split.frames(body, 12);
    pushAll(frames.size() > 1 ? frames.subList(1, frames.size()) : List.of(asContinuation(frames)));
    pushAll(split.frames(body, 13));
    List<Object> events = recorder.events;
    assertEquals(JoinError.NO_FIRST_CHUNK, events.get(0), split.describe(12));
    assertEquals(Hex.format(body), events.get(events.size() - 1), split.describe(12));
    assertEquals(1, recorder.bodies.size());
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void push_newStartMidCommand_dropsPartialKeepsNewFrame(Split split) {
    byte[] first = body(60, 2);
    byte[] second = body(30, 3);
    List<byte[]> firstFrames = Split.ONE_BYTE.frames(first, 0);
    pushAll(firstFrames.subList(0, 10)); // first command left incomplete
    pushAll(split.frames(second, 14));
    assertEquals(
        List.of(JoinError.INCOMPLETE_JOINING, Hex.format(second)),
        recorder.events,
        split.describe(14));
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void push_oversizeCommand_reportedOnceRestSkippedNextCommandJoined(Split split) {
    byte[] big = body(MAX_COMMAND_BYTES + 200, 4); // overflows before its last frame
    byte[] next = body(25, 5);
    pushAll(split.frames(big, 15));
    pushAll(split.frames(next, 16));
    assertEquals(
        List.of(JoinError.COMMAND_TOO_LARGE, Hex.format(next)),
        recorder.events,
        split.describe(15));
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void push_oneByteOverMax_rejected(Split split) {
    pushAll(split.frames(body(MAX_COMMAND_BYTES + 1, 9), 21));
    assertEquals(List.of(JoinError.COMMAND_TOO_LARGE), recorder.events, split.describe(21));
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void push_commandOfExactlyMaxBytes_joined(Split split) {
    byte[] body = body(MAX_COMMAND_BYTES, 6);
    pushAll(split.frames(body, 17));
    assertEquals(List.of(Hex.format(body)), recorder.events, split.describe(17));
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void push_duplicatedFrames_errorsButNeverThrows(Split split) {
    byte[] body = body(50, 7);
    for (byte[] frame : split.frames(body, 18)) {
      joiner.push(frame);
      joiner.push(frame);
    }
    pushAll(split.frames(body, 19));
    assertEquals(Hex.format(body), recorder.events.get(recorder.events.size() - 1));
  }

  @ParameterizedTest
  @EnumSource(Split.class)
  void push_nonFrameMessage_ignored(Split split) {
    joiner.push(Hex.parse("63 73 74 72 00"));
    byte[] body = body(10, 8);
    pushAll(split.frames(body, 20));
    assertEquals(List.of(Hex.format(body)), recorder.events);
  }

  private void pushAll(List<byte[]> frames) {
    for (byte[] f : frames) {
      joiner.push(f);
    }
  }

  private static byte[] asContinuation(List<byte[]> frames) {
    byte[] f = Arrays.copyOf(frames.get(0), frames.get(0).length);
    FrameMarkers.writeStart(f, 0, false);
    return f;
  }

  private static byte[] body(int length, long seed) {
    byte[] b = new byte[length];
    new SplittableRandom(seed).nextBytes(b);
    return b;
  }
}
