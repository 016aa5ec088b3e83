package org.reformhub.kernel.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Real files for the tests that upload attachments: the platform reads each through before storing it. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A one-page PDF, as a scanner or a word processor would write it. */
    public static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
