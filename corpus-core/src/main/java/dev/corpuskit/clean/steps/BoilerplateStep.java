package dev.corpuskit.clean.steps;

import com.google.re2j.Pattern;
import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Removes web boilerplate lines that match a small lexicon of named patterns; each removal is audited
 * as {@code boilerplate/<pattern id>}.
 *
 * <p>A pattern that opens trailing boilerplate (a comment section, a related-articles list, a rating
 * prompt) also cuts the tail: every line after it goes, audited under the id of the pattern the line
 * matches itself or else under the marker's id. It cuts only once some content precedes it; before
 * any content the marker line alone is removed. Comment counters ("3 Comments") are removed but do not
 * cut, since they also stand under headlines.
 *
 * <p>A line is matched whole, after whitespace is collapsed, ends are trimmed and letters are
 * lower-cased. Lines longer than {@value #MAX_LINE_LENGTH} characters are prose and never match.
 * Patterns are RE2 (linear time, no backtracking) and anchored, so no line can make them slow.
 *
 * <p>Deliberately kept, as no general signal marks them as boilerplate: section labels ("News Room",
 * "Iraq News"), image and map captions ("Presentational grey line", "Syria map") and related-headline
 * links inside an article ("Kurdish protesters storm Turkish military camp in Iraq"). Removing them
 * would need per-site rules, and a short line is as likely a subheading of the article.
 */
public final class BoilerplateStep implements CleaningStep {

  public static final String ID = "boilerplate";

  static final int MAX_LINE_LENGTH = 300;

  private static final List<Entry> LEXICON = List.of(
      line("cookie-notice", "privacy & cookies:.*|.*\\b(this|our) (web)?site uses cookies\\b.*"
          + "|.*\\bby continuing to use this (web)?site\\b.*|.*\\bhow to control cookies\\b.*"
          + "|we use cookies\\b.*|(accept|allow) (all )?cookies\\.?"),
      line("download-link", "download link\\b.{0,200}\\bclick here\\b.*"),
      line("theme-footer", ".{0,80}\\btheme for wordpress\\.?|(proudly )?powered by(:? \\S+){0,8}"
          + "|(copyright )?(©|\\(c\\)|copyright \\d{4}).{0,80}\\ball rights reserved\\.?"),
      line("login-prompt", "(you must be )?(logged in|log ?in|sign in|register)\\b.{0,60}"
          + "\\bto (post |leave |write |add )?(a )?(comments?|reply)\\b.*"),
      line("share-prompt", "share this( article| story| post)?:?|click to share on \\w+.*"
          + "|share on (facebook|twitter|whatsapp|linkedin|email)\\b.*|like this:?|tweet this:?"),
      line("comment-form", "fill in your details below or click an icon to log in.*"
          + "|you are commenting using your .{0,40}account\\..*|connecting to %s"
          + "|notify me of (new|follow-up) (comments|posts)\\b.*|comment policy\\b.*"
          + "|(google\\+|twitter|facebook|wordpress\\.com) (photo|picture)"
          + "|your email address will not be published\\b.*|(post|submit) comment|cancel reply"
          + "|save my name, email,? and website in this browser\\b.*"),
      line("comment-count", "\\d+ comments?|\\d+ comment\\(s\\)|comments:? \\(?\\d+\\)?|no comments( yet)?\\.?"),
      line("related-posted-on", "posted on:.{1,80}\\| ?by:.*"),
      line("read-more", "read more\\.{0,3}:?|continue reading\\.{0,3}"),
      tail("comment-section", "(leave a (reply|comment)|post a comment|add a comment|write a comment)"
          + "( cancel reply)?:?"),
      tail("related-articles", "(related (articles?|posts?|stor(y|ies)|news|content|coverage)"
          + "|you may also like|more stories|more on this story|recommended for you):?"),
      tail("article-rating", "(do|did) you (like|enjoy) this (article|story|post)\\??"
          + "|was this (article|story) helpful\\??"));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Line> apply(List<Line> lines, Audit audit) {
    List<Line> out = new ArrayList<>(lines.size());
    boolean contentSeen = false;
    Entry cutBy = null;
    for (Line line : lines) {
      Entry match = match(line.text());
      if (cutBy != null) {
        audit.removed(ID + "/" + (match == null ? cutBy : match).id, line);
      } else if (match != null) {
        audit.removed(ID + "/" + match.id, line);
        if (match.cutsTail && contentSeen) {
          cutBy = match;
        }
      } else {
        out.add(line);
        contentSeen |= !line.isBlank();
      }
    }
    return out;
  }

  private static Entry match(String text) {
    String normalised = text.replaceAll("[\\h\\s]+", " ").strip().toLowerCase(Locale.ROOT);
    if (normalised.isEmpty() || normalised.length() > MAX_LINE_LENGTH) {
      return null;
    }
    for (Entry entry : LEXICON) {
      if (entry.pattern.matches(normalised)) {
        return entry;
      }
    }
    return null;
  }

  private static Entry line(String id, String regex) {
    return new Entry(id, Pattern.compile(regex), false);
  }

  private static Entry tail(String id, String regex) {
    return new Entry(id, Pattern.compile(regex), true);
  }

  private record Entry(String id, Pattern pattern, boolean cutsTail) {}
}
