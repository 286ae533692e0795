package dev.corpuskit.describe;

import dev.corpuskit.format.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The names given so far, held as 64-bit hashes (eight bytes a name, not a string) so that naming the
 * resources of a large corpus takes little memory. Two different names with the same hash, a chance of
 * about 10<sup>-9</sup> in a million names, would give the second a needless suffix, never a duplicate.
 */
final class NameSet {

  private long[] slots = new long[1024];
  private int size;
  private boolean hasZero;

  /** Adds {@code name}; returns false if it was there. */
  boolean add(String name) {
    long hash = hash(name);
    if (hash == 0) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    if (size * 2 >= slots.length) {
      grow();
    }
    return insert(slots, hash);
  }

  private boolean insert(long[] table, long hash) {
    int mask = table.length - 1;
    for (int i = (int) hash & mask; ; i = (i + 1) & mask) {
      if (table[i] == hash) {
        return false;
      }
      if (table[i] == 0) {
        table[i] = hash;
        if (table == slots) {
          size++;
        }
        return true;
      }
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long hash : old) {
      if (hash != 0) {
        insert(slots, hash);
      }
    }
  }

  private static long hash(String name) {
    MessageDigest digest = Sha256.digest();
    byte[] d = digest.digest(name.getBytes(StandardCharsets.UTF_8));
    long h = 0;
    for (int i = 0; i < 8; i++) {
      h = h << 8 | (d[i] & 0xFF);
    }
    return h;
  }
}
