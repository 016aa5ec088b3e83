package org.reformhub.kernel.file.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.reformhub.kernel.file.FileKind;

/** An attachment is stored only when the library of its kind reads it through: a right first few bytes are not enough. */
class WholeFileTest {

    private static final byte[] JUNK = junk(1024 * 1024);

    @Test
    void a_real_png_or_jpeg_is_read_but_its_signature_followed_by_junk_is_not() throws IOException {
        byte[] png = image("png");
        byte[] jpeg = image("jpg");
        assertTrue(WholeFile.readable(FileKind.PNG, png));
        assertTrue(WholeFile.readable(FileKind.JPEG, jpeg));
        assertFalse(WholeFile.readable(FileKind.PNG, join(Arrays.copyOf(png, 8), JUNK)), "PNG signature + 1 MB of junk");
        assertFalse(WholeFile.readable(FileKind.PNG, join(png, JUNK)), "junk after the image's end");
        assertFalse(WholeFile.readable(FileKind.JPEG, join(Arrays.copyOf(jpeg, 3), JUNK)), "JPEG marker + junk");
        assertFalse(WholeFile.readable(FileKind.PNG, Arrays.copyOf(png, png.length / 2)), "a cut-off image");
    }

    @Test
    void a_pdf_needs_a_page_not_just_its_header() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(out);
        }
        assertTrue(WholeFile.readable(FileKind.PDF, out.toByteArray()));
        assertFalse(WholeFile.readable(FileKind.PDF, join("%PDF-1.7\n".getBytes(), JUNK)));
    }

    @Test
    void word_and_excel_packages_must_hold_their_document_in_well_formed_xml() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("工作进展");
            document.write(docx);
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("台账").createRow(0).createCell(0).setCellValue("举措");
            workbook.write(xlsx);
        }
        assertTrue(WholeFile.readable(FileKind.DOCX, docx.toByteArray()));
        assertTrue(WholeFile.readable(FileKind.XLSX, xlsx.toByteArray()));
        assertFalse(WholeFile.readable(FileKind.DOCX, zip("word/document.xml", "<w:document><unclosed>")),
                "a package with only a broken document part");
        assertFalse(WholeFile.readable(FileKind.XLSX, Arrays.copyOf(xlsx.toByteArray(), xlsx.size() / 2)), "a cut-off workbook");
    }

    @Test
    void an_ofd_is_a_zip_whose_xml_entries_all_parse() throws IOException {
        assertTrue(WholeFile.readable(FileKind.OFD, zip("OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>")));
        assertFalse(WholeFile.readable(FileKind.OFD, zip("OFD.xml", "<ofd:OFD")));
        assertFalse(WholeFile.readable(FileKind.OFD, zip("OFD.xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")),
                "no DTDs or external entities");
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(10, 10, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, format, out);
        return out.toByteArray();
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] junk(int size) {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    private static byte[] join(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
