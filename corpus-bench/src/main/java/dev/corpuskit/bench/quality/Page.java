package dev.corpuskit.bench.quality;

/**
 * One benchmark page.
 *
 * @param id the document id (hex)
 * @param url the page's address, from the gold file
 * @param html the page as fetched
 * @param text the page as naive full text: every visible block, blank-line separated
 * @param gold the gold article body
 */
public record Page(String id, String url, byte[] html, String text, String gold) {

  /** Whether the page is in the tuning part (first hex digit 0-b) rather than the held-out part. */
  public boolean isTuning() {
    return "0123456789ab".indexOf(id.charAt(0)) >= 0;
  }
}
