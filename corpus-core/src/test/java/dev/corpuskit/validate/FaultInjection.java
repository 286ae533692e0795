package dev.corpuskit.validate;

import dev.corpuskit.parse.Parser;
import dev.corpuskit.source.SourceFile;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Validators with a stage made to fail, for the tests of fault isolation. */
public final class FaultInjection {

  private FaultInjection() {}

  /** A validator of {@code config} that parses with {@code parsers} and runs {@code extraRules} last. */
  public static Validator validator(ValidationConfig config, Function<SourceFile, Optional<Parser>> parsers,
      List<DocumentRule> extraRules) {
    return new Validator(config, parsers, extraRules);
  }
}
