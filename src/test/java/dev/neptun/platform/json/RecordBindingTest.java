package dev.neptun.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.neptun.platform.params.Vocabulary;
import dev.neptun.platform.refusals.FieldError;
import dev.neptun.platform.refusals.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordBindingTest {

    enum Color implements Vocabulary {
        RED("red-ish"), blue;

        private final String wire;

        Color() {
            this.wire = null;
        }

        Color(String wire) {
            this.wire = wire;
        }

        @Override
        public String wireName() {
            return wire == null ? name() : wire;
        }
    }

    record Create(String sourcePath, Integer depth, Long githubAccountId, JsonValue fileTree, Color color,
            @JsonbProperty("confirmPassword") String confirmPassword) {
    }

    record Patch(Optional<String> name, Optional<Integer> depth, Optional<Color> color) {
    }

    record Refusing(String sourceType) {
        Refusing {
            if ("bad".equals(sourceType)) {
                throw InvalidInput.member("source_type", "is bad");
            }
        }
    }

    private static final java.util.function.Function<Record, List<FieldError>> NO_PROBLEMS = r -> List.of();

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static List<FieldError> problems(String body, Class<? extends Record> type) {
        return assertThrows(InvalidInput.class, () -> RecordBinding.bind(json(body), type, NO_PROBLEMS)).problems();
    }

    @Test
    void membersBindBySnakeCaseOrTheirJsonbPropertyAndUnknownOnesAreIgnored() {
        Create created = RecordBinding.bind(json("{\"source_path\":\"/x\",\"depth\":3,\"github_account_id\":98765432101,"
                + "\"file_tree\":{\"a\":[1]},\"color\":\"red-ish\",\"confirmPassword\":\"p\",\"sourcePath\":\"ignored\",\"id\":7}"),
                Create.class, NO_PROBLEMS);

        assertEquals(new Create("/x", 3, 98_765_432_101L, json("{\"a\":[1]}"), Color.RED, "p"), created);
    }

    @Test
    void absentAndNullAreBothNullOnACreate() {
        assertEquals(new Create(null, null, null, null, null, null),
                RecordBinding.bind(json("{\"source_path\":null,\"file_tree\":null}"), Create.class, NO_PROBLEMS));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"source_path\":7}|source_path|must be a string",
            "{\"source_path\":true}|source_path|must be a string",
            "{\"source_path\":[\"x\"]}|source_path|must be a string",
            "{\"depth\":\"1\"}|depth|must be a 32-bit integer",
            "{\"depth\":1.5}|depth|must be a 32-bit integer",
            "{\"depth\":1.0}|depth|must be a 32-bit integer",
            "{\"depth\":2147483648}|depth|is out of range",
            "{\"depth\":-2147483649}|depth|is out of range",
            "{\"github_account_id\":9223372036854775808}|github_account_id|is out of range",
            "{\"github_account_id\":{}}|github_account_id|must be a 64-bit integer",
            "{\"color\":\"RED\"}|color|must be one of: red-ish, blue",
            "{\"color\":1}|color|must be one of: red-ish, blue"})
    void aMemberOfTheWrongTypeIsRefusedByName(String body, String member, String problem) {
        assertEquals(List.of(new FieldError(member, problem)), problems(body, Create.class));
    }

    @Test
    void everyMemberAtFaultIsNamed() {
        assertEquals(List.of("depth", "source_path"), problems("{\"source_path\":1,\"depth\":\"x\"}", Create.class).stream()
                .map(FieldError::field).toList());
    }

    @Test
    void problemsOfTypeAndOfValidationAreNamedTogetherAndEachMemberOnce() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> RecordBinding.bind(json("{\"depth\":\"x\"}"), Create.class,
                r -> List.of(new FieldError("depth", "must not be null"), new FieldError("source_path", "must not be null"))));

        assertEquals(List.of(new FieldError("depth", "must be a 32-bit integer"), new FieldError("source_path", "must not be null")),
                refused.problems());
    }

    @Test
    void aPartialUpdateTellsAbsentFromNullFromAValue() {
        Patch patch = RecordBinding.bind(json("{\"name\":null,\"depth\":4}"), Patch.class, NO_PROBLEMS);

        assertEquals(Optional.empty(), patch.name());
        assertEquals(Optional.of(4), patch.depth());
        assertNull(patch.color());
    }

    @Test
    void aPartialUpdateThatSetsNothingIsRefused() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> RecordBinding.bind(json("{\"id\":5,\"created_at\":\"x\"}"), Patch.class, NO_PROBLEMS));

        assertEquals("The body must set at least one of: name, depth, color", refused.getMessage());
    }

    @Test
    void aRefusalOfTheRecordItselfComesThrough() {
        assertEquals(List.of(new FieldError("source_type", "is bad")), problems("{\"source_type\":\"bad\"}", Refusing.class));
    }
}
