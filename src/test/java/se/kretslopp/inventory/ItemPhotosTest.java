package se.kretslopp.inventory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Images;

import java.util.Arrays;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Photos of inventory items, through the HTTP API, as a phone uploads them. */
@QuarkusTest
class ItemPhotosTest {

    private UUID item;

    @BeforeEach
    void item() {
        item = Api.newItem(Api.newBuilding("Fotograferad", 1999), Api.newCategory("Dörrar"), "Innerdörr");
    }

    private static RequestSpecification annaUpload() {
        return Api.withToken("anna", "kalmar-kommun", "property-unit");
    }

    private static RequestSpecification karin() {
        return Api.withToken("karin", "morbylanga-kommun", "property-unit");
    }

    @Test
    void aPngNamedJpgIsStoredAsPngAndGetsAThumbnail() {
        String id = annaUpload().multiPart("file", "dorr.jpg", Images.png(800, 600), "image/jpeg")
                .post("/api/v1/items/" + item + "/photos").then().statusCode(201)
                .body("contentType", equalTo("image/png"))
                .body("width", equalTo(800))
                .body("originalFilename", equalTo("dorr.jpg"))
                .extract().path("id");
        byte[] image = annaUpload().get("/api/v1/photos/" + id).then().statusCode(200).extract().asByteArray();
        byte[] thumbnail = annaUpload().get("/api/v1/photos/" + id + "/thumbnail").then().statusCode(200)
                .extract().asByteArray();
        assertTrue(image.length > 0 && thumbnail.length > 0 && thumbnail.length < image.length);
        annaUpload().get("/api/v1/items/" + item + "/photos").then().statusCode(200).body("$", hasSize(1));
        Api.anna().get("/api/v1/items/" + item).then().body("photoCount", equalTo(1));
    }

    @Test
    void aTextFileNamedJpgIsRefusedWith415() {
        annaUpload().multiPart("file", "dorr.jpg", "inte en bild".getBytes(), "image/jpeg")
                .post("/api/v1/items/" + item + "/photos").then().statusCode(415)
                .contentType("application/problem+json");
        Api.anna().get("/api/v1/items/" + item).then().body("photoCount", equalTo(0));
    }

    @Test
    void aFileOverTenMebibytesIsRefusedWith413() {
        byte[] big = Arrays.copyOf(Images.png(10, 10), 10 * 1024 * 1024 + 1);
        annaUpload().multiPart("file", "stor.png", big, "image/png")
                .post("/api/v1/items/" + item + "/photos").then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void aBodyOverTheServiceLimitIsAProblemToo() {
        byte[] huge = new byte[13 * 1024 * 1024];
        annaUpload().multiPart("file", "enorm.png", huge, "image/png")
                .post("/api/v1/items/" + item + "/photos").then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void theGpsPositionIsGoneAfterUpload() {
        byte[] withGps = Images.jpegWithGps(640, 480);
        assertTrue(Images.hasExif(withGps));
        String id = annaUpload().multiPart("file", "IMG_0001.jpg", withGps, "image/jpeg")
                .post("/api/v1/items/" + item + "/photos").then().statusCode(201).extract().path("id");
        byte[] stored = annaUpload().get("/api/v1/photos/" + id).then().statusCode(200).extract().asByteArray();
        assertFalse(Images.hasExif(stored), "no Exif (and so no GPS position) is kept");
    }

    @Test
    void aMissingFileIsNamed() {
        annaUpload().multiPart("other", "x.txt", "x".getBytes())
                .post("/api/v1/items/" + item + "/photos").then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void anotherOrganisationCannotSeeAddOrDeletePhotos() {
        String id = annaUpload().multiPart("file", "a.png", Images.png(50, 50), "image/png")
                .post("/api/v1/items/" + item + "/photos").then().statusCode(201).extract().path("id");
        karin().get("/api/v1/photos/" + id).then().statusCode(404);
        karin().get("/api/v1/photos/" + id + "/thumbnail").then().statusCode(404);
        karin().delete("/api/v1/photos/" + id).then().statusCode(404);
        karin().get("/api/v1/items/" + item + "/photos").then().statusCode(404);
        karin().multiPart("file", "b.png", Images.png(50, 50), "image/png")
                .post("/api/v1/items/" + item + "/photos").then().statusCode(404);
        Api.anna().get("/api/v1/items/" + item).then().body("photoCount", equalTo(1));
        annaUpload().get("/api/v1/photos/" + id).then().statusCode(200);
    }

    @Test
    void deletingAPhotoOrItsItemRemovesIt() {
        String id = annaUpload().multiPart("file", "a.png", Images.png(50, 50), "image/png")
                .post("/api/v1/items/" + item + "/photos").then().statusCode(201).extract().path("id");
        annaUpload().delete("/api/v1/photos/" + id).then().statusCode(204);
        annaUpload().get("/api/v1/photos/" + id).then().statusCode(404);
        String second = annaUpload().multiPart("file", "b.png", Images.png(50, 50), "image/png")
                .post("/api/v1/items/" + item + "/photos").then().statusCode(201).extract().path("id");
        Api.anna().delete("/api/v1/items/" + item).then().statusCode(204);
        annaUpload().get("/api/v1/photos/" + second).then().statusCode(404);
    }
}
