package io.swarmloader.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/** A {@link FrameJoiner.Sink} that records bodies and errors in arrival order. */
final class JoinRecorder implements FrameJoiner.Sink {
  final List<byte[]> bodies = new ArrayList<>();
  final List<String> errors = new ArrayList<>();
  final List<Object> events = new ArrayList<>();

  @Override
  public void onCommand(byte[] body) {
    bodies.add(body);
    events.add(Hex.format(body));
  }

  @Override
  public void onError(String error) {
    errors.add(error);
    events.add(error);
  }

  /** Splits {@code body} the given way, joins it, and decodes the single body that must result. */
  static DecodeResult decodeThrough(Split split, byte[] body, long seed, int maxIds) {
    JoinRecorder recorder = new JoinRecorder();
    FrameJoiner joiner = new FrameJoiner(() -> 1 << 20, recorder);
    for (byte[] frame : split.frames(body, seed)) {
      joiner.push(frame);
    }
    assertEquals(List.of(), recorder.errors, split.describe(seed));
    assertEquals(1, recorder.bodies.size(), split.describe(seed));
    return CommandCodec.decode(recorder.bodies.get(0), maxIds);
  }
}
