package org.reformhub.console.appeal;

import org.jboss.resteasy.reactive.RestForm;

import org.reformhub.console.backend.AppealsApi;

/** What an enterprise typed into the filing form, kept as typed so that a refused form comes back filled in. */
public class FilingForm {

    @RestForm
    public String enterpriseName;
    @RestForm
    public String contactPerson;
    @RestForm
    public String phone;
    @RestForm
    public String email;
    @RestForm
    public String category;
    @RestForm
    public String urgent;
    @RestForm
    public String title;
    @RestForm
    public String description;
    @RestForm
    public String district;
    /** Generated when the form is shown: a double click or a resent form files one appeal, not two. */
    @RestForm
    public String idempotencyKey;

    public static FilingForm empty() {
        return new FilingForm();
    }

    public boolean isUrgent() {
        return "on".equals(urgent) || "true".equals(urgent);
    }

    /** Blank fields go to the service as absent, so its own rules say what is missing. */
    AppealsApi.Filing filing() {
        return new AppealsApi.Filing(blankToNull(enterpriseName), blankToNull(contactPerson), blankToNull(phone),
                blankToNull(email), blankToNull(category), isUrgent(), blankToNull(title), blankToNull(description),
                blankToNull(district));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
