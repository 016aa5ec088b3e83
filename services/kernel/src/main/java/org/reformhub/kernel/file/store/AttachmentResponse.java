package org.reformhub.kernel.file.store;

import java.time.Instant;
import java.util.UUID;

/** An attached file as every API shows it: its id in the owning case or report, and what was stored. */
public record AttachmentResponse(UUID id, String fileName, String mediaType, long size, String sha256, String uploadedBy,
                                 Instant uploadedAt) {

    public static AttachmentResponse of(UUID id, StoredFile f) {
        return new AttachmentResponse(id, f.fileName(), f.mediaType(), f.size(), f.sha256(), f.uploadedBy(), f.uploadedAt());
    }
}
