package io.swarmloader.core.tracker;

import io.swarmloader.core.platform.RandomSource;

/** Random identifiers for tracker messages. */
final class RandomIds {
  /** Length of an offer ID: a 20-character "binary string" (wire-protocol.md §3.1). */
  static final int OFFER_ID_LENGTH = 20;

  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private RandomIds() {}

  /** 20 characters from A–Z a–z 0–9, each uniformly chosen. */
  static String offerId(RandomSource random) {
    char[] id = new char[OFFER_ID_LENGTH];
    for (int i = 0; i < id.length; i++) {
      id[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return new String(id);
  }
}
