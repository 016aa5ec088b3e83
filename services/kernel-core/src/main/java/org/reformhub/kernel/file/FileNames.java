package org.reformhub.kernel.file;

import java.text.Normalizer;
import java.util.Optional;

/**
 * A file name as a client gave it, made safe to show and to send back in Content-Disposition: no path, no
 * control characters, at most 200 characters, and the extension of what the content really is.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /** Empty when nothing usable is left of the name. */
    public static Optional<String> clean(String given, FileKind kind) {
        if (given == null) {
            return Optional.empty();
        }
        String name = Normalizer.normalize(given, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        stem = stem.replaceAll("^\\.+", "");
        if (stem.isBlank()) {
            return Optional.empty();
        }
        int room = MAX_LENGTH - kind.extension().length() - 1;
        if (stem.length() > room) {
            stem = stem.substring(0, room);
        }
        return Optional.of(stem + "." + kind.extension());
    }
}
