package org.reformhub.registry.tasktable.domain;

import java.util.List;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.registry.RegistryTexts.text;

/** Why a table was not imported (then nothing was stored). */
public sealed interface ImportRejection extends Rejection {

    /** Not a table we can read, or one whose rows make no register. */
    record UnreadableTable(String detail, List<String> problems) implements ImportRejection {
        public UnreadableTable {
            problems = List.copyOf(problems);
        }

        @Override
        public List<FieldMistake> fields() {
            return problems.stream().map(problem -> new FieldMistake("table", problem)).toList();
        }
    }

    /** Larger than any real table may be ({@link TableSize}): refused before it is read. */
    record TableTooLarge(String detail) implements ImportRejection {
    }

    /** A new programme needs a title, and the table has no heading to take it from. */
    record ProgrammeNeedsTitle(String programme) implements ImportRejection {
        @Override
        public String detail() {
            return text("import.programme-needs-title", programme);
        }

        @Override
        public List<FieldMistake> fields() {
            return List.of(new FieldMistake("title", text("import.title-required")));
        }
    }
}
