package se.kretslopp.storage;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.Result;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Stock;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.kretslopp.testsupport.Api.lars;

/** A printed label, read back by a QR decoder, leads to its lot. */
@QuarkusTest
class LabelRoundTripTest {

    @Test
    void labelPdfDecodesToTheLotsCode() throws Exception {
        Stock.Site site = Stock.newSite("Labels");
        UUID lot = Stock.receive(site.id(), site.a(), 3);
        String code = Stock.lotOf(lot).getString("code");
        byte[] pdf = lars().get("/api/v1/storage/lots/" + lot + "/label.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        List<String> decoded = decode(pdf);
        assertEquals(1, decoded.size(), decoded.toString());
        String content = decoded.get(0);
        assertEquals("http://localhost:8080/lager/kod/" + code, content);
        // what the phone's scan page sends: the whole scanned URL
        lars().get("/api/v1/storage/labels/" + content.substring(content.lastIndexOf('/') + 1)).then().statusCode(200)
                .body("id", equalTo(lot.toString()));
    }

    @Test
    void siteSheetHoldsEveryNamedLot() throws Exception {
        Stock.Site site = Stock.newSite("Label sheet");
        UUID first = Stock.receive(site.id(), site.a(), 1);
        UUID second = Stock.receive(site.id(), site.b(), 2);
        byte[] pdf = lars().get("/api/v1/storage/sites/" + site.id() + "/labels.pdf?lots=" + first + "," + second)
                .then().statusCode(200).extract().asByteArray();
        Set<String> codes = decode(pdf).stream().map(c -> c.substring(c.lastIndexOf('/') + 1)).collect(Collectors.toSet());
        assertEquals(Set.of(Stock.lotOf(first).getString("code"), Stock.lotOf(second).getString("code")), codes);
        lars().get("/api/v1/storage/sites/" + site.id() + "/labels.pdf?lots=" + UUID.randomUUID()).then().statusCode(422);
        lars().get("/api/v1/storage/sites/" + site.id() + "/labels.pdf?lots=not-an-id").then().statusCode(400);
    }

    private static List<String> decode(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<String> found = new java.util.ArrayList<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 200);
                BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
                Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap,
                        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
                Arrays.stream(results).map(Result::getText).forEach(found::add);
            }
            return found;
        }
    }
}
