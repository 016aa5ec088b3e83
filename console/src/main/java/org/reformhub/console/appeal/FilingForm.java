package org.reformhub.console.appeal;

import org.jboss.resteasy.reactive.RestForm;

import org.reformhub.console.backend.AppealsApi;
import org.reformhub.console.shell.Forms;

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
    /** A file chosen on the form; on the later steps it travels as name and base64 (the console keeps no state). */
    @RestForm("attachment")
    public org.jboss.resteasy.reactive.multipart.FileUpload attachment;
    @RestForm
    public String attachmentName;
    @RestForm
    public String attachmentData;
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
        return new AppealsApi.Filing(Forms.blankToNull(enterpriseName), Forms.blankToNull(contactPerson), Forms.blankToNull(phone),
                Forms.blankToNull(email), Forms.blankToNull(category), isUrgent(), Forms.blankToNull(title), Forms.blankToNull(description),
                Forms.blankToNull(district));
    }
}
