package io.swarmloader.core.protocol;

import io.swarmloader.core.protocol.DecodeResult.Decoded;
import io.swarmloader.core.protocol.DecodeResult.Malformed;
import io.swarmloader.core.protocol.DecodeResult.UnknownCode;
import io.swarmloader.core.protocol.PeerCommand.CancelSegmentRequest;
import io.swarmloader.core.protocol.PeerCommand.SegmentAbsent;
import io.swarmloader.core.protocol.PeerCommand.SegmentData;
import io.swarmloader.core.protocol.PeerCommand.SegmentDataSendingCompleted;
import io.swarmloader.core.protocol.PeerCommand.SegmentRequest;
import io.swarmloader.core.protocol.PeerCommand.SegmentsAnnouncement;
import io.swarmloader.core.util.Text;

/**
 * Command bodies (code byte plus fields) to and from {@link PeerCommand}s (wire-protocol.md §6–7).
 * Framing is {@link Framer}'s and {@link FrameJoiner}'s job.
 *
 * <p>Encoding writes the fields in the order of §7, {@code b} only when positive, {@code l} and
 * {@code p} only when non-empty, so the bytes equal 2.3.x output. Decoding never throws: fields may
 * come in any order, unknown names are skipped, Strings are skipped by their length, the last value
 * of a repeated name wins, unknown codes yield {@link UnknownCode}, and anything undecodable yields
 * {@link Malformed}.
 */
public final class CommandCodec {
  /** "No playhead known" for {@link #encode(PeerCommand, long)}. */
  public static final long NO_PLAYHEAD = Long.MIN_VALUE;

  private static final int TYPE_INT = 0;
  private static final int TYPE_ARRAY = 1;
  private static final int TYPE_STRING = 2;

  private CommandCodec() {}

  /** Encodes a command body; see {@link #encode(PeerCommand, long)}. */
  public static byte[] encode(PeerCommand command) {
    return encode(command, NO_PLAYHEAD);
  }

  /**
   * Encodes a command body. For an announcement of more than 255 ID groups, the groups nearest
   * {@code playheadId} are kept (§6.3); IDs beyond ±2^53 are left out of announcements.
   *
   * @throws IllegalArgumentException if an Int field other than an announced ID exceeds ±2^53
   */
  public static byte[] encode(PeerCommand command, long playheadId) {
    ByteWriter out = new ByteWriter(32);
    out.writeByte(command.code());
    if (command instanceof SegmentsAnnouncement a) {
      writeArray(out, 'l', a.loaded(), playheadId);
      writeArray(out, 'p', a.httpLoading(), playheadId);
    } else if (command instanceof SegmentRequest r) {
      writeInt(out, 'i', r.segmentId());
      writeInt(out, 'r', r.requestId());
      if (r.byteFrom() > 0) {
        writeInt(out, 'b', r.byteFrom());
      }
    } else if (command instanceof SegmentData d) {
      writeInt(out, 'i', d.segmentId());
      writeInt(out, 's', d.dataSize());
      writeInt(out, 'r', d.requestId());
    } else if (command instanceof SegmentDataSendingCompleted c) {
      writeIdAndRequest(out, c.segmentId(), c.requestId());
    } else if (command instanceof SegmentAbsent c) {
      writeIdAndRequest(out, c.segmentId(), c.requestId());
    } else if (command instanceof CancelSegmentRequest c) {
      writeIdAndRequest(out, c.segmentId(), c.requestId());
    }
    return out.toByteArray();
  }

  /**
   * Decodes a command body (the payloads of its frames joined). Received ID sets keep at most
   * {@code maxAnnouncedIds} items each (§8.1). Never throws.
   */
  public static DecodeResult decode(byte[] body, int maxAnnouncedIds) {
    if (body == null || body.length == 0) {
      return new Malformed("empty body");
    }
    BodyReader in = new BodyReader(body);
    int code = in.readUnsignedByte();
    Fields f = new Fields();
    while (in.hasRemaining()) {
      int name = in.readUnsignedByte();
      if (!in.hasRemaining()) {
        return new Malformed(Text.cat("field ", name, " has no value"));
      }
      String error = readField(in, name, f, maxAnnouncedIds);
      if (error != null) {
        return new Malformed(error);
      }
      if (in.failed()) {
        return new Malformed(in.error());
      }
    }
    return build(code, f);
  }

