package io.swarmloader.core.http;

import io.swarmloader.core.download.SegmentBuffer;
import io.swarmloader.core.error.RequestErrorType;
import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.platform.HttpResponseListener.HttpHeaders;
import io.swarmloader.core.util.Text;

/**
 * Judges a response's status and headers before any body byte is taken (player-integration.md
 * §5.12). Pure: it reads the buffer and answers with a {@link Verdict} that the attempt applies.
 */
final class ResponseCheck {
  /**
   * Either an error ({@code error} non-null; {@code discardsBytes} says whether the held bytes go)
   * or a go-ahead: {@code restartsFromZero} drops the held bytes first (a 200 to a resume), and
   * {@code totalBytes} is the segment size learned from the headers, or -1.
   */
  static final class Verdict {
    final RequestErrorType error;
    final String message;
    final boolean discardsBytes;
    final boolean restartsFromZero;
    final long totalBytes;

    // A plain class rather than a record: verdicts are never compared, and a record's generated
    // equals would only add to the bundle.
    private Verdict(
        RequestErrorType error,
        String message,
        boolean discardsBytes,
        boolean restartsFromZero,
        long totalBytes) {
      this.error = error;
      this.message = message;
      this.discardsBytes = discardsBytes;
      this.restartsFromZero = restartsFromZero;
      this.totalBytes = totalBytes;
    }

    static Verdict fail(RequestErrorType error, String message, boolean discardsBytes) {
      return new Verdict(error, message, discardsBytes, false, -1);
    }

    static Verdict proceed(boolean restartsFromZero, long totalBytes) {
      return new Verdict(null, null, false, restartsFromZero, totalBytes);
    }

    boolean isOk() {
      return error == null;
    }
  }

  private ResponseCheck() {}

  /**
   * @param requestRange the range this attempt asked for (absolute offsets in the URL), or null
   * @param segmentRange the segment's own byte range, or null for a whole-URL segment
   */
  static Verdict check(
      int status,
      HttpHeaders headers,
      ByteRange requestRange,
      ByteRange segmentRange,
      SegmentBuffer buffer,
      int maxSegmentSizeBytes) {
    if (status == 406 || status == 416) {
      return Verdict.fail(
          RequestErrorType.HTTP_BYTES_MISMATCH,
          Text.cat("HTTP status ", status),
          /* discardsBytes= */ true);
    }
    if (status < 200 || status > 299) {
      return Verdict.fail(RequestErrorType.HTTP_ERROR, Text.cat("HTTP status ", status), false);
    }
    if (requestRange == null || status == 200) {
      if (requestRange != null && segmentRange != null) {
        return Verdict.fail(
            RequestErrorType.HTTP_UNEXPECTED_STATUS_CODE,
            "HTTP status 200 to a byte-range request",
            false);
      }
      if (status == 206) {
        return Verdict.fail(
            RequestErrorType.HTTP_UNEXPECTED_STATUS_CODE, "HTTP status 206 without a Range", false);
      }
      // A whole body: for a resume without a byte range, start again from byte 0.
      return wholeBody(headers, buffer, requestRange != null, maxSegmentSizeBytes);
    }
    if (status != 206) {
      return Verdict.fail(
          RequestErrorType.HTTP_UNEXPECTED_STATUS_CODE,
          Text.cat("HTTP status ", status, " to a ranged request"),
          false);
    }
    return partialBody(headers, requestRange, segmentRange, buffer, maxSegmentSizeBytes);
  }

  private static Verdict wholeBody(
      HttpHeaders headers, SegmentBuffer buffer, boolean restarts, int maxSegmentSizeBytes) {
    long length = HttpHeaderValues.parseLength(headers.header("Content-Length"));
    if (length < 0) {
      return Verdict.proceed(restarts, -1);
    }
    // After a restart the size learned earlier still describes the same URL.
    return checkTotal(length, buffer.totalBytes(), restarts, maxSegmentSizeBytes);
  }

  private static Verdict partialBody(
      HttpHeaders headers,
      ByteRange requestRange,
      ByteRange segmentRange,
      SegmentBuffer buffer,
      int maxSegmentSizeBytes) {
    long segmentFirst = segmentRange == null ? 0 : segmentRange.first();
    long total = -1;
    long answeredLength = requestRange.length();
    HttpHeaderValues.ContentRange contentRange =
        HttpHeaderValues.parseContentRange(headers.header("Content-Range"));
    if (contentRange != null) {
      boolean isMatch =
          contentRange.first() == requestRange.first()
              && (requestRange.isOpen()
                  || contentRange.lastInclusive() == requestRange.lastInclusive());
      if (!isMatch) {
        return mismatch(
            Text.cat(
                "Content-Range ",
                headers.header("Content-Range"),
                Text.cat(" for ", HttpHeaderValues.rangeHeader(requestRange))));
      }
      answeredLength = contentRange.lastInclusive() - contentRange.first() + 1;
      if (requestRange.isOpen()) {
        total = contentRange.lastInclusive() + 1 - segmentFirst;
      }
    }
    long length = HttpHeaderValues.parseLength(headers.header("Content-Length"));
    if (length >= 0) {
      if (answeredLength >= 0 && length != answeredLength) {
        return mismatch(
            Text.cat("Content-Length ", length, Text.cat(", expected ", answeredLength)));
      }
      if (answeredLength < 0) {
        total = buffer.heldBytes() + length; // open range, Content-Range hidden
      }
    }
    if (total < 0) {
      return Verdict.proceed(false, -1);
    }
    return checkTotal(total, buffer.totalBytes(), false, maxSegmentSizeBytes);
  }

  private static Verdict checkTotal(
      long total, long knownTotal, boolean restarts, int maxSegmentSizeBytes) {
    if (total > maxSegmentSizeBytes) {
      return mismatch(Text.cat("segment of ", total, " bytes exceeds maxSegmentSizeBytes"));
    }
    if (knownTotal >= 0 && knownTotal != total) {
      return mismatch(Text.cat("segment size ", total, Text.cat(", expected ", knownTotal)));
    }
    return Verdict.proceed(restarts, total);
  }

  private static Verdict mismatch(String message) {
    return Verdict.fail(RequestErrorType.HTTP_BYTES_MISMATCH, message, /* discardsBytes= */ true);
  }
}
