package org.reformhub.console.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A file chosen on a form, as every upload form takes it: the services read each file through and refuse what is
 * not a document or picture; this refuses early, beside the field, what they would refuse anyway, so that a
 * wrong file never leaves half a record behind.
 */
public final class Uploads {

    /** The services' own limit (kernel AttachmentStore). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    static final Map<String, String> MEDIA_TYPES = Map.of("pdf", "application/pdf", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "png", "image/png", "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xls", "application/vnd.ms-excel", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ofd", "application/ofd");

    /** A file read from the form: its name (at most 200 characters, the end kept) and content. */
    public record Chosen(String name, byte[] content) {
        public String mediaType() {
            return MEDIA_TYPES.getOrDefault(Forms.extension(name), "application/octet-stream");
        }
    }

    /** What a form says about its file field: nothing chosen, a file taken, or why it cannot be taken. */
    public record Outcome(Chosen file, String problem) {
        public boolean none() {
            return file == null && problem == null;
        }
    }

    private Uploads() {
    }

    /** Reads the content only when the file is one the services would take. */
    public interface Content {
        byte[] read() throws IOException;
    }

    public static Outcome take(FileUpload upload) throws IOException {
        return upload == null ? new Outcome(null, null)
                : take(upload.fileName(), upload.size(), () -> Files.readAllBytes(upload.uploadedFile()));
    }

    /** A file part read without a bound form class (a form whose other fields are named at run time). */
    public static Outcome take(org.jboss.resteasy.reactive.server.multipart.FormValue part) throws IOException {
        if (part == null || !part.isFileItem()) {
            return new Outcome(null, null);
        }
        var item = part.getFileItem();
        return take(part.getFileName(), item.getFileSize(), () -> {
            try (var in = item.getInputStream()) {
                return in.readAllBytes();
            }
        });
    }

    static Outcome take(String name, long size, Content content) throws IOException {
        if (name == null || name.isBlank() || size == 0) {
            return new Outcome(null, null);
        }
        if (!MEDIA_TYPES.containsKey(Forms.extension(name))) {
            return new Outcome(null, "只能上传 PDF、图片（JPG、PNG）、Word、Excel 或 OFD 文件");
        }
        if (size > MAX_BYTES) {
            return new Outcome(null, "文件超过 10 MB，请压缩或分开上传");
        }
        return new Outcome(new Chosen(name.length() > 200 ? name.substring(name.length() - 200) : name, content.read()), null);
    }
}
