package org.reformhub.kernel.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Files are told apart by content: the name a client gives changes nothing. */
class FileKindTest {

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void accepted_kinds_by_their_content() throws IOException {
        assertEquals(Optional.of(FileKind.PDF), FileKind.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileKind.PNG), FileKind.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}));
        assertEquals(Optional.of(FileKind.JPEG), FileKind.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}));
        assertEquals(Optional.of(FileKind.DOCX), FileKind.of(zip("word/document.xml")));
        assertEquals(Optional.of(FileKind.XLSX), FileKind.of(zip("xl/workbook.xml")));
        assertEquals(Optional.of(FileKind.OFD), FileKind.of(zip("OFD.xml")));
    }

    @Test
    void anything_else_is_refused_whatever_it_is_called() throws IOException {
        assertEquals(Optional.empty(), FileKind.of("MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.empty(), FileKind.of("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), FileKind.of(zip("payload.exe")));
        assertEquals(Optional.empty(), FileKind.of(new byte[] {'P', 'K', 3, 4, 1, 2}));
        assertEquals(Optional.empty(), FileKind.of(new byte[0]));
    }

    @Test
    void names_lose_their_path_and_control_characters_and_take_the_real_extension() {
        assertEquals(Optional.of("证明材料.pdf"), FileNames.clean("..\\..\\C:\\证明材料.exe", FileKind.PDF));
        assertEquals(Optional.of("report.pdf"), FileNames.clean("/etc/report\u0000\r\n.pdf", FileKind.PDF));
        assertEquals(Optional.empty(), FileNames.clean("...", FileKind.PDF));
        assertEquals(Optional.empty(), FileNames.clean(null, FileKind.PDF));
        assertEquals(FileNames.MAX_LENGTH, FileNames.clean("长".repeat(500) + ".png", FileKind.PNG).orElseThrow().length());
    }
}
