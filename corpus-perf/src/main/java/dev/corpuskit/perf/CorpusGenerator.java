package dev.corpuskit.perf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Generates a synthetic news corpus for benchmarks: {@code N} documents of news prose in
 * {@code clusters} folders, with the boilerplate the example corpus arrived with (download links,
 * theme footers, cookie notices, related-article lists, comment forms, rating prompts, duplicated
 * captions, orphan punctuation, no-break spaces, CRLF). Every document depends only on the seed and
 * its index, so the output is the same for a seed whatever the thread count.
 *
 * <p>{@code java -cp corpus-perf/target/benchmarks.jar dev.corpuskit.perf.CorpusGenerator OUT N [SEED] [CLUSTERS]}
 */
public final class CorpusGenerator {

  private final long seed;
  private final int clusters;

  public CorpusGenerator(long seed, int clusters) {
    this.seed = seed;
    this.clusters = clusters;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: CorpusGenerator OUT_DIR DOCUMENTS [SEED=42] [CLUSTERS=50]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int documents = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    int clusters = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    long bytes = new CorpusGenerator(seed, clusters).write(out, documents);
    System.out.printf(Locale.ROOT, "Wrote %d documents (%d bytes) in %d folders to %s%n",
        documents, bytes, Math.min(clusters, documents), out);
  }

  /** Writes {@code documents} files below {@code out}; returns their total size. */
  public long write(Path out, int documents) throws IOException {
    for (int c = 0; c < Math.min(clusters, documents); c++) {
      Files.createDirectories(out.resolve(folder(c)));
    }
    return IntStream.range(0, documents).parallel().mapToLong(i -> {
      byte[] bytes = document(i).getBytes(StandardCharsets.UTF_8);
      try {
        Files.write(out.resolve(path(i)), bytes);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return bytes.length;
    }).sum();
  }

  /** The relative path of document {@code i}. */
  public String path(int i) {
    return folder(i % clusters) + "/" + String.format(Locale.ROOT, "%07d.txt", i);
  }

  private static String folder(int cluster) {
    return String.format(Locale.ROOT, "cluster-%03d", cluster);
  }

  /** The text of document {@code i}. */
  public String document(int i) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
    StringBuilder text = new StringBuilder();
    if (random.nextInt(20) == 0) {
      text.append("Download link below / dibawah or Click here..!\n\n");
    }
    if (random.nextInt(20) == 0) {
      text.append("Ultimate magazine theme for WordPress.\n\n\n");
    }
    text.append(NewsText.headline(random)).append("\n\n");
    int paragraphs = 8 + random.nextInt(10);
    String caption = null;
    for (int p = 0; p < paragraphs; p++) {
      String paragraph = NewsText.paragraph(random);
      int defect = random.nextInt(40);
      if (defect == 0) {
        paragraph = paragraph.replaceFirst(" that ", " that, , ");
      } else if (defect == 1) {
        paragraph = ", " + paragraph.substring(0, 1).toLowerCase(Locale.ROOT) + paragraph.substring(1);
      } else if (defect == 2) {
        paragraph = paragraph.replace(" said", "\u00A0said");
      }
      text.append(paragraph).append("\n\n");
      if (caption == null && random.nextInt(12) == 0) {
        caption = "A photo shows " + NewsText.sentence(random).toLowerCase(Locale.ROOT);
        text.append(caption).append('\n').append(caption).append("\n\n");
      }
    }
    appendTail(text, random);
    String document = text.toString();
    return random.nextInt(20) == 0 ? document.replace("\n", "\r\n") : document;
  }

  private static void appendTail(StringBuilder text, SplittableRandom random) {
    switch (random.nextInt(6)) {
      case 0 -> {
        text.append("Related Article\n\n");
        for (int r = 0; r < 3; r++) {
          text.append("Posted on: Wednesday, September ").append(1 + r).append(", 2019 | By: newsdesk - News Desk\n\n")
              .append(NewsText.headline(random)).append("\n\n").append(NewsText.sentence(random)).append("\n\n");
        }
      }
      case 1 -> text.append("Leave a Reply\n\nFill in your details below or click an icon to log in: Logo\n\n")
          .append("You are commenting using your Twitter account. Log\u00A0Out\u00A0/\u00A0 Change\u00A0)\n\n")
          .append("Connecting to %s\n");
      case 2 -> text.append("Do you like this article?\n\n0 Comment(s)\n")
          .append("Comment Policy * Denotes Required Field 1500 / 1500\n");
      case 3 -> text.append("Privacy & Cookies: This site uses cookies. By continuing to use this website,")
          .append(" you agree to their use.\nTo find out more, including how to control cookies, see here: Cookie Policy\n");
      default -> { }
    }
  }
}
