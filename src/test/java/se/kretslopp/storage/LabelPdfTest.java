package se.kretslopp.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Renders the label PDFs at 300 dpi and reads the QR codes back with ZXing. */
class LabelPdfTest {

    private static final float DPI = 300f;
    private static final float PX_PER_MM = DPI / 25.4f;
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private static LabelPdf.Label label(String code) {
        return new LabelPdf.Label(
                code,
                "http://localhost:8080/lager/kod/" + code,
                "Innerdörr vit, släta, 9×21 M",
                "12 st · Skick 2 · A-03-2",
                "Kalmar mellanlager · inlevererad 2026-05-04");
    }

    @Test
    void singleLabelDecodesToItsQrContent() throws IOException {
        LabelPdf.Label label = label("K7MQ3X");
        byte[] pdf = LabelPdf.single(label);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals("Kretslopp etiketter", doc.getDocumentInformation().getTitle());
            PDPage page = doc.getPage(0);
            assertEquals(LabelPdf.mm(100f), page.getMediaBox().getWidth(), 0.01f);
            assertEquals(LabelPdf.mm(50f), page.getMediaBox().getHeight(), 0.01f);
            // vector QR: the page carries no raster image
            assertFalse(page.getResources().getXObjectNames().iterator().hasNext(), "page must not contain images");

            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.GRAY);
            assertEquals(Optional.of("http://localhost:8080/lager/kod/K7MQ3X"), decode(image));

