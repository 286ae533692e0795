package dev.corpuskit.bench.quality;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * One benchmark page.
 *
 * @param id the document id (32 hex digits in news-extraction; Dragnet's ids in web-extraction)
 * @param url the page's address, from the gold file
 * @param html the page as fetched
 * @param text the page as naive full text: every visible block, blank-line separated
 * @param gold the gold article body
 */
public record Page(String id, String url, byte[] html, String text, String gold) {

  private static final Pattern HEX_ID = Pattern.compile("[0-9a-f]{32}");

  /**
   * Whether the page is in the tuning part rather than the held-out part: its split digit is 0-b (about
   * three pages in four). The split digit of a 32-hex-digit id (news-extraction) is its first digit; any
   * other id (web-extraction's {@code 117}, {@code R163}, {@code T12}) has no uniform first character,
   * so its split digit is the first hex digit of the SHA-256 of the id's UTF-8 bytes. Both are fixed by
   * the id alone, so the parts never change.
   */
  public boolean isTuning() {
    return "0123456789ab".indexOf(splitDigit(id)) >= 0;
  }

  /** The hex digit that puts {@code id} in a part. */
  static char splitDigit(String id) {
    if (HEX_ID.matcher(id).matches()) {
      return id.charAt(0);
    }
    try {
      byte first = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8))[0];
      return Character.forDigit((first >> 4) & 0xf, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
