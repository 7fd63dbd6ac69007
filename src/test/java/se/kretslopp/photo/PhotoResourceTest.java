package se.kretslopp.photo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Tokens;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PhotoResourceTest {

    private static final String ANNA = Tokens.of("anna", "kalmar-kommun", "property-unit");
    private static final String JOHAN = Tokens.of("johan", "kalmar-rivning", "contractor");
    private static final String MARIA = Tokens.of("maria", "kalmarhem", "property-unit");

    @Test
    void storesAWebpUploadAsJpegAndServesItWithItsThumbnail() throws IOException {
        UUID owner = UUID.randomUUID();
        ExtractableResponse<Response> uploaded = upload(owner, "IMG_0001.webp", resource("small.webp"))
                .then().statusCode(200)
                .body("contentType", equalTo("image/jpeg"))
                .body("width", equalTo(64))
                .body("height", equalTo(48))
                .body("originalFilename", equalTo("IMG_0001.webp"))
                .extract();
        String id = uploaded.path("id");
        assertEquals("/api/v1/photos/" + id, uploaded.path("url"));
        assertEquals("/api/v1/photos/" + id + "/thumbnail", uploaded.path("thumbnailUrl"));

        byte[] image = given().auth().oauth2(JOHAN).when().get("/api/v1/photos/" + id)
                .then().statusCode(200)
                .contentType("image/jpeg")
                .header("Cache-Control", "private, max-age=86400")
                .header("ETag", "\"" + id + "\"")
                .extract().asByteArray();
        assertEquals(64, ImageIO.read(new ByteArrayInputStream(image)).getWidth());

        given().auth().oauth2(ANNA).when().get("/api/v1/photos/" + id + "/thumbnail")
                .then().statusCode(200).contentType("image/jpeg");
        given().auth().oauth2(ANNA).header("If-None-Match", "\"" + id + "\"").when().get("/api/v1/photos/" + id)
                .then().statusCode(304).header("ETag", "\"" + id + "\"");
    }

    @Test
    void answersNotFoundToThoseWhoMayNotSeeThePhoto() throws IOException {
        String id = upload(UUID.randomUUID(), "photo.png", png(true)).then().statusCode(200)
                .body("contentType", equalTo("image/png")).extract().path("id");

        given().auth().oauth2(MARIA).when().get("/api/v1/photos/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:kretslopp:problem:not-found"));
        given().auth().oauth2(MARIA).when().delete("/api/v1/photos/" + id).then().statusCode(404);
        given().auth().oauth2(ANNA).when().get("/api/v1/photos/" + UUID.randomUUID()).then().statusCode(404);
        // anonymous visitors are asked like everybody else (public listings show their photos): this owner says no
        given().when().get("/api/v1/photos/" + id).then().statusCode(404);
        given().when().delete("/api/v1/photos/" + id).then().statusCode(401);
    }

    @Test
    void onlyTheOwnersWritersMayDelete() throws IOException {
        String id = upload(UUID.randomUUID(), "photo.jpg", png(false)).then().statusCode(200).extract().path("id");

        given().auth().oauth2(JOHAN).when().delete("/api/v1/photos/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(ANNA).when().delete("/api/v1/photos/" + id).then().statusCode(204);
        given().auth().oauth2(ANNA).when().get("/api/v1/photos/" + id).then().statusCode(404);
        given().auth().oauth2(ANNA).when().get("/api/v1/photos/" + id + "/thumbnail").then().statusCode(404);
    }

    @Test
    void refusesWhatIsNotAPhoto() {
        upload(UUID.randomUUID(), "photo.jpg", "not a photo".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("urn:kretslopp:problem:unsupported-media-type"));
    }

    @Test
    void listsCountsAndDeletesThePhotosOfAnOwner() throws IOException {
        UUID owner = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        upload(owner, "a.png", png(false)).then().statusCode(200);
        upload(owner, "C:\\fakepath\\b.png", png(false)).then().statusCode(200);

        given().auth().oauth2(ANNA).when().get("/api/test/photo-owners/" + owner + "/photos")
                .then().statusCode(200).body("", hasSize(2))
                .body("[0].originalFilename", equalTo("a.png"))
                .body("[1].originalFilename", equalTo("b.png"))
                .body("[0].url", startsWith("/api/v1/photos/"));
        given().auth().oauth2(ANNA).queryParam("owner", owner, other).when().get("/api/test/photo-owners/photo-counts")
                .then().statusCode(200)
                .body(owner.toString(), equalTo(2))
                .body(other.toString(), equalTo(0));

        given().auth().oauth2(ANNA).when().delete("/api/test/photo-owners/" + owner + "/photos").then().statusCode(204);
        given().auth().oauth2(ANNA).when().get("/api/test/photo-owners/" + owner + "/photos")
                .then().statusCode(200).body("", hasSize(0));
    }

    private static Response upload(UUID owner, String filename, byte[] content) {
        return given().auth().oauth2(ANNA).multiPart("file", filename, content, "application/octet-stream")
                .when().post("/api/test/photo-owners/" + owner + "/photos");
    }

    private static byte[] png(boolean alpha) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                image.setRGB(x, y, (alpha && x < 20 ? 0x40 : 0xff) << 24 | x * 6 << 16 | y * 8);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "png", out));
        return out.toByteArray();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PhotoResourceTest.class.getResourceAsStream("/photos/" + name)) {
            return in.readAllBytes();
        }
    }
}
