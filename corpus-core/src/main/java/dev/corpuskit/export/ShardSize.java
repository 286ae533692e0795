package dev.corpuskit.export;

import dev.corpuskit.format.InvalidConfigurationException;
import java.util.Locale;

/**
 * How much one shard holds: at most {@code limit} bytes of JSON Lines before compression, or at most
 * {@code limit} documents. A shard always holds at least one document, so a document larger than a
 * byte limit makes a shard of its own. Counting the uncompressed bytes keeps the boundaries the same
 * whatever zlib compresses them.
 *
 * @param limit the most bytes or documents, at least 1
 * @param documents whether {@code limit} counts documents rather than bytes
 */
public record ShardSize(long limit, boolean documents) {

  /** The default: 100 MB (10^8 bytes) of JSON Lines a shard, as {@code --shard-size 100MB}. */
  public static final ShardSize DEFAULT = bytes(100_000_000L);

  public ShardSize {
    if (limit < 1) {
      throw new InvalidConfigurationException("shardSize", "a shard size of " + limit + " is less than 1");
    }
  }

  /** At most {@code bytes} bytes of JSON Lines a shard. */
  public static ShardSize bytes(long bytes) {
    return new ShardSize(bytes, false);
  }

  /** At most {@code count} documents a shard. */
  public static ShardSize documents(long count) {
    return new ShardSize(count, true);
  }

  /**
   * Reads a size as written on a command line or in a configuration: a number with a unit, {@code B},
   * {@code KB}, {@code MB}, {@code GB} (powers of 1000, as Hugging Face's {@code max_shard_size}) or
   * {@code KiB}, {@code MiB}, {@code GiB} (powers of 1024), or {@code docs} for a number of documents:
   * {@code 100MB}, {@code 512MiB}, {@code 10000docs}. A bare number is bytes.
   *
   * @throws InvalidConfigurationException naming {@code shardSize} when {@code text} is not such a size
   */
  public static ShardSize parse(String text) {
    String value = text == null ? "" : text.strip();
    int digits = 0;
    while (digits < value.length() && value.charAt(digits) >= '0' && value.charAt(digits) <= '9') {
      digits++;
    }
    int unitStart = digits;
    while (unitStart < value.length() && (value.charAt(unitStart) == ' ' || value.charAt(unitStart) == '\t'
        || value.charAt(unitStart) == '\u00A0')) {
      unitStart++;
    }
    String unit = value.substring(unitStart).toLowerCase(Locale.ROOT);
    long factor = switch (unit) {
      case "", "b" -> 1L;
      case "kb" -> 1_000L;
      case "mb" -> 1_000_000L;
      case "gb" -> 1_000_000_000L;
      case "kib" -> 1L << 10;
      case "mib" -> 1L << 20;
      case "gib" -> 1L << 30;
      case "doc", "docs", "document", "documents" -> 0L;
      default -> -1L;
    };
    if (digits == 0 || digits > 18 || factor < 0) {
      throw new InvalidConfigurationException("shardSize", "'" + text + "' is not a size such as 100MB, 512MiB"
          + " or 10000docs");
    }
    long number = Long.parseLong(value.substring(0, digits));
    if (factor == 0) {
      return documents(number);
    }
    if (number > Long.MAX_VALUE / factor) {
      throw new InvalidConfigurationException("shardSize", "'" + text + "' is too large");
    }
    return bytes(number * factor);
  }

  @Override
  public String toString() {
    return documents ? limit + "docs" : limit + "B";
  }
}
