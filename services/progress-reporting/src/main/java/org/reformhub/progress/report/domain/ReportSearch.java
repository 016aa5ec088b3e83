package org.reformhub.progress.report.domain;

import java.time.LocalDate;

import org.reformhub.kernel.text.LikePattern;

/**
 * What a list of reports asks for: a department (null: every one, for the office), programme, state, kind, period,
 * words (a measure's code, its title, or the report's narrative, problems and next steps), the dates of submission
 * (city days, both ends included), and the page.
 */
public record ReportSearch(String dept, String programme, ReportStatus status, ReportKind kind, String period, String words,
                           LocalDate submittedFrom, LocalDate submittedTo, int offset, int size) {

    /** The words as a LIKE pattern matching them anywhere, with the pattern's own characters taken literally. */
    public String wordsPattern() {
        return LikePattern.containing(words.toLowerCase(java.util.Locale.ROOT));
    }
}
