package dev.corpuskit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.List;

/**
 * The official Frictionless Data Package 2.0 profile (draft-07), loaded from the test resources. The
 * profile is self-contained (no {@code $ref}), but it is still loaded by its public URI mapped onto
 * the local copy, so nothing is ever fetched from the network. Formats such as {@code date-time} and
 * {@code uri} are asserted, not just annotated.
 */
public final class DataPackageSchema {

  /** The profile's public URI, as written in a descriptor's {@code $schema}. */
  public static final String URI = "https://datapackage.org/profiles/2.0/datapackage.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = JsonSchemaFactory
      .getInstance(SpecVersion.VersionFlag.V7, builder -> builder.schemaMappers(mappers -> mappers
          .mapPrefix("https://datapackage.org/profiles/2.0/", "classpath:schemas/datapackage-2.0/")))
      .getSchema(SchemaLocation.of(URI), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  private DataPackageSchema() {}

  /** The messages of validating {@code descriptor} against the profile; empty when valid. */
  public static List<String> validate(JsonNode descriptor) {
    return SCHEMA.validate(descriptor).stream().map(ValidationMessage::toString).sorted().toList();
  }

  /** The same, for a descriptor's bytes. */
  public static List<String> validate(byte[] descriptor) throws IOException {
    return validate(MAPPER.readTree(descriptor));
  }
}
