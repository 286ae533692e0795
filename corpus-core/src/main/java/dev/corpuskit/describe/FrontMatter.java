package dev.corpuskit.describe;

import dev.corpuskit.format.License;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The data card's YAML front matter in the Hugging Face dataset-card format: {@code pretty_name},
 * {@code license} (the SPDX id in the Hub's lower case, or {@code other} with {@code license_name} and
 * {@code license_link}; left out when the POM states none), {@code language} (ISO 639 code, with the full
 * BCP 47 tag in {@code language_details}), {@code size_categories} and {@code task_categories}. Every
 * string is double-quoted and escaped, so that the block parses as YAML whatever the POM says.
 */
final class FrontMatter {

  /**
   * The SPDX licences the Hub lists under their own id, by lower-case id, with the URLs that name them
   * in a POM as often as the id does.
   */
  private static final Map<String, List<String>> HUB_LICENSES = Map.ofEntries(
      Map.entry("apache-2.0", List.of("apache.org/licenses/license-2.0")),
      Map.entry("mit", List.of("opensource.org/licenses/mit")),
      Map.entry("cc0-1.0", List.of("creativecommons.org/publicdomain/zero/1.0")),
      Map.entry("cc-by-2.0", List.of("creativecommons.org/licenses/by/2.0")),
      Map.entry("cc-by-2.5", List.of("creativecommons.org/licenses/by/2.5")),
      Map.entry("cc-by-3.0", List.of("creativecommons.org/licenses/by/3.0")),
      Map.entry("cc-by-4.0", List.of("creativecommons.org/licenses/by/4.0")),
      Map.entry("cc-by-sa-3.0", List.of("creativecommons.org/licenses/by-sa/3.0")),
      Map.entry("cc-by-sa-4.0", List.of("creativecommons.org/licenses/by-sa/4.0")),
      Map.entry("cc-by-nc-2.0", List.of("creativecommons.org/licenses/by-nc/2.0")),
      Map.entry("cc-by-nc-3.0", List.of("creativecommons.org/licenses/by-nc/3.0")),
      Map.entry("cc-by-nc-4.0", List.of("creativecommons.org/licenses/by-nc/4.0")),
      Map.entry("cc-by-nd-4.0", List.of("creativecommons.org/licenses/by-nd/4.0")),
      Map.entry("cc-by-nc-nd-3.0", List.of("creativecommons.org/licenses/by-nc-nd/3.0")),
      Map.entry("cc-by-nc-nd-4.0", List.of("creativecommons.org/licenses/by-nc-nd/4.0")),
      Map.entry("cc-by-nc-sa-2.0", List.of("creativecommons.org/licenses/by-nc-sa/2.0")),
      Map.entry("cc-by-nc-sa-3.0", List.of("creativecommons.org/licenses/by-nc-sa/3.0")),
      Map.entry("cc-by-nc-sa-4.0", List.of("creativecommons.org/licenses/by-nc-sa/4.0")),
      Map.entry("cdla-sharing-1.0", List.of("cdla.dev/sharing-1-0", "cdla.io/sharing-1-0")),
      Map.entry("cdla-permissive-1.0", List.of("cdla.dev/permissive-1-0", "cdla.io/permissive-1-0")),
      Map.entry("cdla-permissive-2.0", List.of("cdla.dev/permissive-2-0")),
      Map.entry("odc-by", List.of("opendatacommons.org/licenses/by")),
      Map.entry("odbl", List.of("opendatacommons.org/licenses/odbl")),
      Map.entry("pddl", List.of("opendatacommons.org/licenses/pddl")),
      Map.entry("gpl-2.0", List.of("gnu.org/licenses/old-licenses/gpl-2.0")),
      Map.entry("gpl-3.0", List.of("gnu.org/licenses/gpl-3.0")),
      Map.entry("lgpl-2.1", List.of("gnu.org/licenses/old-licenses/lgpl-2.1")),
      Map.entry("lgpl-3.0", List.of("gnu.org/licenses/lgpl-3.0")),
      Map.entry("agpl-3.0", List.of("gnu.org/licenses/agpl-3.0")),
      Map.entry("mpl-2.0", List.of("mozilla.org/mpl/2.0")),
      Map.entry("epl-2.0", List.of("eclipse.org/legal/epl-2.0")),
      Map.entry("eupl-1.2", List.of("joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12")),
      Map.entry("bsd-2-clause", List.of("opensource.org/licenses/bsd-2-clause")),
      Map.entry("bsd-3-clause", List.of("opensource.org/licenses/bsd-3-clause")),
      Map.entry("isc", List.of("opensource.org/licenses/isc")),
      Map.entry("unlicense", List.of("unlicense.org")),
      Map.entry("etalab-2.0", List.of("etalab.gouv.fr/licence-ouverte-open-licence")));

  /** The Hub's size buckets, by the number of examples (here documents) below each bound. */
  private static final String[] SIZES = {
    "n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M", "10M<n<100M", "100M<n<1B", "1B<n<10B"
  };

  private FrontMatter() {}

