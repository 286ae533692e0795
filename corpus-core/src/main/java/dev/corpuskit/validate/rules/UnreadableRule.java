package dev.corpuskit.validate.rules;

import dev.corpuskit.source.SourceFile;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/**
 * The file can be read: it is a regular file (not a named pipe, socket or device, which could block
 * the build) and opening it does not fail. Read errors are reported here instead of failing the build.
 */
public final class UnreadableRule extends GuardRule {

  public static final String ID = "unreadable";

  @Override
  public String id() {
    return ID;
  }

  /** What is wrong with {@code file}, if it is neither a regular file nor a symbolic link. */
  @Override
  public Optional<String> problem(SourceFile file) {
    if (Files.isRegularFile(file.path(), LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file.path())) {
      return Optional.empty();
    }
    if (!Files.exists(file.path(), LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of("the file disappeared while the corpus was read; run the build again");
    }
    return Optional.of("not a regular file (a directory, named pipe, socket or device): not read;"
        + " remove it or leave it out with the excludes setting");
  }

  /** The message for a read that failed with {@code e}. */
  public static String message(IOException e) {
    if (e instanceof dev.corpuskit.source.UnreadableSourceException) {
      return e.getMessage(); // names the file, the position and the fix
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read the file: permission denied; make it readable (chmod a+r) or leave it out"
          + " with the excludes setting";
    }
    if (e instanceof NoSuchFileException) {
      return "the file disappeared while the corpus was read; run the build again";
    }
    return "cannot read the file: " + e.getClass().getSimpleName() + ": " + e.getMessage()
        + "; check the disk and the file's permissions, or leave it out with the excludes setting";
  }
}
