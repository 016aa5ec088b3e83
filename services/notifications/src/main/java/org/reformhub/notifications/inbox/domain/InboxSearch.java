package org.reformhub.notifications.inbox.domain;

import java.time.LocalDate;

import org.reformhub.kernel.text.LikePattern;

/**
 * What an inbox list asks for: unread only, a category and severity, words in the title or text, a range of arrival
 * dates (city days, both ends included), and the page.
 */
public record InboxSearch(boolean unreadOnly, String category, String severity, String words, LocalDate from, LocalDate to,
                          int offset, int size) {

    /** The words as a LIKE pattern matching them anywhere, with the pattern's own characters taken literally. */
    public String wordsPattern() {
        return LikePattern.containing(words.toLowerCase(java.util.Locale.ROOT));
    }
}
