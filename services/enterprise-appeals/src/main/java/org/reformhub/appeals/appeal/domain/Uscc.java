package org.reformhub.appeals.appeal.domain;

import java.util.Optional;

import static org.reformhub.appeals.AppealTexts.text;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A-Y without I, O, S, V and Z; the last is a
 * check character over the first 17 (weights 3^i mod 31).
 */
public record Uscc(String value) {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Why the text is not a valid code, or empty when it is one. */
    public static Optional<String> problem(String text) {
        if (text == null || text.length() != 18) {
            return Optional.of(text("uscc.length"));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARACTERS.indexOf(text.charAt(i));
            if (value < 0) {
                return Optional.of(text("uscc.character", i + 1));
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        if (text.charAt(17) != CHARACTERS.charAt(check)) {
            return Optional.of(text("uscc.check-character", text.charAt(17), CHARACTERS.charAt(check)));
        }
        return Optional.empty();
    }

    public static Optional<Uscc> parse(String text) {
        return problem(text).isEmpty() ? Optional.of(new Uscc(text)) : Optional.empty();
    }
}
