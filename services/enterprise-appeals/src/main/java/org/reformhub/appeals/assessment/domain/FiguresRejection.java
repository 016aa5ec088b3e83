package org.reformhub.appeals.assessment.domain;

import java.util.List;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.appeals.AppealTexts.text;

/** Why a request for figures (assessment, monthly report) was refused. */
public sealed interface FiguresRejection extends Rejection {

    /** The months asked for run backwards or span more than the figures are computed over at once. */
    record RangeRefused(int maxMonths) implements FiguresRejection {
        public String detail() {
            return text("figures.range", maxMonths);
        }

        @Override
        public List<FieldMistake> fields() {
            return List.of(new FieldMistake("to", text("figures.range-field", maxMonths)));
        }
    }
}
