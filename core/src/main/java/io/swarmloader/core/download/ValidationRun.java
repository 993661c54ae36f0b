package io.swarmloader.core.download;

import io.swarmloader.core.model.Segment;
import java.util.function.Consumer;

/**
 * One call of a {@link SegmentValidator} (player-integration.md §5.10): hands the validator's first
 * answer on, ignores later ones, and counts a validator that throws as a rejection. Shared by the
 * HTTP and the P2P download so both treat validators the same way.
 */
public final class ValidationRun implements Consumer<Boolean> {
  /** Receives the outcome once. */
  public interface Outcome {
    void onValidated(boolean isValid);
  }

  private final Outcome outcome;
  private boolean isAnswered;

  private ValidationRun(Outcome outcome) {
    this.outcome = outcome;
  }

  /** Validates {@code data} of {@code segment}; {@code outcome} hears about it exactly once. */
  public static void start(
      SegmentValidator validator, Segment segment, byte[] data, Outcome outcome) {
    ValidationRun run = new ValidationRun(outcome);
    try {
      validator.validate(segment.url(), segment.byteRange(), data, run);
    } catch (RuntimeException e) {
      run.accept(false);
    }
  }

  /** The validator's answer; anything but {@code true} rejects. Only the first answer counts. */
  @Override
  public void accept(Boolean isValid) {
    if (!isAnswered) {
      isAnswered = true;
      outcome.onValidated(Boolean.TRUE.equals(isValid));
    }
  }
}
