package org.clippings.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.clippings.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** data/records.json is what docs/records.schema.json (JSON Schema 2020-12) says it is. */
class RecordsSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  /** "format": "date" is only an annotation in 2020-12 unless assertions are switched on. */
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
      .formatAssertionsEnabled(true).build();

  private static Path schemaFile;
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    schemaFile = TestSite.repoRoot().resolve("docs/records.schema.json");
    try (InputStream in = Files.newInputStream(schemaFile)) {
      schema = FACTORY.getSchema(in, CONFIG);
    }
  }

  @Test
  void schemaIsValidJsonSchema202012() throws IOException {
    JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    assertEquals(Set.of(), meta.validate(JSON.readTree(schemaFile.toFile())));
  }

  @Test
  void demoRecordsValidate() throws IOException {
    JsonNode records = demoRecords();

    assertEquals(Set.of(), schema.validate(records));
    assertEquals(2, records.get("count").asInt());
    assertEquals(records.get("count").asInt(), records.get("records").size());
  }

  @Test
  void recordsOfEveryKindOfArticleValidate() throws IOException {
    var r = TestSite.of("""
        -- articles/a.md --
        ---
        title: Harbour budget approved
        date: 2024-03-11
        summary: The board approved it.
        people: [Jane Smith]
        places: [Harbourtown]
        organizations: [Harbour Board]
        topics: [budget]
        ---

        The board voted.

        ## Votes

        - seven for
        - two against

        > "A good day," said the chair.

            code block

        | Ship | Days |
        | --- | --- |
        | Aurora | 7 |
        -- articles/b.txt --
        The harbour board met on 11 March 2024 to approve the budget.

        Reaction

        Traders were pleased.
        -- articles/c.txt --
        date 2024-02-30 The harbour master retired.
        -- articles/d.txt --
        Harbour cafe reopens
        Friday, August 21, 2015

        The café reopened.
        -- articles/e.txt --
        The harbour master retired, again.
        """).build().assertExit(0);

    JsonNode records = JSON.readTree(r.site().resolve("data/records.json").toFile());
    assertEquals(Set.of(), schema.validate(records));
    assertEquals(5, records.get("records").size());
  }

  static Stream<Arguments> brokenRecords() {
    return Stream.of(
        broken("impossible date", rec -> rec.put("date", "2024-02-30")),
        broken("date in prose", rec -> rec.put("date", "11 March 2024")),
        broken("unknown date source", rec -> rec.put("dateSource", "file-modified")),
        broken("unknown title source", rec -> rec.put("titleSource", "guessed")),
        broken("date missing", rec -> rec.remove("date")),
        broken("title missing", rec -> rec.remove("title")),
        broken("null date from a header", rec -> rec.putNull("date")),
        broken("word count as text", rec -> rec.put("wordCount", "411")),
        broken("unknown field", rec -> rec.put("author", "someone")),
        broken("unknown block type", rec -> ((ObjectNode) rec.get("body").get(0)).put("type", "aside")),
        broken("heading without level", rec -> firstHeading(rec).putNull("level")),
        broken("paragraph with anchor", rec -> ((ObjectNode) rec.get("body").get(0)).put("anchor", "x")),
        broken("related for an unknown reason",
            rec -> rec.putArray("related").addObject().put("id", "8350d792b268").put("reason", "gut").put("score", 1)),
        broken("entity id of an unknown kind", rec -> rec.putArray("people").addObject().put("id", "animal/cat")
            .put("name", "Cat").put("mentions", 1).put("role", "").put("sentence", "").set("aliases",
                JsonNodeFactory.instance.arrayNode())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRecords")
  void schemaRejectsRecordsThatBreakTheContract(String what, Consumer<ObjectNode> breakIt) throws IOException {
    JsonNode records = demoRecords();
    ObjectNode dated = (ObjectNode) records.get("records").get(0);
    assertEquals("header", dated.get("dateSource").asText(), "the first demo record is seed 000");

    breakIt.accept(dated);
    Set<ValidationMessage> errors = schema.validate(records);

    assertFalse(errors.isEmpty(), what + " should not validate");
  }

  private static Arguments broken(String what, Consumer<ObjectNode> change) {
    return Arguments.of(what, change);
  }

  private static ObjectNode firstHeading(ObjectNode rec) {
    for (JsonNode b : rec.get("body")) {
      if (b.get("type").asText().equals("heading")) return (ObjectNode) b;
    }
    throw new AssertionError("no heading");
  }

  private static JsonNode demoRecords() throws IOException {
    return JSON.readTree(TestSite.demo().site().resolve("data/records.json").toFile());
  }

  @Test
  void everyRecordFieldOfTheExportIsDescribed() throws IOException {
    JsonNode props = JSON.readTree(schemaFile.toFile()).at("/$defs/record/properties");
    List<String> fields = Stream.of(RecordsExport.RecordJson.class.getRecordComponents()).map(c -> c.getName()).toList();

    assertEquals(fields, iterate(props.fieldNames()));
  }

  private static List<String> iterate(java.util.Iterator<String> it) {
    var out = new java.util.ArrayList<String>();
    it.forEachRemaining(out::add);
    return out;
  }
}
