package se.kretslopp.delivery;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import se.kretslopp.delivery.api.DeliveryView;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The delivery note (följesedel) as one A4 page: who sends, carries and receives, where from and where to, the
 * window and the contact on site, the goods (quantity, unit, mass), and a QR code with the receipt URL that the
 * receiver scans to confirm receipt. Swedish first, English beside. Helvetica (WinAnsi): characters it cannot print
 * become '?'.
 */
final class DeliveryNotePdf {

    /** What the note prints: the delivery, the receipt URL (with its token) and the date it was asked for. */
    record Note(DeliveryView delivery, String receiptUrl, String requestedAt) {
    }

    static final String DOCUMENT_TITLE = "Följesedel / Delivery note";
    private static final float MM = 72f / 25.4f;
    private static final float MARGIN = 18 * MM;
    private static final float QR_BOX = 45 * MM;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream cs;
    private float y;

    private DeliveryNotePdf() {
    }

    static byte[] render(Note note) {
        return new DeliveryNotePdf().draw(note);
    }

    private byte[] draw(Note note) {
        DeliveryView d = note.delivery();
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(DOCUMENT_TITLE);
            doc.getDocumentInformation().setCreator("Kretslopp");
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float top = page.getMediaBox().getHeight() - MARGIN;
            float right = page.getMediaBox().getWidth() - MARGIN;
            try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                cs = stream;
                drawQr(note.receiptUrl(), right - QR_BOX, top);
                y = top;
                text(bold, 20, MARGIN, "Följesedel");
                text(regular, 11, MARGIN, "Delivery note");
                y -= 6;
                text(regular, 9, MARGIN, "Nr / No: " + d.id());
                text(regular, 9, MARGIN, "Begärd / Requested: " + note.requestedAt());
                text(regular, 9, MARGIN, "Reservation: " + d.reservationId());
                y = Math.min(y, top - QR_BOX) - 10;

                section("Från / From", List.of(
                        name(d.seller()) + " (" + ("STORE".equals(d.source().kind()) ? "lager / store"
                                : "objekt / site") + ")",
                        orDash(d.source().address())));
                var a = d.address();
                section("Till / To", List.of(name(d.buyer()),
                        a.streetAddress() + ", " + (a.postalCode() == null ? "" : a.postalCode() + " ") + a.city(),
                        "Kontakt / Contact: " + d.contact().name() + ", " + d.contact().phone(),
                        "Tidsfönster / Window: " + DeliveryService.local(d.windowFrom()) + " – "
                                + DeliveryService.local(d.windowTo())));
                section("Transportör / Carrier", List.of(name(d.carrier())
                        + (d.sellerDelivers() ? " (säljaren levererar / the seller delivers)" : "")));
                if (d.instructions() != null) {
                    section("Instruktioner / Instructions", wrap(d.instructions(), right - MARGIN, 10));
                }
                goods(d.goods(), right);
                y -= 16;
                text(bold, 10, MARGIN, "Kvittens / Receipt");
                for (String line : wrap("Mottagaren skannar QR-koden inloggad i Kretslopp och bekräftar mottagandet."
                        + " / The receiver scans the QR code signed in to Kretslopp and confirms receipt.",
                        right - MARGIN, 9)) {
                    text(regular, 9, MARGIN, line);
                }
                text(regular, 7, MARGIN, note.receiptUrl());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the delivery note", e);
        }
    }

    private void section(String title, List<String> lines) throws IOException {
        text(bold, 10, MARGIN, title);
        for (String line : lines) {
            text(regular, 10, MARGIN + 4 * MM, line);
        }
        y -= 6;
    }

    private void goods(DeliveryView.Goods goods, float right) throws IOException {
        float[] columns = {MARGIN, MARGIN + 95 * MM, MARGIN + 120 * MM, MARGIN + 140 * MM};
        y -= 4;
        String[] heads = {"Artikel / Item", "Antal / Qty", "Enhet / Unit", "Massa / Mass (kg)"};
        float rowTop = y;
        for (int i = 0; i < heads.length; i++) {
            y = rowTop;
            text(bold, 9, columns[i], heads[i]);
        }
        float lineY = y - 3;
        cs.moveTo(MARGIN, lineY);
        cs.lineTo(right, lineY);
        cs.stroke();
        y -= 4;
        rowTop = y;
        List<String> title = wrap(goods.title() + (goods.lotCode() == null ? "" : " (" + goods.lotCode() + ")"),
                columns[1] - columns[0] - 4, 10);
        for (String line : title) {
            text(regular, 10, columns[0], line);
        }
        float after = y;
        y = rowTop;
        text(regular, 10, columns[1], goods.quantity().toPlainString());
        y = rowTop;
        text(regular, 10, columns[2], goods.unit());
        y = rowTop;
        text(regular, 10, columns[3], goods.massKg() == null ? "–" : goods.massKg().toPlainString());
        y = Math.min(after, y) - 4;
        BigDecimal mass = goods.massKg();
        text(bold, 10, columns[0], "Summa massa / Total mass: " + (mass == null ? "okänd / unknown" : mass.toPlainString()
                + " kg"));
    }

    private void text(PDType1Font font, float size, float x, String text) throws IOException {
        y -= size * 1.3f;
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(printable(font, text));
        cs.endText();
    }

    private List<String> wrap(String text, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(regular, text).split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && regular.getStringWidth(candidate) / 1000f * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** NFC, whitespace as spaces, and '?' for what the font cannot encode. */
    private static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
                return;
            }
            String s = new String(Character.toChars(cp));
            try {
                font.encode(s);
                out.append(s);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private void drawQr(String content, float left, float top) throws IOException {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR content cannot be encoded: " + e.getMessage(), e);
        }
        int modules = matrix.getWidth();
        float module = QR_BOX / (modules + 8);
        float x0 = left + 4 * module;
        float y0 = top - 4 * module;
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
                cs.addRect(x0 + start * module, y0 - (row + 1) * module, (col - start) * module, module);
            }
        }
        cs.fill();
        cs.restoreGraphicsState();
    }

    private static String name(DeliveryView.Party party) {
        return party == null ? "–" : party.name();
    }

    private static String orDash(String text) {
        return text == null ? "–" : text;
    }
}
