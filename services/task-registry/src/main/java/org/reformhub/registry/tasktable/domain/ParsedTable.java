package org.reformhub.registry.tasktable.domain;

import java.util.List;

/** What a table yields: its measures, what to look at, and what makes it unusable (then nothing is stored). */
public record ParsedTable(List<ParsedMeasure> measures, List<ImportWarning> warnings, List<String> errors) {

    public boolean usable() {
        return errors.isEmpty();
    }
}
