package org.reformhub.console.appeal;

import java.io.IOException;
import java.util.Base64;

import jakarta.ws.rs.core.Response;

import org.reformhub.console.backend.Answers;
import org.reformhub.console.backend.AppealsApi;
import org.reformhub.console.shell.Uploads;

/**
 * A file for a case, as the forms carry it: chosen on the filing form, kept through the check page as name and
 * base64 (so no step needs the console to remember anything), sent to the service once the case exists. The service
 * reads every file through before storing it; this only refuses early what it would refuse anyway.
 */
final class FilingAttachment {

    private FilingAttachment() {
    }

    /** Reads a newly chosen file into the form; answers why it cannot be taken, or null (also when none was chosen). */
    static String take(FilingForm form) throws IOException {
        Uploads.Outcome chosen = Uploads.take(form.attachment);
        if (chosen.file() != null) {
            form.attachmentName = chosen.file().name();
            form.attachmentData = Base64.getEncoder().encodeToString(chosen.file().content());
        }
        return chosen.problem();
    }

    /** Sends the carried file to the case; true when there was none or it was stored. */
    static boolean attach(FilingForm form, String caseNumber, AppealsApi appeals) {
        if (form.attachmentData == null || form.attachmentData.isBlank()) {
            return true;
        }
        try (Response stored = Answers.of(() -> send(form, caseNumber, appeals))) {
            return stored.getStatus() / 100 == 2;
        }
    }

    static Response send(FilingForm form, String caseNumber, AppealsApi appeals) {
        byte[] content;
        try {
            content = Base64.getDecoder().decode(form.attachmentData);
        } catch (IllegalArgumentException e) {
            return Response.status(422).build();
        }
        Uploads.Chosen file = new Uploads.Chosen(form.attachmentName == null ? "附件" : form.attachmentName, content);
        return appeals.attach(caseNumber, file.name(), file.mediaType(), file.content());
    }
}
