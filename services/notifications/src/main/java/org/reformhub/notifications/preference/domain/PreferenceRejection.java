package org.reformhub.notifications.preference.domain;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.notifications.NotificationTexts.text;

/** Why a change to what a recipient is notified of was refused. */
public sealed interface PreferenceRejection extends Rejection {

    /** A department's preferences are set by that department (and by those who see every unit). */
    record OwnUnitOnly() implements PreferenceRejection {
        public String detail() {
            return text("directory.own-unit-only");
        }
    }
}
