package io.swarmloader.core.config;

import io.swarmloader.core.download.HttpRequestSetup;
import io.swarmloader.core.download.SegmentValidator;
import io.swarmloader.core.platform.TextSemantics;
import io.swarmloader.core.util.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks and converts single JS config values ({@link OptionKind}) in both directions. Error
 * messages name the full key path and the value, printed as JavaScript would: {@code
 * core.mainStream.simultaneousHttpDownloads must be at least 1, was 0}.
 */
final class ConfigValues {
  private static final int MAX_INT = Integer.MAX_VALUE;

  private final TextSemantics text;

  ConfigValues(TextSemantics text) {
    this.text = text;
  }

  /**
   * Converts a non-null JS value to its Java form, or throws {@link ConfigException}. {@code kind}
   * is one of the {@link OptionKind} constants.
   */
  Object toJava(int kind, int min, String path, Object raw) {
    if (kind == OptionKind.INT) {
      return toInt(path, raw, min);
    } else if (kind == OptionKind.SECONDS_AS_MS) {
      return secondsToMs(path, raw);
    } else if (kind == OptionKind.STRING_LIST) {
      return toStringList(path, raw);
    } else if (kind == OptionKind.OPAQUE_OBJECT) {
      if (raw instanceof String || raw instanceof Number || raw instanceof Boolean) {
        throw mustBe(path, "an object", raw);
      }
      return raw;
    }
    boolean accepted;
    String expected = "a function";
    if (kind == OptionKind.BOOLEAN) {
      accepted = raw instanceof Boolean;
      expected = "a boolean";
    } else if (kind == OptionKind.STRING) {
      accepted = raw instanceof String;
      expected = "a string";
    } else if (kind == OptionKind.PEER_ID_PREFIX) {
      accepted = raw instanceof String s && s.length() <= 12 && ConfigChecks.isPrintableAscii(s);
      expected = "printable ASCII of at most 12 characters";
    } else if (kind == OptionKind.SEGMENT_VALIDATOR) {
      accepted = raw instanceof SegmentValidator;
    } else if (kind == OptionKind.HTTP_REQUEST_SETUP) {
      accepted = raw instanceof HttpRequestSetup;
    } else {
      accepted = raw instanceof java.util.function.Function; // STORAGE_FACTORY
    }
    if (accepted) {
      return raw;
    }
    throw mustBe(path, expected, raw);
  }

  /** The JS form of a non-null Java value, for getConfig(): seconds as numbers, lists copied. */
  static Object toJs(int kind, Object javaValue) {
    if (kind == OptionKind.SECONDS_AS_MS) {
      int ms = (Integer) javaValue;
      return ms == MAX_INT ? Double.POSITIVE_INFINITY : ms / 1000.0;
    }
    if (kind == OptionKind.STRING_LIST) {
      return new ArrayList<Object>((List<?>) javaValue);
    }
    return javaValue;
  }

  private Integer toInt(String path, Object raw, int min) {
    double d = number(path, raw);
    if (d < min) {
      throw mustBe(path, Text.cat("at least ", min), raw);
    }
    if (d > MAX_INT) {
      throw mustBe(path, "at most " + MAX_INT, raw);
    }
    if (d != Math.floor(d)) {
      throw mustBe(path, "an integer", raw);
    }
    return (int) d;
  }

  private Integer secondsToMs(String path, Object raw) {
    double seconds = number(path, raw);
    if (seconds < 0) {
      throw mustBe(path, "at least 0", raw);
    }
    double ms = Math.rint(seconds * 1000);
    return ms >= MAX_INT ? MAX_INT : (int) ms;
  }

  private double number(String path, Object raw) {
    if (!(raw instanceof Number)) {
      throw mustBe(path, "a number", raw);
    }
    double d = ((Number) raw).doubleValue();
    if (Double.isNaN(d)) {
      throw mustBe(path, "a number", raw);
    }
    return d;
  }

  private List<String> toStringList(String path, Object raw) {
    if (!(raw instanceof List<?> list)) {
      throw mustBe(path, "an array of strings", raw);
    }
    List<String> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (!(item instanceof String)) {
        throw mustBe(Text.cat(path, Text.cat("[", i, "]")), "a string", item);
      }
      out.add((String) item);
    }
    return out;
  }

  ConfigException mustBe(String path, String what, Object raw) {
    return invalid(path, what, describe(raw));
  }

  /**
   * The one shape of every value error: {@code <path> must be <what>, was <was>}; {@code was} is
   * already printed as JavaScript would.
   */
  static ConfigException invalid(String path, String what, String was) {
    return new ConfigException(Text.cat(path, " must be ", Text.cat(what, ", was ", was)));
  }

  /** The value as a JS programmer would recognise it; never the Java class name. */
  String describe(Object raw) {
    if (raw == null) {
      return "undefined";
    }
    if (raw instanceof String s) {
      return Text.cat("\"", s, "\"");
    }
    if (raw instanceof Number n) {
      return text.numberToString(n.doubleValue());
    }
    if (raw instanceof Boolean b) {
      return b ? "true" : "false";
    }
    if (raw instanceof List) {
      return "an array";
    }
    if (raw instanceof Map) {
      return "an object";
    }
    if (raw instanceof SegmentValidator
        || raw instanceof HttpRequestSetup
        || raw instanceof java.util.function.Function) {
      return "a function";
    }
    return "an object";
  }
}
