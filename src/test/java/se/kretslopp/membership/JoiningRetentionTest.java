package se.kretslopp.membership;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.kretslopp.identity.api.PseudonymisedPerson;
import se.kretslopp.testsupport.Ledger;
import se.kretslopp.testsupport.Organisations;
import se.kretslopp.testsupport.Tokens;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The personal data of joining goes when it has outlived its purpose ({@link JoiningRetention}), and when the
 * person is pseudonymised ({@link JoiningPseudonymisation}); what was decided, and who the keys name, stays.
 */
@QuarkusTest
class JoiningRetentionTest {

    private static final String OLD = "now() - interval '400 days'";

    @Inject
    JoiningRetention retention;

    @Inject
    JoiningPseudonymisation pseudonymisation;

    @Inject
    Pool pool;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String apply(String applicantToken, String name) {
        return as(applicantToken).body(Map.of("organisationName", name,
                        "organisationNumber", Organisations.newNumber(), "kind", "CONTRACTOR",
                        "contact", Map.of("name", "Kim Kontakt", "email", "kim@example.org", "phone", "0480-123 45"),
                        "activity", "Vi river och demonterar byggnader i Kalmar län."))
                .post("/api/v1/organisation-applications").then().statusCode(201).extract().path("id");
    }

    @Test
    void decidedApplicationsAYearOldAndClosedInvitationsLoseTheirPersonalData() {
        String ingrid = Tokens.of("ingrid", null);
        String rejected = apply(Tokens.of("applicant-" + UUID.randomUUID(), null), "Rivarna " + UUID.randomUUID());
        as(ingrid).body(Map.of("reason", "Okänt organisationsnummer")).post(
                "/api/v1/admin/organisation-applications/" + rejected + "/reject").then().statusCode(200);
        String withdrawnBy = Tokens.of("applicant-" + UUID.randomUUID(), null);
        String withdrawn = apply(withdrawnBy, "Ångrarna " + UUID.randomUUID());
        as(withdrawnBy).post("/api/v1/organisation-applications/" + withdrawn + "/withdraw").then().statusCode(200);
        String recent = apply(Tokens.of("applicant-" + UUID.randomUUID(), null), "Nyligen " + UUID.randomUUID());
        as(ingrid).body(Map.of("reason", "Fel län")).post(
                "/api/v1/admin/organisation-applications/" + recent + "/reject").then().statusCode(200);
        String pending = apply(Tokens.of("applicant-" + UUID.randomUUID(), null), "Väntande " + UUID.randomUUID());

        String erik = Tokens.of("erik", "kalmar-kommun", "admin");
        String closedEmail = "stangd-" + UUID.randomUUID() + "@example.org";
        String closed = as(erik).body(Map.of("email", closedEmail, "role", "builder"))
                .post("/api/v1/organisation/invitations").then().statusCode(201).extract().path("id");
        as(erik).post("/api/v1/organisation/invitations/" + closed + "/revoke").then().statusCode(200);
        String openEmail = "oppen-" + UUID.randomUUID() + "@example.org";
        as(erik).body(Map.of("email", openEmail, "role", "builder"))
                .post("/api/v1/organisation/invitations").then().statusCode(201);

        try (Ledger db = Ledger.open()) {
            for (String id : new String[] {rejected, withdrawn, pending}) {
                db.execute("update organisation_application set decided_at = " + OLD + ", created_at = " + OLD
                        + " where id = ?", UUID.fromString(id));
            }
            db.execute("update organisation_application set decided_at = null where id = ?", UUID.fromString(pending));
            db.execute("update organisation_invitation set updated_at = " + OLD + " where id = ?", UUID.fromString(closed));
            while (retention.removeFromApplications().await().atMost(Duration.ofSeconds(30)) > 0) {
                // until nothing is left
            }
            while (retention.removeFromInvitations().await().atMost(Duration.ofSeconds(30)) > 0) {
                // until nothing is left
            }

            for (String id : new String[] {rejected, withdrawn}) {
                for (String column : new String[] {"applicant_name", "applicant_email", "contact_name", "contact_email",
                        "contact_phone", "activity", "reject_reason"}) {
                    assertNull(value(db, id, column), column + " of " + id);
                }
                assertNotNull(value(db, id, "personal_data_removed_at"));
                assertNotNull(value(db, id, "applicant_subject"), "who applied stays, as a key");
                assertNotNull(value(db, id, "organisation_number"), "for which organisation stays");
            }
            assertEquals("REJECTED", value(db, rejected, "status"), "what was decided stays");
            assertEquals("Fel län", value(db, recent, "reject_reason"), "a recent decision keeps its reason");
            assertEquals("Kim Kontakt", value(db, pending, "contact_name"), "a pending application keeps its data");
            assertNull(db.value("select email from organisation_invitation where id = ?", UUID.fromString(closed)));
            assertEquals(1L, ((Number) db.value("select count(*) from organisation_invitation where email = ?",
                    openEmail)).longValue(), "a pending invitation keeps its address");
        }
        as(ingrid).get("/api/v1/admin/organisation-applications/" + rejected).then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejectReason", nullValue())
                .body("activity", nullValue());
    }

    @Test
    void aPseudonymisedApplicantKeepsNoNameEmailOrWordsInTheirApplications() {
        String subject = "sub-applicant-" + UUID.randomUUID();
        String username = subject.substring(4);
        String email = username + "@example.org";
        String token = Tokens.builder(username, null).subject(subject).sign();
        String id = as(token).body(Map.of("organisationName", "Pseudo AB " + UUID.randomUUID(),
                        "organisationNumber", Organisations.newNumber(), "kind", "BUILDER",
                        "contact", Map.of("name", "Test " + username, "email", email),
                        "activity", "Vi bygger hus."))
                .post("/api/v1/organisation-applications").then().statusCode(201).extract().path("id");
        String invitedEmail = email.toUpperCase(java.util.Locale.ROOT);
        as(Tokens.of("erik", "kalmar-kommun", "admin")).body(Map.of("email", invitedEmail, "role", "builder"))
                .post("/api/v1/organisation/invitations").then().statusCode(201);

        PseudonymisedPerson person = new PseudonymisedPerson(null, username, subject, "Test " + username, email,
                "Person 0123abcd");
        var replaced = pool.withTransaction(tx -> pseudonymisation.pseudonymise(tx, person))
                .await().atMost(Duration.ofSeconds(30));
        assertEquals(1, replaced.get(0).rows(), replaced.toString());
        assertEquals(1, replaced.get(1).rows(), replaced.toString());

        try (Ledger db = Ledger.open()) {
            assertEquals("Person 0123abcd", value(db, id, "applicant_name"));
            assertNull(value(db, id, "applicant_email"));
            assertEquals("Person 0123abcd", value(db, id, "contact_name"), "they were the contact themselves");
            assertNull(value(db, id, "contact_email"));
            assertEquals(PseudonymisedPerson.REMOVED, value(db, id, "activity"));
            assertEquals(subject, value(db, id, "applicant_subject"));
            assertEquals(0L, ((Number) db.value("select count(*) from organisation_invitation where lower(email) = ?",
                    email)).longValue());
        }
        var again = pool.withTransaction(tx -> pseudonymisation.pseudonymise(tx, person))
                .await().atMost(Duration.ofSeconds(30));
        assertEquals(0, again.get(0).rows() + again.get(1).rows(), "a second run changes nothing");
    }

    private static Object value(Ledger db, String application, String column) {
        return db.value("select " + column + " from organisation_application where id = ?", UUID.fromString(application));
    }
}