  /** The front matter of {@code corpus}, from the opening {@code ---} to the closing one and a blank line. */
  static String of(CorpusDescription corpus) {
    StringBuilder yaml = new StringBuilder("---\n");
    yaml.append("pretty_name: ").append(quoted(corpus.displayTitle())).append('\n');
    licence(yaml, corpus.info().licenses());
    String language = corpus.info().language();
    if (language != null) {
      int dash = language.indexOf('-');
      String primary = dash < 0 ? language : language.substring(0, dash);
      list(yaml, "language", List.of(primary));
      if (!primary.equals(language)) {
        list(yaml, "language_details", List.of(language));
      }
    }
    list(yaml, "size_categories", List.of(sizeCategory(corpus.facts().documents())));
    if (!corpus.details().taskCategories().isEmpty()) {
      list(yaml, "task_categories", corpus.details().taskCategories());
    }
    return yaml.append("---\n\n").toString();
  }

  /** The Hub's size category of a dataset of {@code documents} examples. */
  static String sizeCategory(long documents) {
    long bound = 1000;
    for (String size : SIZES) {
      if (documents < bound) {
        return size;
      }
      bound *= 10;
    }
    return "n>1T";
  }

  /**
   * The Hub's id of {@code license}: its SPDX id in lower case when the Hub lists it, found by the
   * POM's name (the id, in any case) or its URL; else null.
   */
  static String hubLicense(License license) {
    if (license.name() != null) {
      String id = license.name().toLowerCase(Locale.ROOT);
      if (HUB_LICENSES.containsKey(id)) {
        return id;
      }
    }
    if (license.url() != null) {
      String url = comparableUrl(license.url());
      for (Map.Entry<String, List<String>> known : HUB_LICENSES.entrySet()) {
        if (known.getValue().contains(url)) {
          return known.getKey();
        }
      }
    }
    return null;
  }

  /**
   * {@code url} as the licence tables list it: lower case, without the scheme, a {@code www.}, a
   * {@code .html}, {@code .htm} or {@code .txt} ending, a {@code /legalcode} page or trailing slashes.
   */
  static String comparableUrl(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    for (String prefix : new String[] {"https://", "http://"}) {
      if (u.startsWith(prefix)) {
        u = u.substring(prefix.length());
        break;
      }
    }
    if (u.startsWith("www.")) {
      u = u.substring(4);
    }
    int legalcode = u.lastIndexOf("/legalcode");
    if (legalcode >= 0 && u.indexOf('/', legalcode + 1) < 0) {
      u = u.substring(0, legalcode);
    }
    for (String ending : new String[] {".html", ".htm", ".txt"}) {
      if (u.endsWith(ending)) {
        u = u.substring(0, u.length() - ending.length());
        break;
      }
    }
    int end = u.length();
    while (end > 0 && u.charAt(end - 1) == '/') {
      end--;
    }
    return u.substring(0, end);
  }

  /** The Hub's form of a licence name: lower-case letters, digits and '.', runs of anything else as one '-'. */
  static String licenseName(String name) {
    StringBuilder id = new StringBuilder(name.length());
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
        id.append(c);
      } else if (id.length() > 0 && id.charAt(id.length() - 1) != '-') {
        id.append('-');
      }
    }
    while (id.length() > 0 && id.charAt(id.length() - 1) == '-') {
      id.setLength(id.length() - 1);
    }
    return id.length() == 0 ? "other" : id.toString();
  }

  private static void licence(StringBuilder yaml, List<License> licenses) {
    if (licenses.isEmpty()) {
      return; // not stated: the card's body says so, and no licence is guessed
    }
    List<String> ids = new ArrayList<>();
    License other = null;
    for (License license : licenses) {
      String id = hubLicense(license);
      if (id == null) {
        id = "other";
        other = other == null ? license : other;
      }
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    if (ids.size() == 1) {
      yaml.append("license: ").append(quoted(ids.get(0))).append('\n');
    } else {
      list(yaml, "license", ids);
    }
    if (other != null) {
      // The Hub's license_name is an id such as my-license-1.0; the POM's name may be free text.
      if (other.name() != null) {
        yaml.append("license_name: ").append(quoted(licenseName(other.name()))).append('\n');
      }
      if (other.url() != null) {
        yaml.append("license_link: ").append(quoted(other.url())).append('\n');
      }
    }
  }

  private static void list(StringBuilder yaml, String key, List<String> values) {
    yaml.append(key).append(":\n");
    for (String value : values) {
      yaml.append("- ").append(quoted(value)).append('\n');
    }
  }

  /**
   * {@code text} as a YAML double-quoted scalar: the quote and the backslash escaped, and every
   * character YAML does not print (controls, line and paragraph separators, the byte-order mark) written
   * as {@code \\uXXXX}, so that the value reads back exactly and on one line; half a surrogate pair
   * becomes U+FFFD, as it would in UTF-8.
   */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append("\\uFFFD"); // half a pair, which no encoding can carry
      } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
          || c >= '\uFFFE') {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
