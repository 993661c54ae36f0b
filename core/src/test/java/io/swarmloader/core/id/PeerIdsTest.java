package io.swarmloader.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.testing.SeededRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** wire-protocol.md §2.5. */
class PeerIdsTest {
  @Test
  void generate_defaultPrefix_twentyCharsPrefixThenAlphanumerics() {
    SeededRandom random = new SeededRandom(1);
    for (int i = 0; i < 200; i++) {
      String id = PeerIds.generate("-SL0100-", random);
      assertEquals(20, id.length(), "seed 1: " + id);
      assertTrue(id.startsWith("-SL0100-"), id);
      for (int j = 8; j < 20; j++) {
        assertTrue(PeerIds.ALPHABET.indexOf(id.charAt(j)) >= 0, id);
      }
    }
  }

  @Test
  void generate_manyIds_useWholeAlphabet() {
    SeededRandom random = new SeededRandom(7);
    Set<Character> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      String id = PeerIds.generate("", random);
      assertEquals(20, id.length());
      for (char c : id.toCharArray()) {
        seen.add(c);
      }
    }
    assertEquals(62, seen.size());
  }

  @Test
  void generate_twelveCharacterPrefix_leavesEightRandom() {
    String id = PeerIds.generate("-ABCDEFGHIJ-", new SeededRandom(3));
    assertEquals(20, id.length());
    assertTrue(id.startsWith("-ABCDEFGHIJ-"));
  }

  @Test
  void generate_invalidPrefix_throws() {
    SeededRandom random = new SeededRandom(3);
    assertThrows(IllegalArgumentException.class, () -> PeerIds.generate("-ABCDEFGHIJK-", random));
    assertThrows(IllegalArgumentException.class, () -> PeerIds.generate("-S\u00e9-", random));
    assertThrows(IllegalArgumentException.class, () -> PeerIds.generate("-S\n-", random));
    assertFalse(PeerIds.isValidPrefix(null));
    assertTrue(PeerIds.isValidPrefix(" ~"));
  }

  @Test
  void peerIdFor_sameInfoHash_reusesIdUntilDestroy() {
    PeerIdCache cache = new PeerIdCache(new SeededRandom(5));
    String a = cache.peerIdFor("infohashAAAAAAAAAAAA", "-SL0100-");
    String b = cache.peerIdFor("infohashBBBBBBBBBBBB", "-SL0100-");
    assertNotEquals(a, b);
    assertEquals(a, cache.peerIdFor("infohashAAAAAAAAAAAA", "-SL0100-"));
    assertEquals(2, cache.size());

    cache.destroy();
    cache.destroy();
    assertEquals(0, cache.size());
    assertNotEquals(a, cache.peerIdFor("infohashAAAAAAAAAAAA", "-SL0100-"));
  }

  @Test
  void peerIdFor_twoEngines_getDifferentIdsForOneSwarm() {
    SeededRandom shared = new SeededRandom(9);
    PeerIdCache engine1 = new PeerIdCache(shared);
    PeerIdCache engine2 = new PeerIdCache(shared);
    String id1 = engine1.peerIdFor("f5qLjfPZIP24d606pZX/", "-SL0100-");
    String id2 = engine2.peerIdFor("f5qLjfPZIP24d606pZX/", "-SL0100-");
    assertNotEquals(id1, id2);
    engine2.destroy();
    assertEquals(id1, engine1.peerIdFor("f5qLjfPZIP24d606pZX/", "-SL0100-"));
  }
}
