package org.reformhub.kernel.file.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.xml.sax.helpers.DefaultHandler;
import org.reformhub.kernel.file.FileKind;

/**
 * Reads an attachment through with the library that reads its kind, after {@link FileKind} has told the kind
 * from its first bytes: a PNG signature followed by junk, a PDF header with nothing after it or a Word package
 * with a broken document are refused, not stored for someone to open later.
 * <ul>
 * <li>PNG and JPEG: decoded whole by the JDK's image readers, subsampled so that a huge picture costs little
 * memory; nothing may follow the image's end marker.</li>
 * <li>PDF: parsed by PDFBox, and it must have a page.</li>
 * <li>Word and Excel: opened as an OPC package by Apache POI (its zip-bomb limits apply) and every XML part
 * parsed; the main document part must be there.</li>
 * <li>OFD: no Java library reads it; its ZIP is read through and every XML entry parsed.</li>
 * </ul>
 */
final class WholeFile {

    /** Decoding every 8th pixel in each direction still reads every byte, in 1/64 of the memory. */
    private static final int SUBSAMPLING = 8;
    private static final int MAX_ZIP_ENTRIES = 2_000;

    private WholeFile() {
    }

    static boolean readable(FileKind kind, byte[] content) {
        try {
            return switch (kind) {
                case PNG -> image(content) && endsWith(content, PNG_END);
                case JPEG -> image(content) && endsWith(content, JPEG_END);
                case PDF -> pdf(content);
                case DOCX -> office(content, "/word/document.xml");
                case XLSX -> office(content, "/xl/workbook.xml");
                case OFD -> ofd(content);
            };
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            // whatever the reader choked on, the file is not one a person could open
            return false;
        }
    }

    /** IEND chunk: length 0, type, CRC. */
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};
    private static final byte[] JPEG_END = {(byte) 0xff, (byte) 0xd9};

    private static boolean image(byte[] content) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(SUBSAMPLING, SUBSAMPLING, 0, 0);
                return reader.read(0, param) != null;
            } finally {
                reader.dispose();
            }
        }
    }

    private static boolean pdf(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            return document.getNumberOfPages() > 0;
        }
    }

    private static boolean office(byte[] content, String mainPart) throws Exception {
        try (OPCPackage pack = OPCPackage.open(new ByteArrayInputStream(content))) {
            boolean hasMain = false;
            for (PackagePart part : pack.getParts()) {
                String name = part.getPartName().getName();
                hasMain |= name.equals(mainPart);
                // the core properties part was parsed when the package opened, and POI reads it no other way
                if (!(part instanceof PackagePropertiesPart) && (name.endsWith(".xml") || name.endsWith(".rels"))) {
                    try (InputStream xml = part.getInputStream()) {
                        parseXml(xml);
                    }
                }
            }
            return hasMain;
        }
    }

    private static boolean ofd(byte[] content) throws Exception {
        boolean hasRoot = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    return false;
                }
                if (entry.getName().endsWith(".xml")) {
                    hasRoot |= entry.getName().equals("OFD.xml");
                    parseXml(new NonClosing(zip));
                } else {
                    zip.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        }
        return hasRoot;
    }

    private static void parseXml(InputStream xml) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        // no DTDs, no external entities: a file is data, never instructions to fetch more
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        SAXParser parser = factory.newSAXParser();
        parser.parse(xml, new DefaultHandler());
    }

    private static boolean endsWith(byte[] content, byte[] end) {
        if (content.length < end.length) {
            return false;
        }
        for (int i = 0; i < end.length; i++) {
            if (content[content.length - end.length + i] != end[i]) {
                return false;
            }
        }
        return true;
    }

    /** The SAX parser closes what it reads; a ZIP entry must stay open for the next one. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
