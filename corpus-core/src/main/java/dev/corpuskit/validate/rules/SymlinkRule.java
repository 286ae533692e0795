package dev.corpuskit.validate.rules;

import dev.corpuskit.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A symbolic link is never followed: one that points outside the corpus could make the build read, and
 * publish, any file of the machine. The link is reported with where it points.
 */
public final class SymlinkRule extends GuardRule {

  public static final String ID = "symlink";

  @Override
  public String id() {
    return ID;
  }

  /** What is wrong with {@code file}, if it is a symbolic link. */
  @Override
  public Optional<String> problem(SourceFile file) {
    Path link = file.path();
    if (!Files.isSymbolicLink(link)) {
      return Optional.empty();
    }
    String target;
    boolean inside;
    try {
      Path to = Files.readSymbolicLink(link);
      target = to.toString();
      Path root = file.root().toAbsolutePath().normalize();
      inside = link.toAbsolutePath().getParent().resolve(to).normalize().startsWith(root);
    } catch (IOException e) {
      target = "an unreadable target (" + e.getMessage() + ")";
      inside = false;
    }
    return Optional.of("symbolic link to " + target + (inside ? ", inside" : ", outside")
        + " the corpus directory: links are not followed; copy the file into the corpus,"
        + " or leave the link out with the excludes setting");
  }
}
