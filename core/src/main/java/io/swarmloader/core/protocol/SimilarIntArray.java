package io.swarmloader.core.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SimilarIntArray field type for lists of segment IDs (wire-protocol.md §6.3): IDs grouped by
 * their value with the low byte cleared ("common"), each group written as an Int {@code common |
 * count} followed by {@code count} low bytes.
 *
 * <p>SwarmLoader's fixes of the 2.3.x defects (§9 items 1–3): at most 255 items per group (longer
 * runs become several groups with the same common part), at most 255 groups (those nearest the
 * playhead are kept), and a decoded count of 0 means 256 items.
 */
final class SimilarIntArray {
  static final int TYPE_BYTE = 0x10;
  static final int MAX_ITEMS_PER_GROUP = 255;
  static final int MAX_GROUPS = 255;

  /** Smallest and largest ID whose group Int stays within ±2^53. */
  static final long MIN_ENCODABLE_ID = -WireInt.MAX_SAFE_MAGNITUDE;

  static final long MAX_ENCODABLE_ID = WireInt.MAX_SAFE_MAGNITUDE - 1;

  private SimilarIntArray() {}

  /** {@code ids} without the IDs that cannot be encoded; the same array when all can. */
  static long[] encodable(long[] ids) {
    int kept = 0;
    for (long id : ids) {
      if (id >= MIN_ENCODABLE_ID && id <= MAX_ENCODABLE_ID) {
        kept++;
      }
    }
    if (kept == ids.length) {
      return ids;
    }
    long[] out = new long[kept];
    int k = 0;
    for (long id : ids) {
      if (id >= MIN_ENCODABLE_ID && id <= MAX_ENCODABLE_ID) {
        out[k++] = id;
      }
    }
    return out;
  }

  /**
   * Writes the array. {@code ids} must be {@link #encodable}. When more than 255 groups are needed,
   * keeps those nearest {@code playheadId} (or the first 255 when it is {@link
   * CommandCodec#NO_PLAYHEAD}).
   */
  static void write(ByteWriter out, long[] ids, long playheadId) {
    List<Group> groups = group(ids);
    int needed = 0;
    for (Group g : groups) {
      g.keptSubgroups = g.subgroupCount();
      needed += g.keptSubgroups;
    }
    if (needed > MAX_GROUPS) {
      selectNearest(groups, playheadId);
    }
    int written = 0;
    for (Group g : groups) {
      written += g.keptSubgroups;
    }
    out.writeByte(TYPE_BYTE);
    out.writeByte(written);
    for (Group g : groups) {
      for (int s = 0; s < g.keptSubgroups; s++) {
        int from = s * MAX_ITEMS_PER_GROUP;
        int count = Math.min(MAX_ITEMS_PER_GROUP, g.size - from);
        WireInt.write(out, g.common | count);
        for (int k = 0; k < count; k++) {
          out.writeByte(g.lows[from + k]);
        }
      }
    }
  }

  /**
   * Reads an array whose type byte is next; keeps at most {@code maxKept} items but consumes all.
   * Returns null after an error recorded in {@code in}.
   */
  static long[] read(BodyReader in, int maxKept) {
    in.readUnsignedByte(); // type byte; the caller checked its high nibble
    int groupCount = in.readUnsignedByte();
    long[] items = new long[16];
    int size = 0;
    for (int g = 0; g < groupCount && !in.failed(); g++) {
      long value = WireInt.read(in);
      int count = (int) (value & 0xFF);
      if (count == 0) {
        count = 256; // §6.3: only the defective 2.3.x encoder writes 0, and it means 256
      }
      long common = value & ~0xFFL;
      if (in.remaining() < count) {
        in.fail("truncated SimilarIntArray");
        break;
      }
      for (int k = 0; k < count; k++) {
        int low = in.readUnsignedByte();
        if (size < maxKept) {
          if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
          }
          items[size++] = common | low;
        }
      }
    }
    return in.failed() ? null : Arrays.copyOf(items, size);
  }

  private static List<Group> group(long[] ids) {
    List<Group> groups = new ArrayList<>();
    Map<Long, Group> byCommon = new HashMap<>();
    for (long id : ids) {
      long common = id & ~0xFFL;
      Group g = byCommon.get(common);
      if (g == null) {
        g = new Group(common);
        byCommon.put(common, g);
        groups.add(g);
      }
      g.add((int) (id & 0xFF));
    }
    return groups;
  }

  /**
   * §6.3: keeps the group holding the playhead's segment first, then alternately the next later and
   * the next earlier group, until 255 groups are used. Sets {@code keptSubgroups} on every group.
   */
  private static void selectNearest(List<Group> groups, long playheadId) {
    List<Group> priority = new ArrayList<>(groups.size());
    if (playheadId == CommandCodec.NO_PLAYHEAD) {
      priority.addAll(groups);
    } else {
      List<Group> sorted = new ArrayList<>(groups);
      sorted.sort(null); // Group's natural order: by common part
      long playheadCommon = playheadId & ~0xFFL;
      int later = 0;
      while (later < sorted.size() && sorted.get(later).common < playheadCommon) {
        later++;
      }
      int earlier = later - 1;
      if (later < sorted.size() && sorted.get(later).common == playheadCommon) {
        priority.add(sorted.get(later++));
      }
      while (later < sorted.size() || earlier >= 0) {
        if (later < sorted.size()) {
          priority.add(sorted.get(later++));
        }
        if (earlier >= 0) {
          priority.add(sorted.get(earlier--));
        }
      }
    }
    int budget = MAX_GROUPS;
    for (Group g : priority) {
      g.keptSubgroups = Math.min(g.subgroupCount(), budget);
      budget -= g.keptSubgroups;
    }
  }

  /**
   * All IDs with one common part, in input order. Ordered by the common part (Comparable rather
   * than a comparator lambda: one class less in the bundle).
   */
  private static final class Group implements Comparable<Group> {
    final long common;
    int[] lows = new int[4];
    int size;
    int keptSubgroups;

    Group(long common) {
      this.common = common;
    }

    void add(int low) {
      if (size == lows.length) {
        lows = Arrays.copyOf(lows, size * 2);
      }
      lows[size++] = low;
    }

    int subgroupCount() {
      return (size + MAX_ITEMS_PER_GROUP - 1) / MAX_ITEMS_PER_GROUP;
    }

    @Override
    public int compareTo(Group other) {
      return Long.compare(common, other.common);
    }
  }
}