  private static String readField(BodyReader in, int name, Fields f, int maxAnnouncedIds) {
    int type = in.peekUnsignedByte() >>> 4;
    boolean intField = name == 'i' || name == 'r' || name == 'b' || name == 's';
    boolean arrayField = name == 'l' || name == 'p';
    if (type == TYPE_INT) {
      if (arrayField) {
        return Text.cat("field ", String.valueOf((char) name), " must be an array");
      }
      long value = WireInt.read(in);
      if (intField && !in.failed()) {
        f.setInt(name, value);
      }
    } else if (type == TYPE_ARRAY) {
      if (intField) {
        return Text.cat("field ", String.valueOf((char) name), " must be an Int");
      }
      long[] ids = SimilarIntArray.read(in, Math.max(0, maxAnnouncedIds));
      if (name == 'l') {
        f.loaded = ids;
      } else if (name == 'p') {
        f.httpLoading = ids;
      }
    } else if (type == TYPE_STRING) {
      if (intField || arrayField) {
        return Text.cat("field ", String.valueOf((char) name), " must not be a String");
      }
      skipString(in);
    } else {
      return Text.cat("invalid type nibble ", type);
    }
    return null;
  }

  /** §6.4: {@code 0x2H}, then the low 8 bits of the length, then that many bytes. */
  private static void skipString(BodyReader in) {
    int high = in.readUnsignedByte() & 0x0F;
    int low = in.readUnsignedByte();
    in.skip((high << 8) | low, "String");
  }

  private static DecodeResult build(int code, Fields f) {
    switch (code) {
      case PeerCommand.ANNOUNCEMENT:
        return new Decoded(new SegmentsAnnouncement(f.loaded, f.httpLoading));
      case PeerCommand.REQUEST:
      case PeerCommand.DATA:
      case PeerCommand.COMPLETED:
      case PeerCommand.ABSENT:
      case PeerCommand.CANCEL:
        return buildRequestCommand(code, f);
      default:
        return new UnknownCode(code);
    }
  }

  private static DecodeResult buildRequestCommand(int code, Fields f) {
    if (!f.hasI || !f.hasR) {
      return new Malformed(Text.cat("command ", code, " lacks i or r"));
    }
    if (f.r < Integer.MIN_VALUE || f.r > Integer.MAX_VALUE) {
      return new Malformed("request ID out of range");
    }
    int r = (int) f.r;
    switch (code) {
      case PeerCommand.REQUEST:
        return new Decoded(new SegmentRequest(f.i, r, f.hasB ? f.b : 0));
      case PeerCommand.DATA:
        return f.hasS
            ? new Decoded(new SegmentData(f.i, f.s, r))
            : new Malformed("SegmentData lacks s");
      case PeerCommand.COMPLETED:
        return new Decoded(new SegmentDataSendingCompleted(f.i, r));
      case PeerCommand.ABSENT:
        return new Decoded(new SegmentAbsent(f.i, r));
      default:
        return new Decoded(new CancelSegmentRequest(f.i, r));
    }
  }

  private static void writeIdAndRequest(ByteWriter out, long segmentId, int requestId) {
    writeInt(out, 'i', segmentId);
    writeInt(out, 'r', requestId);
  }

  private static void writeInt(ByteWriter out, char name, long value) {
    out.writeByte(name);
    WireInt.write(out, value);
  }

  private static void writeArray(ByteWriter out, char name, long[] ids, long playheadId) {
    long[] encodable = SimilarIntArray.encodable(ids);
    if (encodable.length > 0) {
      out.writeByte(name);
      SimilarIntArray.write(out, encodable, playheadId);
    }
  }

  /** Field values seen so far; the last of a repeated name wins. */
  private static final class Fields {
    long i;
    long r;
    long b;
    long s;
    boolean hasI;
    boolean hasR;
    boolean hasB;
    boolean hasS;
    long[] loaded = new long[0];
    long[] httpLoading = new long[0];

    void setInt(int name, long value) {
      switch (name) {
        case 'i' -> {
          i = value;
          hasI = true;
        }
        case 'r' -> {
          r = value;
          hasR = true;
        }
        case 'b' -> {
          b = value;
          hasB = true;
        }
        default -> {
          s = value;
          hasS = true;
        }
      }
    }
  }
}
