package org.reformhub.kernel.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository (seed tables, event schemas, docs), found from the module directory the tests run in. */
public final class RepositoryFiles {

    private RepositoryFiles() {
    }

    /** The file or directory at {@code relative} from the repository's root. */
    public static Path find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
