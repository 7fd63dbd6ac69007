package se.kretslopp.delivery;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.restassured.specification.RequestSpecification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Reservations;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.sara;

/** Delivery test data: a confirmed reservation of Johan's listing by Sara, a delivery of it, its note. */
final class Deliveries {

    /** Johan's listing (Kalmar, 56.6634 N 16.3568 E), 25 kg a door. */
    static UUID listing(String title) {
        Map<String, Object> body = Api.listing(title);
        body.put("weightPerUnitKg", 25);
        return Api.newListing(johan(), body);
    }

    /** Sara reserves two doors of a new listing of Johan's, and Johan confirms. */
    static String confirmed(String title) {
        String id = reserved(title);
        OffsetDateTime from = OffsetDateTime.now().plusDays(1);
        johan().body(Map.of("pickupFrom", from.toString(), "pickupTo", from.plusHours(2).toString()))
                .post("/api/v1/reservations/" + id + "/confirm").then().statusCode(200);
        return id;
    }

    static String reserved(String title) {
        return sara().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Reservations.reserve(listing(title), 2)).post("/api/v1/reservations")
                .then().statusCode(201).extract().path("id");
    }

    /** A delivery request to Nybro (56.7446 N 15.9070 E) by Kalmarsunds Åkeri. */
    static Map<String, Object> request(String reservation) {
        OffsetDateTime from = OffsetDateTime.now().plusDays(2);
        Map<String, Object> body = new HashMap<>();
        body.put("reservationId", reservation);
        body.put("address", Map.of("streetAddress", "Kungsgatan 5", "postalCode", "382 30", "city", "Nybro",
                "latitude", 56.7446, "longitude", 15.9070));
        body.put("windowFrom", from.toString());
        body.put("windowTo", from.plusHours(4).toString());
        body.put("contact", Map.of("name", "Sara Nilsson", "phone", "070-123 45 67"));
        body.put("carrierOrganisationId", Api.KALMARSUNDS_AKERI.toString());
        body.put("instructions", "Ring vid grinden.");
        return body;
    }

    static String requested(String reservation) {
        return sara().header("Idempotency-Key", UUID.randomUUID().toString()).body(request(reservation))
                .post("/api/v1/deliveries").then().statusCode(201).extract().path("id");
    }

    /** Requested, accepted, planned and on the way. */
    static String onTheWay(String reservation) {
        String id = requested(reservation);
        post(Api.nils(), id, "accept", null).then().statusCode(200);
        post(Api.nils(), id, "plan", Map.of("plannedAt", OffsetDateTime.now().plusDays(2).toString()))
                .then().statusCode(200);
        post(Api.nils(), id, "depart", null).then().statusCode(200);
        return id;
    }

    static io.restassured.response.Response post(RequestSpecification who, String delivery, String step,
                                                 Object body) {
        RequestSpecification request = who.header("Idempotency-Key", UUID.randomUUID().toString());
        if (body != null) {
            request = request.body(body);
        }
        return request.post("/api/v1/deliveries/" + delivery + "/" + step);
    }

    static byte[] note(RequestSpecification who, String delivery) {
        return who.get("/api/v1/deliveries/" + delivery + "/note.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    /** What the note's QR code holds. */
    static String qr(byte[] pdf) throws IOException, NotFoundException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.GRAY);
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image)))).getText();
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The receipt URL of the delivery's note, as the carrier prints it. */
    static String receiptUrl(String delivery) throws IOException, NotFoundException {
        return qr(note(Api.nils(), delivery));
    }

    static io.restassured.response.Response receipt(RequestSpecification who, String token) {
        return who.header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("token", token))
                .post("/api/v1/deliveries/receipt");
    }

    private Deliveries() {
    }
}
