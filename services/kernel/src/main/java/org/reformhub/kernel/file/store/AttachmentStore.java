package org.reformhub.kernel.file.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.reformhub.kernel.problem.rest.ProblemException;
import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.kernel.rule.RejectedException;

import org.reformhub.kernel.text.MessageBundle;
import org.reformhub.kernel.file.FileKind;
import org.reformhub.kernel.file.FileNames;
import org.reformhub.kernel.file.FileRejection;

/**
 * Evidence files on disk, outside the database's rows: content-addressed by SHA-256 (the same file stored twice
 * is one file; a stored file never changes), written to a temporary file first and moved into place, so a
 * crash never leaves half a file under a real name. Who may read a file is the owning service's rule; this
 * store only keeps bytes.
 */
@ApplicationScoped
public class AttachmentStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public AttachmentStore(@ConfigProperty(name = "reformhub.attachments.dir") String root) {
        this.root = Path.of(root).toAbsolutePath();
    }

    /** The most bytes one upload may have (10 MB). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** How an upload is sent, as the API documents say it: the file's bytes as the body; the content decides its type. */
    public static final String UPLOAD_BODY = "文件本身（任意 Content-Type，按内容识别）/ the file's bytes (any Content-Type: the content decides)";

    /**
     * Checks what the content is (never trusting the name), cleans the name and stores the bytes.
     *
     * @throws RejectedException with a {@link FileRejection} when the content or the name is unusable
     */
    public StoredFile accept(String givenName, byte[] content, String uploadedBy) {
        FileKind kind = FileKind.of(content).filter(k -> WholeFile.readable(k, content))
                .orElseThrow(() -> new RejectedException(new FileRejection.UnacceptableFile()));
        String fileName = FileNames.clean(givenName, kind)
                .orElseThrow(() -> new RejectedException(new FileRejection.UnusableFileName(givenName)));
        return new StoredFile(fileName, kind.mediaType(), content.length, store(content), uploadedBy, Instant.now());
    }

    /** Reads an upload's body, refusing (413) more than {@link #MAX_BYTES}. */
    public static byte[] readUpload(InputStream body) throws IOException {
        byte[] content = body.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, MessageBundle.KERNEL.text("file.too-large", MAX_BYTES / 1024 / 1024));
        }
        return content;
    }

    /** The file as uploaded, always as a download (never rendered inline by the browser, never sniffed). */
    public Response download(StoredFile file) throws IOException {
        return Response.ok(open(file.sha256()), file.mediaType())
                .header("Content-Disposition", contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff").header("Content-Length", file.size()).build();
    }

    /** An attachment disposition that carries any (Chinese) name safely: RFC 6266 {@code filename*}. */
    public static String contentDisposition(String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"attachment\"; filename*=UTF-8''" + encoded;
    }

    /** @return the content's SHA-256, the name to read it back by */
    String store(byte[] content) {
        String sha256 = sha256(content);
        Path target = path(sha256);
        if (Files.exists(target)) {
            return sha256;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
            try {
                Files.write(temporary, content);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // another request stored the same content first: the same bytes, keep theirs
                Files.deleteIfExists(temporary);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return sha256;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the attachment", e);
        }
    }

    InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    private Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
