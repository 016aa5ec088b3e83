package org.reformhub.registry.tasktable.domain;

import java.util.List;

import org.reformhub.kernel.rule.Rejection;

/** Why a table was not imported (then nothing was stored). */
public sealed interface ImportRejection extends Rejection {

    /** Not a table we can read, or one whose rows make no register. */
    record UnreadableTable(String detail, List<String> problems) implements ImportRejection {
        public UnreadableTable {
            problems = List.copyOf(problems);
        }
    }

    /** A new programme needs a title, and the table has no heading to take it from. */
    record ProgrammeNeedsTitle(String programme) implements ImportRejection {
        @Override
        public String detail() {
            return "programme " + programme + " does not exist yet and the table has no heading: give its title (title=…)";
        }
    }
}
