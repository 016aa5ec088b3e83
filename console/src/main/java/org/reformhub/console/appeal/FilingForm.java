package org.reformhub.console.appeal;

import java.util.List;

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
    /** The question page the form was on (1 企业和联系人, 2 类别和所在区, 3 诉求内容); the others travel hidden. */
    @RestForm
    public String step;
    /** "back" when the person pressed 上一步. */
    @RestForm
    public String go;
    /** Generated when the form is shown: a double click or a resent form files one appeal, not two. */
    @RestForm
    public String idempotencyKey;

    /** The question pages and the fields each asks, in order. */
    static final List<List<String>> STEPS = List.of(List.of("enterpriseName", "contactPerson", "phone", "email"),
            List.of("category", "urgent", "district"), List.of("title", "description", "attachment"));
    static final List<String> STEP_TITLES = List.of("企业和联系人", "诉求类别和所在区", "诉求内容");

    public static FilingForm empty() {
        FilingForm form = new FilingForm();
        form.step = "1";
        return form;
    }

    /** The page asked for, 1–3 (anything else: the first). */
    public int getStepNumber() {
        try {
            int n = Integer.parseInt(step == null ? "1" : step.strip());
            return n >= 1 && n <= STEPS.size() ? n : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public String getStepTitle() {
        return STEP_TITLES.get(getStepNumber() - 1);
    }

    public int getSteps() {
        return STEPS.size();
    }

    FilingForm onStep(int n) {
        step = Integer.toString(Math.max(1, Math.min(STEPS.size(), n)));
        return this;
    }

    /** The page a field is asked on; 0 for a field no page asks (the service's own, such as the USCC). */
    static int stepOf(String field) {
        for (int i = 0; i < STEPS.size(); i++) {
            if (STEPS.get(i).contains(field)) {
                return i + 1;
            }
        }
        return 0;
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
