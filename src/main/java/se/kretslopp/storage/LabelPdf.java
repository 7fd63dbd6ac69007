package se.kretslopp.storage;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders storage labels as PDF: a single 100 × 50 mm label, or A4 sheets of 24 labels
 * (3 columns × 8 rows of 70 × 37 mm, no side margins).
 *
 * <p>The QR code is drawn as filled vector rectangles (one path, so adjacent modules have no
 * seams) from ZXing's {@link BitMatrix}, error correction level M. The quiet zone of
 * {@value #QUIET_ZONE_MODULES} modules is left white inside the label. Text uses the Standard 14
 * fonts Helvetica / Helvetica-Bold with WinAnsiEncoding; characters the font cannot encode are
 * printed as '?'.
 */
final class LabelPdf {

    /** One label. title, detail and footer may be null or empty; code and qrContent may not be blank. */
    record Label(String code, String qrContent, String title, String detail, String footer) {}

    static final String DOCUMENT_TITLE = "Kretslopp etiketter";

    static final int QUIET_ZONE_MODULES = 4;

    /** Labels per A4 sheet, filled row by row from the top left. */
    static final int SHEET_COLUMNS = 3;
    static final int SHEET_ROWS = 8;
    static final int LABELS_PER_SHEET = SHEET_COLUMNS * SHEET_ROWS;

    static final float POINTS_PER_MM = 72f / 25.4f;

    static final float SINGLE_WIDTH_MM = 100f;
    static final float SINGLE_HEIGHT_MM = 50f;
    static final float SHEET_LABEL_WIDTH_MM = 70f;
    static final float SHEET_LABEL_HEIGHT_MM = 37f;
    /** 8 × 37 mm = 296 mm leaves 1 mm of the A4 height: split it above and below the grid. */
    static final float SHEET_TOP_OFFSET_MM = (297f - SHEET_ROWS * SHEET_LABEL_HEIGHT_MM) / 2f;

    private static final String ELLIPSIS = "\u2026";

    /**
     * Geometry and type sizes of one label, in millimetres and points. The QR box includes the quiet
     * zone, so the printed symbol is qrBoxMm × modules / (modules + 8).
     */
    private record Layout(
            float widthMm,
            float heightMm,
            float qrMarginMm,
            float qrBoxMm,
            float textGapMm,
            float textRightMm,
            float textTopMm,
            float textBottomMm,
            float codeSize,
            float titleSize,
            int titleLines,
            float detailSize,
            float footerSize) {}

    /* Single label: QR box 48 mm (symbol about 37 mm for a typical label URL). */
    private static final Layout SINGLE =
            new Layout(SINGLE_WIDTH_MM, SINGLE_HEIGHT_MM, 1f, 48f, 0.5f, 3f, 3.5f, 3f, 20f, 9.5f, 3, 7.5f, 6.5f);

    /* Sheet label: QR box 35 mm (symbol about 27.5 mm for a typical label URL). */
    private static final Layout SHEET =
            new Layout(SHEET_LABEL_WIDTH_MM, SHEET_LABEL_HEIGHT_MM, 1f, 35f, 0.5f, 2.5f, 2.5f, 2.5f, 13f, 7f, 3, 6f, 5f);

    private LabelPdf() {}

    /** One page of 100 × 50 mm with one label. */
    static byte[] single(Label label) {
        validate(label);
        try (PDDocument doc = newDocument()) {
            Fonts fonts = new Fonts();
            PDPage page = new PDPage(new PDRectangle(mm(SINGLE_WIDTH_MM), mm(SINGLE_HEIGHT_MM)));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawLabel(cs, fonts, SINGLE, label, 0f, mm(SINGLE_HEIGHT_MM));
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render label PDF", e);
        }
    }

    /**
     * A4 pages with 24 labels each (3 × 8 of 70 × 37 mm), filled row by row; as many pages as
     * needed. An empty list gives one blank page.
     */
    static byte[] sheet(List<Label> labels) {
        if (labels == null) {
            throw new IllegalArgumentException("labels must not be null");
        }
        labels.forEach(LabelPdf::validate);
        try (PDDocument doc = newDocument()) {
            Fonts fonts = new Fonts();
            if (labels.isEmpty()) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            for (int start = 0; start < labels.size(); start += LABELS_PER_SHEET) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float pageHeight = page.getMediaBox().getHeight();
                int end = Math.min(labels.size(), start + LABELS_PER_SHEET);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (int i = start; i < end; i++) {
                        int cell = i - start;
                        float left = mm((cell % SHEET_COLUMNS) * SHEET_LABEL_WIDTH_MM);
                        float top = pageHeight - mm(SHEET_TOP_OFFSET_MM + (cell / SHEET_COLUMNS) * SHEET_LABEL_HEIGHT_MM);
                        drawLabel(cs, fonts, SHEET, labels.get(i), left, top);
                    }
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render label sheet PDF", e);
        }
    }

    private static void validate(Label label) {
        if (label == null) {
            throw new IllegalArgumentException("label must not be null");
        }
        if (label.code() == null || label.code().isBlank()) {
            throw new IllegalArgumentException("label code must not be blank");
        }
        if (label.qrContent() == null || label.qrContent().isBlank()) {
            throw new IllegalArgumentException("label QR content must not be blank");
        }
    }

    private static PDDocument newDocument() {
        PDDocument doc = new PDDocument();
        doc.getDocumentInformation().setTitle(DOCUMENT_TITLE);
        doc.getDocumentInformation().setCreator("Kretslopp");
        return doc;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** Draws one label whose top left corner is at (left, top) in PDF user space (points, y up). */
    private static void drawLabel(PDPageContentStream cs, Fonts fonts, Layout layout, Label label, float left, float top)
            throws IOException {
        // QR code, quiet zone included in the box
        float qrLeft = left + mm(layout.qrMarginMm());
        float qrBox = mm(layout.qrBoxMm());
        float qrTop = top - (mm(layout.heightMm()) - qrBox) / 2f;
        drawQr(cs, label.qrContent(), qrLeft, qrTop, qrBox);

        // Text column to the right of the QR box
        float textLeft = qrLeft + qrBox + mm(layout.textGapMm());
        float textWidth = left + mm(layout.widthMm()) - mm(layout.textRightMm()) - textLeft;
        float textTop = top - mm(layout.textTopMm());
        float textBottom = top - mm(layout.heightMm()) + mm(layout.textBottomMm());

        // Code, bold, shrunk only if it does not fit
        String code = fonts.sanitize(label.code().strip());
        float codeSize = Math.min(layout.codeSize(), textWidth / width(fonts.bold, code, 1f));
        float y = textTop - capHeight(fonts.bold, codeSize);
        showText(cs, fonts.bold, codeSize, textLeft, y, code);
        y -= codeSize * 0.45f;

        // Title, at most titleLines lines
        float titleLeading = layout.titleSize() * 1.2f;
        List<String> titleLines = wrap(fonts, fonts.bold, layout.titleSize(), label.title(), textWidth, layout.titleLines());
        for (String line : titleLines) {
            y -= titleLeading;
            showText(cs, fonts.bold, layout.titleSize(), textLeft, y, line);
        }
        float titleBottom = y - layout.titleSize() * 0.25f;

        // Detail and footer anchored to the bottom, at most two lines each
        float footerLeading = layout.footerSize() * 1.2f;
        float detailLeading = layout.detailSize() * 1.2f;
        List<String> footerLines = wrap(fonts, fonts.regular, layout.footerSize(), label.footer(), textWidth, 2);
        List<String> detailLines = wrap(fonts, fonts.regular, layout.detailSize(), label.detail(), textWidth, 2);
        float baseline = textBottom + descent(fonts.regular, layout.footerSize());
        for (int i = footerLines.size() - 1; i >= 0; i--) {
            showText(cs, fonts.regular, layout.footerSize(), textLeft, baseline, footerLines.get(i));
            baseline += footerLeading;
        }
        if (!footerLines.isEmpty()) {
            baseline += layout.footerSize() * 0.3f;
        }
        for (int i = detailLines.size() - 1; i >= 0; i--) {
            // never draw over the title
            if (baseline + layout.detailSize() * 0.75f <= titleBottom) {
                showText(cs, fonts.regular, layout.detailSize(), textLeft, baseline, detailLines.get(i));
            }
            baseline += detailLeading;
        }
    }

    /**
     * Draws the QR symbol for content into a square box (quiet zone included) whose top left corner
     * is at (left, top). All dark modules go into one path filled once.
     */
    private static void drawQr(PDPageContentStream cs, String content, float left, float top, float box) throws IOException {
        BitMatrix matrix = qrMatrix(content);
        int modules = matrix.getWidth();
        float module = box / (modules + 2 * QUIET_ZONE_MODULES);
        float x0 = left + QUIET_ZONE_MODULES * module;
        float y0 = top - QUIET_ZONE_MODULES * module;
        cs.saveGraphicsState();
        cs.setNonStrokingColor(0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < modules) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < modules && matrix.get(col, row)) {
                    col++;
                }
                // one rectangle per horizontal run of dark modules
                cs.addRect(x0 + start * module, y0 - (row + 1) * module, (col - start) * module, module);
            }
        }
        cs.fill();
        cs.restoreGraphicsState();
    }

    /** The QR symbol without quiet zone: one matrix cell per module. */
    static BitMatrix qrMatrix(String content) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(content)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            // width/height 0: ZXing returns the symbol at one cell per module
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR content cannot be encoded: " + e.getMessage(), e);
        }
    }

    /**
     * Sanitizes and word-wraps text into at most maxLines lines of at most maxWidth points;
     * words longer than a line are broken; an ellipsis ends the last line if text was left out.
     */
    private static List<String> wrap(Fonts fonts, PDType1Font font, float size, String text, float maxWidth, int maxLines)
            throws IOException {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        String clean = fonts.sanitize(text).strip();
        String[] words = clean.split(" +");
        StringBuilder current = new StringBuilder();
        for (String word : words) {
            String rest = word;
            while (!rest.isEmpty()) {
                String candidate = current.length() == 0 ? rest : current + " " + rest;
                if (width(font, candidate, size) <= maxWidth) {
                    current.setLength(0);
                    current.append(candidate);
                    rest = "";
                } else if (current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                } else {
                    // a single word wider than the line: break it
                    int fit = 1;
                    while (fit < rest.length() && width(font, rest.substring(0, fit + 1), size) <= maxWidth) {
                        fit++;
                    }
                    lines.add(rest.substring(0, fit));
                    rest = rest.substring(fit);
                }
            }
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            String last = kept.get(maxLines - 1);
            while (!last.isEmpty() && width(font, last + ELLIPSIS, size) > maxWidth) {
                last = last.substring(0, last.length() - 1);
            }
            kept.set(maxLines - 1, last.stripTrailing() + ELLIPSIS);
            return kept;
        }
        return lines;
    }

    private static void showText(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static float width(PDType1Font font, String sanitized, float size) throws IOException {
        return font.getStringWidth(sanitized) / 1000f * size;
    }

    private static float capHeight(PDType1Font font, float size) {
        float capHeight = font.getFontDescriptor() != null ? font.getFontDescriptor().getCapHeight() : 0f;
        return (capHeight > 0 ? capHeight : 718f) / 1000f * size;
    }

    private static float descent(PDType1Font font, float size) {
        float descent = font.getFontDescriptor() != null ? font.getFontDescriptor().getDescent() : 0f;
        return Math.abs(descent != 0 ? descent : -207f) / 1000f * size;
    }

    static float mm(float millimetres) {
        return millimetres * POINTS_PER_MM;
    }

    /** The two fonts of one document and the cache of which characters WinAnsiEncoding can encode. */
    private static final class Fonts {
        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final Map<Integer, Boolean> encodable = new HashMap<>();

        /**
         * NFC-normalises, turns whitespace and control characters into spaces and replaces every
         * character that Helvetica / WinAnsiEncoding cannot encode with '?'. Both fonts share the
         * encoding, so the check against one holds for the other.
         */
        String sanitize(String text) {
            String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
            StringBuilder out = new StringBuilder(normalized.length());
            normalized.codePoints().forEach(cp -> {
                if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)) {
                    out.append(' ');
                } else if (encodable.computeIfAbsent(cp, this::canEncode)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private boolean canEncode(int codePoint) {
            String s = new String(Character.toChars(codePoint));
            try {
                regular.encode(s);
                bold.encode(s);
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }
    }
}
