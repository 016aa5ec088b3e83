package org.reformhub.notifications.contact.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The contact an enterprise gave for one case (联系人, 手机, 邮箱): where the case's notices go by e-mail and SMS
 * unless the address unsubscribed. The token is the secret of the case's unsubscribe link.
 */
public record CaseContact(String caseNumber, String uscc, String enterpriseName, String contactPerson, String phone,
                          Optional<String> email, String unsubscribeToken) {

    /**
     * An address as an opt-out is kept: e-mail in lower case, a phone as its digits without the country code (so
     * "0756-1234567" = "07561234567" and "+86 138-0013-8000" = "13800138000").
     */
    public static String normalised(String address) {
        String trimmed = address.trim();
        if (trimmed.contains("@")) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        String digits = trimmed.replaceAll("[^0-9]", "");
        return digits.length() == 13 && digits.startsWith("861") ? digits.substring(2) : digits;
    }

    /** Both addresses, normalised: what one unsubscribe click stops. */
    public List<String> addresses() {
        List<String> all = new ArrayList<>();
        email.filter(e -> !e.isBlank()).ifPresent(e -> all.add(normalised(e)));
        if (!phone.isBlank()) {
            all.add(normalised(phone));
        }
        return all;
    }

    /** The e-mail to write to, unless it unsubscribed. */
    public Optional<String> emailUnless(Set<String> optedOut) {
        return email.filter(e -> !e.isBlank() && !optedOut.contains(normalised(e)));
    }

    /** The mobile phone to text, unless it unsubscribed; a landline (not 1 + 10 digits, after +86) gets no SMS. */
    public Optional<String> mobileUnless(Set<String> optedOut) {
        String digits = normalised(phone);
        return digits.matches("1[3-9][0-9]{9}") && !optedOut.contains(digits) ? Optional.of(digits) : Optional.empty();
    }

    /** The e-mail as the unsubscribe page shows it to whoever holds the link: z***@example.com. */
    public Optional<String> maskedEmail() {
        return email.filter(e -> e.contains("@")).map(e -> e.charAt(0) + "***" + e.substring(e.indexOf('@')));
    }

    /** The phone as the page shows it: 138****5678. */
    public String maskedPhone() {
        String digits = normalised(phone);
        return digits.length() < 7 ? "****" : digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }
}
