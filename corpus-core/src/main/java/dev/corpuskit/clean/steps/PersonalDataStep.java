package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal data with fixed placeholders, an opt-in step after datatrove's {@code PIIFormatter}:
 * e-mail addresses become {@value #EMAIL_PLACEHOLDER}, public IPv4 addresses {@value #IP_PLACEHOLDER}
 * (datatrove's first placeholders of each kind; datatrove cycles through several across the documents
 * it sees, which would make a document's text depend on the others, so one is used), and phone numbers,
 * which datatrove leaves alone, {@value #PHONE_PLACEHOLDER} (a number the North American plan reserves
 * for fiction).
 *
 * <ul>
 *   <li>E-mail: datatrove's pattern (the RFC 5322 "dot-atom" local part, {@code @}, dot-separated domain
 *       labels or a bracketed address), matched in any case (datatrove's is lower case only and misses
 *       {@code Jane.Doe@Example.org}), except where the last label is a file extension
 *       ({@code logo@2x.png} is an image name).
 *   <li>IP: four decimal octets 0–255 without leading zeros (datatrove's pattern, whose leading zeros
 *       Python's {@code ipaddress} then rejects), not inside a longer run of digits and dots (datatrove
 *       matches {@code 234.5.6.78} inside {@code 1234.5.6.78}), not a version ({@code v4.0.0.55},
 *       "version 9.5.3.72": see {@link #isVersion}), and global, as Python's
 *       {@code ipaddress.ip_address(ip).is_global} says: private, loopback, link-local, shared
 *       (100.64/10), documentation, benchmark, reserved and "this network" addresses stay.
 *   <li>Phone, defined conservatively (a miss costs less than a number in a table gone): an international
 *       number, {@code +} and a country code then groups of digits parted by single spaces, dots,
 *       hyphens or a bracketed group, 8 to 15 digits in all (E.164's limit); or a North American number
 *       {@code (NXX) NXX-XXXX}, {@code NXX-NXX-XXXX} or {@code NXX.NXX.XXXX} (one separator throughout,
 *       area and exchange codes not starting with 0 or 1, an optional leading {@code 1-}). Numbers
 *       written in a national format without {@code +} elsewhere (020 7946 0958) are not recognised.
 * </ul>
 *
 * <p>Each replacement is one audit change, {@code pii/email}, {@code pii/ip} or {@code pii/phone}. The
 * audit never holds the data: the change shows the line with the replaced item as a mark
 * ({@code [email address]}, {@code [IP address]}, {@code [phone number]}) before and its placeholder
 * after, every other item of the line as its mark or placeholder, and counts the characters removed on
 * the real text. With this step on, the cleaner also passes every other step's audited texts through
 * {@link #redact}, so that a line changed by a step before this one does not show an address either.
 */
public final class PersonalDataStep implements CleaningStep {

  public static final String ID = "pii";

  public static final String EMAIL_PLACEHOLDER = "email@example.com";
  public static final String IP_PLACEHOLDER = "22.214.171.124";
  public static final String PHONE_PLACEHOLDER = "+1-202-555-0100";

  private static final String ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final String LABEL = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";
  private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
  private static final String LOOSE_OCTET = "(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)";

  // Starts where a run of local-part characters starts (datatrove: at any word boundary, which lets a long
  // run of "a-a-a-…" be scanned again from each of its boundaries); possessive, as the parts never overlap.
  private static final Pattern EMAIL = Pattern.compile("(?<![a-z0-9!#$%&'*+/=?^_`{|}~.-])" + ATOM + "+(?:\\."
      + ATOM + "+)*+@(?:(?:" + LABEL + "\\.)+("
      + LABEL + ")|\\[(?:" + LOOSE_OCTET + "\\.){3}(?:" + LOOSE_OCTET + "|[a-z0-9-]*[a-z0-9]:)])",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern IP = Pattern.compile(
      "(?<![0-9.])" + OCTET + "\\." + OCTET + "\\." + OCTET + "\\." + OCTET + "(?![0-9]|\\.[0-9])");

  private static final Pattern PHONE = Pattern.compile(
      // international: + country code, then groups
      "(?<![\\w+])\\+[1-9][0-9]{0,2}(?:[ .-]?(?:\\([0-9]{1,5}\\)|[0-9]{1,5})){1,7}(?![\\w])"
          // North American: (NXX) NXX-XXXX, or NXX-NXX-XXXX / NXX.NXX.XXXX with one separator
          + "|(?<![\\w.+-])(?:1-)?(?:\\([2-9][0-9]{2}\\) ?[2-9][0-9]{2}[-.][0-9]{4}"
          + "|[2-9][0-9]{2}-[2-9][0-9]{2}-[0-9]{4}|[2-9][0-9]{2}\\.[2-9][0-9]{2}\\.[0-9]{4})(?![\\w]|[-.][0-9])");

  /** Last labels that make a would-be address a file name. */
  private static final Set<String> FILE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "bmp",
      "tif", "tiff", "ico", "avif", "js", "css", "pdf", "mp4", "mp3");

  /** The kinds of personal data, with their audit id, mark and placeholder. */
  enum Kind {
    EMAIL("email", "[email address]", EMAIL_PLACEHOLDER),
    IP("ip", "[IP address]", IP_PLACEHOLDER),
    PHONE("phone", "[phone number]", PHONE_PLACEHOLDER);

    final String auditId;
    final String mark;
    final String placeholder;

    Kind(String detail, String mark, String placeholder) {
      this.auditId = ID + "/" + detail;
      this.mark = mark;
      this.placeholder = placeholder;
    }
  }

  /** One item found: {@code text[start, end)} of {@code kind}. */
  record Span(Kind kind, int start, int end) {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Line> apply(List<Line> lines, Audit audit) {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      String text = line.text();
      List<Span> spans = find(text);
      if (spans.isEmpty()) {
        out.add(line);
        continue;
      }
      for (int k = 0; k < spans.size(); k++) {
        Span span = spans.get(k);
        audit.changedRedacted(span.kind().auditId, line, render(text, spans, k, false),
            render(text, spans, k, true), (span.end() - span.start()) - span.kind().placeholder.length());
      }
      out.add(line.withText(render(text, spans, spans.size() - 1, true)));
    }
    return out;
  }

  /**
   * {@code text} with the items up to {@code upTo} replaced by their placeholders (item {@code upTo}
   * itself only when {@code replaced}, else by its mark) and the later ones by their marks.
   */
  private static String render(String text, List<Span> spans, int upTo, boolean replaced) {
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (int k = 0; k < spans.size(); k++) {
      Span span = spans.get(k);
      out.append(text, at, span.start());
      boolean placeholder = k < upTo || (k == upTo && replaced);
      out.append(placeholder ? span.kind().placeholder : span.kind().mark);
      at = span.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /** {@code text} with every item replaced by its placeholder: what the step makes of a line. */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    List<Span> spans = find(text);
    return spans.isEmpty() ? text : render(text, spans, spans.size() - 1, true);
  }

  /**
   * The items of {@code text} to replace, in order and not overlapping: e-mail addresses first, then IP
   * addresses and phone numbers outside them, as datatrove replaces e-mail addresses before IPs. An
   * item that already is its placeholder is left out, so that the step is idempotent.
   */
  static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    if (text.indexOf('@') >= 0) {
      Matcher email = EMAIL.matcher(text);
      while (email.find()) {
        String last = email.group(1);
        if (last == null || !FILE_EXTENSIONS.contains(last.toLowerCase(java.util.Locale.ROOT))) {
          add(spans, Kind.EMAIL, text, email.start(), email.end());
        }
      }
    }
    if (hasDigitDotDigit(text)) {
      Matcher ip = IP.matcher(text);
      while (ip.find()) {
        if (isGlobal(ip.group()) && !isVersion(text, ip.start())) {
          add(spans, Kind.IP, text, ip.start(), ip.end());
        }
      }
    }
    if (text.indexOf('+') >= 0 || text.indexOf('-') >= 0 || text.indexOf('.') >= 0 || text.indexOf('(') >= 0) {
      Matcher phone = PHONE.matcher(text);
      while (phone.find()) {
        if (phone.group().startsWith("+")) {
          int digits = 0;
          for (int i = phone.start(); i < phone.end(); i++) {
            digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
          }
          if (digits < 8 || digits > 15) {
            continue;
          }
        }
        add(spans, Kind.PHONE, text, phone.start(), phone.end());
      }
    }
    spans.sort(Comparator.comparingInt(Span::start));
    return spans;
  }

  private static void add(List<Span> spans, Kind kind, String text, int start, int end) {
    if (text.regionMatches(start, kind.placeholder, 0, kind.placeholder.length())
        && end - start == kind.placeholder.length()) {
      return;
    }
    for (Span span : spans) {
      if (start < span.end() && span.start() < end) {
        return; // inside an item found before
      }
    }
    spans.add(new Span(kind, start, end));
  }

  /** Words before a dotted number that make it a version, not an address. */
  private static final Set<String> VERSION_WORDS = Set.of("version", "ver", "v", "build", "update", "release",
      "firmware", "os", "software");

  /**
   * Whether the dotted number at {@code start} reads as a version: right after a letter ({@code v4.0.0.55})
   * or after one of {@link #VERSION_WORDS} among the two words before it ("version 4.0.0.55",
   * "OS 4.7.0.75", "update (1.1.243.0)"). On the bench texts every would-be public address was one.
   */
  private static boolean isVersion(String text, int start) {
    if (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      return true;
    }
    String before = text.substring(Math.max(0, start - 40), start);
    List<String> words = new ArrayList<>();
    for (String token : before.split("\\s+")) {
      String word = token.replaceAll("[^\\p{L}]", "").toLowerCase(java.util.Locale.ROOT);
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    for (int i = Math.max(0, words.size() - 2); i < words.size(); i++) {
      if (VERSION_WORDS.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigitDotDigit(String text) {
    for (int i = text.indexOf('.'); i > 0 && i + 1 < text.length(); i = text.indexOf('.', i + 1)) {
      if (Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the dotted address {@code ip} is global as Python 3.13's {@code ipaddress} defines it: outside
   * 100.64.0.0/10 and outside its private networks (0/8, 10/8, 127/8, 169.254/16, 172.16/12, 192.0.0/24
   * but 192.0.0.9 and 192.0.0.10, 192.0.2/24, 192.168/16, 198.18/15, 198.51.100/24, 203.0.113/24,
   * 240/4, 255.255.255.255).
   */
  static boolean isGlobal(String ip) {
    String[] parts = ip.split("\\.");
    int a = Integer.parseInt(parts[0]);
    int b = Integer.parseInt(parts[1]);
    int c = Integer.parseInt(parts[2]);
    int d = Integer.parseInt(parts[3]);
    if (a == 0 || a == 10 || a == 127 || a >= 240) {
      return false; // this network, private, loopback, reserved and broadcast
    }
    if (a == 100 && b >= 64 && b <= 127) {
      return false; // shared address space
    }
    if (a == 169 && b == 254 || a == 172 && b >= 16 && b <= 31 || a == 192 && b == 168) {
      return false;
    }
    if (a == 192 && b == 0 && c == 0) {
      return d == 9 || d == 10;
    }
    if (a == 192 && b == 0 && c == 2 || a == 198 && (b == 18 || b == 19) || a == 198 && b == 51 && c == 100
        || a == 203 && b == 0 && c == 113) {
      return false;
    }
    return true;
  }
}
