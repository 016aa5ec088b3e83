package org.reformhub.registry.tasktable.domain;

import java.util.List;
import java.util.Optional;

/**
 * What a table yields: its heading (the programme's title, when the document has one), its measures, what
 * to look at, and what makes it unusable (then nothing is stored).
 */
public record ParsedTable(Optional<String> heading, List<ParsedMeasure> measures, List<ImportWarning> warnings,
                          List<String> errors) {

    public boolean usable() {
        return errors.isEmpty();
    }
}