            // the QR code sits in the left half (about 40 mm); the right half has no QR code
            int half = image.getWidth() / 2;
            assertEquals(Optional.of(label.qrContent()), decode(image.getSubimage(0, 0, half, image.getHeight())));
            assertEquals(Optional.empty(), decode(image.getSubimage(half, 0, image.getWidth() - half, image.getHeight())));

            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("K7MQ3X"), text);
            assertTrue(text.contains("12 st · Skick 2 · A-03-2"), text);
        }
    }

    @Test
    void sheetOfThirtyLabelsHasTwoPagesAndEveryCodeDecodesOnce() throws IOException {
        List<LabelPdf.Label> labels = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String code = "K" + CODE_ALPHABET.charAt(i) + "M" + CODE_ALPHABET.charAt((i * 7) % 32) + "3X";
            LabelPdf.Label base = label(code);
            // a few longer contents so that the sheet mixes QR versions
            String qr = i % 5 == 4 ? base.qrContent() + "?lot=" + (1000 + i) + "&source=etikettark" : base.qrContent();
            labels.add(new LabelPdf.Label(code, qr, base.title(), base.detail(), base.footer()));
        }
        assertEquals(30, labels.stream().map(LabelPdf.Label::qrContent).distinct().count(), "test data must be distinct");

        byte[] pdf = LabelPdf.sheet(labels);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(2, doc.getNumberOfPages());
            assertEquals("Kretslopp etiketter", doc.getDocumentInformation().getTitle());
            PDFRenderer renderer = new PDFRenderer(doc);
            List<String> decoded = new ArrayList<>();
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                assertEquals(210f, doc.getPage(p).getMediaBox().getWidth() / LabelPdf.mm(1f), 0.5f);
                assertEquals(297f, doc.getPage(p).getMediaBox().getHeight() / LabelPdf.mm(1f), 0.5f);
                BufferedImage image = renderer.renderImageWithDPI(p, DPI, ImageType.GRAY);
                for (int cell = 0; cell < LabelPdf.LABELS_PER_SHEET; cell++) {
                    int index = p * LabelPdf.LABELS_PER_SHEET + cell;
                    Optional<String> content = decode(cell(image, cell));
                    if (index < labels.size()) {
                        assertEquals(Optional.of(labels.get(index).qrContent()), content, "cell " + cell + " of page " + p);
                        decoded.add(content.get());
                    } else {
                        assertEquals(Optional.empty(), content, "cell " + cell + " of page " + p + " must be empty");
                    }
                }
            }
            assertEquals(labels.stream().map(LabelPdf.Label::qrContent).toList(), decoded);
            Set<String> unique = new HashSet<>(decoded);
            assertEquals(30, unique.size());

            String text = new PDFTextStripper().getText(doc);
            for (LabelPdf.Label label : labels) {
                assertEquals(1, occurrences(text, label.code()), "code " + label.code() + " printed once");
            }
        }
    }

    @Test
    void emptySheetIsOneBlankPage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(LabelPdf.sheet(List.of()))) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals("", new PDFTextStripper().getText(doc).strip());
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 72f, ImageType.GRAY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((image.getRGB(x, y) & 0xff) != 0xff) {
                        fail("blank page has a non-white pixel at " + x + "," + y);
                    }
                }
            }
        }
    }

    @Test
    void longSwedishTitleRendersWrappedAndTruncated() throws IOException {
        String title = "Ytterdörr i massiv ek med glasruta, vänsterhängd, 10×21 M, inklusive karm, tröskel och "
                + "beslag från Åtvidaberg – Éntre-modell, något repig på insidan men i övrigt fin. SLUTORD";
        LabelPdf.Label label = new LabelPdf.Label(
                "Q2W9RT", "http://localhost:8080/lager/kod/Q2W9RT", title, "1 st · Skick 3 · B-11-4", "Växjö lager");

        List<byte[]> pdfs = List.of(LabelPdf.single(label), LabelPdf.sheet(List.of(label)));
        for (int n = 0; n < pdfs.size(); n++) {
            boolean single = n == 0;
            try (PDDocument doc = Loader.loadPDF(pdfs.get(n))) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("Q2W9RT"), text);
                assertTrue(text.contains("Ytterdörr"), text);
                assertTrue(text.contains("vänsterhängd"), text);
                assertTrue(text.contains("Växjö lager"), text);
                // at most three lines of title: the end is cut off with an ellipsis
                assertFalse(text.contains("SLUTORD"), text);
                assertTrue(text.contains("\u2026"), text);
                BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.GRAY);
                BufferedImage qrArea = single
                        ? image.getSubimage(0, 0, image.getWidth() / 2, image.getHeight())
                        : cell(image, 0);
                assertEquals(Optional.of(label.qrContent()), decode(qrArea));
            }
        }
    }

    @Test
    void charactersOutsideWinAnsiBecomeQuestionMarks() throws IOException {
        LabelPdf.Label label = new LabelPdf.Label(
                "ZZ4Z2Z", "http://localhost:8080/lager/kod/ZZ4Z2Z", "Łódź Ytterdörr \uD83D\uDEAA Åre", null, null);
        try (PDDocument doc = Loader.loadPDF(LabelPdf.single(label))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("?ód? Ytterdörr ? Åre"), text);
        }
    }

    @Test
    void blankCodeOrQrContentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LabelPdf.single(
                new LabelPdf.Label("  ", "http://localhost:8080/lager/kod/X", "t", "d", "f")));
        assertThrows(IllegalArgumentException.class, () -> LabelPdf.single(
                new LabelPdf.Label(null, "http://localhost:8080/lager/kod/X", "t", "d", "f")));
        assertThrows(IllegalArgumentException.class, () -> LabelPdf.single(
                new LabelPdf.Label("K7MQ3X", " ", "t", "d", "f")));
        assertThrows(IllegalArgumentException.class, () -> LabelPdf.single(
                new LabelPdf.Label("K7MQ3X", null, "t", "d", "f")));
        assertThrows(IllegalArgumentException.class, () -> LabelPdf.sheet(
                List.of(label("K7MQ3X"), new LabelPdf.Label("", "http://x", null, null, null))));
        assertThrows(IllegalArgumentException.class, () -> LabelPdf.single(null));
        assertThrows(IllegalArgumentException.class, () -> LabelPdf.sheet(null));
    }

    /** The cell of a label on a rendered A4 sheet, 0..23 row by row. */
    private static BufferedImage cell(BufferedImage page, int cell) {
        int col = cell % LabelPdf.SHEET_COLUMNS;
        int row = cell / LabelPdf.SHEET_COLUMNS;
        int x0 = Math.round(col * LabelPdf.SHEET_LABEL_WIDTH_MM * PX_PER_MM);
        int x1 = Math.round((col + 1) * LabelPdf.SHEET_LABEL_WIDTH_MM * PX_PER_MM);
        int y0 = Math.round((LabelPdf.SHEET_TOP_OFFSET_MM + row * LabelPdf.SHEET_LABEL_HEIGHT_MM) * PX_PER_MM);
        int y1 = Math.round((LabelPdf.SHEET_TOP_OFFSET_MM + (row + 1) * LabelPdf.SHEET_LABEL_HEIGHT_MM) * PX_PER_MM);
        x1 = Math.min(x1, page.getWidth());
        y1 = Math.min(y1, page.getHeight());
        return page.getSubimage(x0, y0, x1 - x0, y1 - y0);
    }

    private static Optional<String> decode(BufferedImage image) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            Result result = new QRCodeReader().decode(bitmap, hints);
            return Optional.of(result.getText());
        } catch (ReaderException e) {
            // not found, or found but unreadable (checksum / format): either way nothing decoded
            return Optional.empty();
        }
    }

    private static int occurrences(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
