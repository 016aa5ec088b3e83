package org.reformhub.console.appeal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.reformhub.console.backend.Answers;
import org.reformhub.console.backend.AppealsApi;
import org.reformhub.console.shell.Forms;

/**
 * A file for a case, as the forms carry it: chosen on the filing form, kept through the check page as name and
 * base64 (so no step needs the console to remember anything), sent to the service once the case exists. The service
 * reads every file through before storing it; this only refuses early what it would refuse anyway.
 */
final class FilingAttachment {

    /** The service's own limit (kernel AttachmentStore). */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final Map<String, String> MEDIA_TYPES = Map.of("pdf", "application/pdf", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "png", "image/png", "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xls", "application/vnd.ms-excel", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ofd", "application/ofd");

    private FilingAttachment() {
    }

    /** Reads a newly chosen file into the form; answers why it cannot be taken, or null (also when none was chosen). */
    static String take(FilingForm form) throws IOException {
        if (form.attachment == null || form.attachment.fileName() == null || form.attachment.fileName().isBlank()
                || form.attachment.size() == 0) {
            return null;
        }
        String name = form.attachment.fileName();
        if (!MEDIA_TYPES.containsKey(Forms.extension(name))) {
            return "只能上传 PDF、图片（JPG、PNG）、Word、Excel 或 OFD 文件";
        }
        if (form.attachment.size() > MAX_BYTES) {
            return "文件超过 10 MB，请压缩或分开上传";
        }
        form.attachmentName = name.length() > 200 ? name.substring(name.length() - 200) : name;
        form.attachmentData = Base64.getEncoder().encodeToString(Files.readAllBytes(form.attachment.uploadedFile()));
        return null;
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
        String name = form.attachmentName == null ? "附件" : form.attachmentName;
        return appeals.attach(caseNumber, name, MEDIA_TYPES.getOrDefault(Forms.extension(name), "application/octet-stream"),
                content);
    }
}
