package se.kretslopp.membership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import se.kretslopp.e2e.KeycloakTestResource;
import se.kretslopp.testsupport.Devstack;
import se.kretslopp.testsupport.Ledger;
import se.kretslopp.testsupport.Organisations;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Joining against the devstack's real Keycloak: applying, approving (the applicant's next real token carries the
 * organisation and the roles), rejecting, invitations and members, and an approval while Keycloak is down. Every
 * test makes its own people and organisations.
 */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class JoiningTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APPLY = "/api/v1/organisation-applications";
    private static final String REVIEW = "/api/v1/admin/organisation-applications";
    private static final String INVITATIONS = "/api/v1/organisation/invitations";
    private static final String MEMBERS = "/api/v1/organisation/members";
    private static final String PROBLEM = "urn:kretslopp:problem:";

    @Inject
    MockMailbox mailbox;

    /** Ingrid administers the installation by the test configuration; she has no organisation. */
    private static RequestSpecification ingrid() {
        return as(KeycloakUsers.createExactly("ingrid", null).token());
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> application(String name, String number, String kind, String group) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("organisationName", name,
                "organisationNumber", number, "kind", kind,
                "contact", Map.of("name", "Kim Kontakt", "email", "kim@example.org", "phone", "0480-123 45"),
                "activity", "Vi river och demonterar byggnader i Kalmar län."));
        if (group != null) {
            body.put("group", group);
        }
        return body;
    }

    private static String apply(KeycloakUsers.User applicant, String name, String number) {
        return as(applicant.token()).body(application(name, number, "CONTRACTOR", null)).post(APPLY)
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
    }

    private static JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> roles(String token) {
        Set<String> roles = new TreeSet<>();
        claims(token).path("realm_access").path("roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status).contentType("application/problem+json").body("type", equalTo(PROBLEM + type));
    }

    /** Approves a new contractor for a new person, who is then its admin; answers the person and the code. */
    private record Approved(KeycloakUsers.User admin, String code) {
    }

    private Approved approvedOrganisation(String name) {
        KeycloakUsers.User applicant = KeycloakUsers.create("applicant", null);
        String id = apply(applicant, name + " " + UUID.randomUUID().toString().substring(0, 6),
                Organisations.newNumber());
        String code = ingrid().post(REVIEW + "/" + id + "/approve").then().statusCode(200)
                .extract().path("organisation.code");
        return new Approved(applicant, code);
    }

    @Test
    void anApprovedApplicantsNextRealTokenCarriesTheOrganisationAndTheRoles() {
        KeycloakUsers.User applicant = KeycloakUsers.create("nora", null);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String number = Organisations.newNumber();
        String token = applicant.token();
        assertTrue(claims(token).path("org").isMissingNode());
        problem(as(token).get("/api/v1/me").then(), 403, "unknown-organisation");

        io.restassured.response.Response created = as(token)
                .body(application("Norrgårdens Rivning " + suffix + " AB", number, "CONTRACTOR", null)).post(APPLY);
        created.then().statusCode(201).header("ETag", notNullValue());
        String id = created.path("id");
        assertEquals(APPLY + "/" + id, java.net.URI.create(created.header("Location")).getPath());
        as(token).get(APPLY).then().statusCode(200).body("id", hasItem(id));
        as(token).get(APPLY + "/" + id).then().statusCode(200).body("status", equalTo("PENDING"))
                .body("applicant.subject", equalTo(applicant.id()));

        ingrid().get(REVIEW + "?status=PENDING&size=100").then().statusCode(200).body("items.id", hasItem(id));
        ValidatableResponse approved = ingrid().post(REVIEW + "/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("organisation.code", equalTo("norrgardens-rivning-" + suffix + "-ab"))
                .body("organisation.id", notNullValue());
        String code = approved.extract().path("organisation.code");

        String next = applicant.token();
        assertEquals(code, claims(next).path("org").asText());
        assertTrue(roles(next).containsAll(Set.of("admin", "contractor")), roles(next).toString());
        as(next).get("/api/v1/me").then().statusCode(200).body("organisation.code", equalTo(code));
        ingrid().get(Organisations.PATH + "?q=" + number).then().statusCode(200)
                .body("items.code", containsInAnyOrder(code)).body("items[0].kind", equalTo("CONTRACTOR"));

        problem(ingrid().post(REVIEW + "/" + id + "/approve").then(), 409, "application-decided");
        problem(as(next).post(APPLY + "/" + id + "/withdraw").then(), 409, "application-decided");
        // once in an organisation, no new application
        problem(as(next).body(application("Annat AB " + suffix, Organisations.newNumber(), "BUILDER", null))
                .post(APPLY).then(), 409, "already-in-organisation");
        try (Ledger db = Ledger.open()) {
            assertEquals(1L, ((Number) db.value("select count(*) from audit_entry where resource ="
                    + " 'organisation_application' and resource_id = ? and action = 'UPDATE'", id)).longValue());
        }
    }

    @Test
    void aRejectedApplicationCannotBeApprovedAndTheApplicantReadsWhy() {
        KeycloakUsers.User applicant = KeycloakUsers.create("rut", null);
        String id = apply(applicant, "Rut Bygg " + UUID.randomUUID(), Organisations.newNumber());
        // an approver's code must be well-formed and free; a refused approval leaves the application pending
        problem(ingrid().body(Map.of("code", "Inte En Kod")).post(REVIEW + "/" + id + "/approve").then(), 400,
                "validation").body("errors.field", hasItem("code"));
        problem(ingrid().body(Map.of("code", "kalmar-kommun")).post(REVIEW + "/" + id + "/approve").then(), 409,
                "conflict").body("errors.field", hasItem("code"));
        ingrid().get(REVIEW + "/" + id).then().statusCode(200).body("status", equalTo("PENDING"));
        problem(ingrid().body(Map.of("reason", " ")).post(REVIEW + "/" + id + "/reject").then(), 400, "validation");
        ingrid().body(Map.of("reason", "Vi känner inte igen organisationsnumret.")).post(REVIEW + "/" + id + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        problem(ingrid().post(REVIEW + "/" + id + "/approve").then(), 409, "application-decided");
        problem(ingrid().body(Map.of("reason", "igen")).post(REVIEW + "/" + id + "/reject").then(), 409,
                "application-decided");
        as(applicant.token()).get(APPLY + "/" + id).then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("rejectReason", equalTo("Vi känner inte igen organisationsnumret."))
                .body("organisation", nullValue());
        assertNull(claims(applicant.token()).get("org"));
    }

    @Test
    void aWithdrawnApplicationCannotBeApproved() {
        KeycloakUsers.User applicant = KeycloakUsers.create("wilma", null);
        String id = apply(applicant, "Wilma Återbruk " + UUID.randomUUID(), Organisations.newNumber());
        as(applicant.token()).post(APPLY + "/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        problem(ingrid().post(REVIEW + "/" + id + "/approve").then(), 409, "application-decided");
    }

    @Test
    void badAndDuplicateOrganisationNumbersAreRefusedNamingTheField() {
        KeycloakUsers.User applicant = KeycloakUsers.create("olof", null);
        String token = applicant.token();
        String good = Organisations.newNumber();
        String wrongDigit = good.substring(0, 10) + (char) ('0' + (good.charAt(10) - '0' + 1) % 10);
        problem(as(token).body(application("Fel AB", wrongDigit, "BUILDER", null)).post(APPLY).then(), 400,
                "validation").body("errors.field", hasItem("organisationNumber"));
        problem(as(token).body(application("Fel AB", "5566778899", "BUILDER", null)).post(APPLY).then(), 400,
                "validation").body("errors.field", hasItem("organisationNumber"));
        problem(as(token).body(application("Fel AB", good, "NO_SUCH_KIND", null)).post(APPLY).then(), 400,
                "bad-request").body("errors.field", hasItem("kind"));
        Map<String, Object> unknownField = application("Fel AB", good, "BUILDER", null);
        unknownField.put("code", "sneaky");
        problem(as(token).body(unknownField).post(APPLY).then(), 400, "bad-request")
                .body("errors.field", hasItem("code"));
        problem(as(token).body(application("Fel AB", good, "BUILDER", "no-such-group")).post(APPLY).then(), 422,
                "unprocessable").body("errors.field", hasItem("group"));
        // Kalmar kommun's number is registered (demo data)
        problem(as(token).body(application("Kalmar igen", "212000-0746", "MUNICIPALITY", null)).post(APPLY).then(),
                409, "conflict").body("errors.field", hasItem("organisationNumber"));

        apply(applicant, "Olofs Bygg " + UUID.randomUUID(), good);
        problem(as(token).body(application("Olofs andra", Organisations.newNumber(), "BUILDER", null)).post(APPLY)
                .then(), 409, "conflict");
        KeycloakUsers.User other = KeycloakUsers.create("otto", null);
        problem(as(other.token()).body(application("Samma nummer", good, "BUILDER", null)).post(APPLY).then(), 409,
                "conflict").body("errors.field", hasItem("organisationNumber"));
    }

    @Test
    void peopleOfOtherOrganisationsCannotReadOrDecideSomeonesApplication() {
        KeycloakUsers.User applicant = KeycloakUsers.create("petra", null);
        String id = apply(applicant, "Petras Lager " + UUID.randomUUID(), Organisations.newNumber());
        // Sara (Smålandsbygg, builder) and Johan (Kalmar Rivning, contractor) are demo users of other organisations
        String sara = KeycloakTestResource.token(KeycloakUsers.realmUrl(), "sara");
        problem(as(sara).get(APPLY + "/" + id).then(), 404, "not-found");
        problem(as(sara).post(APPLY + "/" + id + "/withdraw").then(), 404, "not-found");
        problem(as(sara).post(REVIEW + "/" + id + "/approve").then(), 403, "forbidden");
        problem(as(sara).get(REVIEW).then(), 403, "forbidden");
        // an admin of a contractor is no reviewer; the admin of Kalmar kommun (group kalmarsund) reviews its group only
        Approved contractor = approvedOrganisation("Granskare");
        problem(as(contractor.admin().token()).get(REVIEW + "/" + id).then(), 403, "forbidden");
        problem(as(contractor.admin().token()).post(REVIEW + "/" + id + "/approve").then(), 403, "forbidden");
        KeycloakUsers.User kalmarAdmin = KeycloakUsers.create("kalle", "kalmar-kommun", "admin");
        problem(as(kalmarAdmin.token()).get(REVIEW + "/" + id).then(), 404, "not-found");
        problem(as(kalmarAdmin.token()).post(REVIEW + "/" + id + "/approve").then(), 404, "not-found");
        as(kalmarAdmin.token()).get(REVIEW + "?size=100").then().statusCode(200).body("items.id", not(hasItem(id)));

        KeycloakUsers.User inGroup = KeycloakUsers.create("gun", null);
        String grouped = as(inGroup.token()).body(application("Kalmarsunds Bygg " + UUID.randomUUID(),
                Organisations.newNumber(), "BUILDER", "kalmarsund")).post(APPLY).then().statusCode(201)
                .extract().path("id");
        as(kalmarAdmin.token()).get(REVIEW + "?status=PENDING&size=100").then().statusCode(200)
                .body("items.id", hasItem(grouped)).body("items.group", not(hasItem("other")));
        as(kalmarAdmin.token()).body(Map.of("reason", "Inte i vår grupp.")).post(REVIEW + "/" + grouped + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        as(applicant.token()).get(APPLY + "/" + id).then().statusCode(200).body("status", equalTo("PENDING"));
    }

    @Test
    void whileKeycloakIsDownAnApprovalChangesNothingAndSaysSo() {
        KeycloakUsers.User applicant = KeycloakUsers.create("dora", null);
        String number = Organisations.newNumber();
        String id = apply(applicant, "Dora Demontage " + UUID.randomUUID(), number);
        String admin = KeycloakUsers.createExactly("ingrid", null).token();
        String control = ConfigProvider.getConfig().getValue(KeycloakTestResource.CONTROL_URL, String.class);
        Devstack.control(control, "/parts/keycloak/stop");
        try {
            problem(as(admin).post(REVIEW + "/" + id + "/approve").then(), 503, "identity-provider-unavailable")
                    .header("Retry-After", notNullValue());
            as(admin).get(REVIEW + "/" + id).then().statusCode(200).body("status", equalTo("PENDING"))
                    .body("organisation", nullValue());
            try (Ledger db = Ledger.open()) {
                assertEquals(0L, ((Number) db.value("select count(*) from organisation where organisation_number = ?",
                        number)).longValue());
            }
        } finally {
            Devstack.control(control, "/parts/keycloak/start");
        }
        String code = ingrid().post(REVIEW + "/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).extract().path("organisation.code");
        assertEquals(code, claims(applicant.token()).path("org").asText());
    }

    private String invite(KeycloakUsers.User admin, String email, String role) {
        as(admin.token()).body(Map.of("email", email, "role", role)).post(INVITATIONS).then().statusCode(201)
                .body("status", equalTo("PENDING")).body("mailed", equalTo(true)).body("token", nullValue());
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertFalse(mails.isEmpty(), "a mail to " + email);
        Matcher token = Pattern.compile("token=([A-Za-z0-9_-]{43})").matcher(mails.get(mails.size() - 1).getText());
        assertTrue(token.find(), mails.get(mails.size() - 1).getText());
        return token.group(1);
    }

    @Test
    void anInvitationIsAcceptedOnceAndGivesTheOrganisationAndTheRole() throws Exception {
        Approved org = approvedOrganisation("Inbjudarna");
        String email = "ines-" + UUID.randomUUID() + "@example.org";
        String token = invite(org.admin(), email, "builder");
        as(org.admin().token()).get(INVITATIONS).then().statusCode(200).body("email", hasItem(email));
        try (Ledger db = Ledger.open()) {
            Object stored = db.value("select token_hash from organisation_invitation where email = ?", email);
            assertFalse(String.valueOf(stored).contains(token));
            assertEquals(InvitationService.hash(token), stored);
        }

        KeycloakUsers.User ines = KeycloakUsers.create("ines", null);
        as(ines.token()).post("/api/v1/invitations/" + token + "/accept").then().statusCode(200)
                .body("organisationCode", equalTo(org.code())).body("role", equalTo("builder"));
        String next = ines.token();
        assertEquals(org.code(), claims(next).path("org").asText());
        assertTrue(roles(next).contains("builder"));
        assertFalse(roles(next).contains("admin"));
        as(next).get("/api/v1/me").then().statusCode(200).body("organisation.code", equalTo(org.code()));

        KeycloakUsers.User second = KeycloakUsers.create("sixten", null);
        problem(as(second.token()).post("/api/v1/invitations/" + token + "/accept").then(), 409, "invitation-used");
        problem(as(second.token()).post("/api/v1/invitations/" + InvitationService.newToken() + "/accept").then(),
                404, "not-found");
        as(org.admin().token()).get(INVITATIONS).then().statusCode(200).body("email", not(hasItem(email)));
        assertNull(claims(second.token()).get("org"));
    }

    @Test
    void expiredAndRevokedInvitationsAreGoneAndMembersOfOrganisationsCannotAccept() {
        Approved org = approvedOrganisation("Utgångna");
        KeycloakUsers.User invited = KeycloakUsers.create("edvin", null);

        String expiredEmail = "expired-" + UUID.randomUUID() + "@example.org";
        String expired = invite(org.admin(), expiredEmail, "contractor");
        try (Ledger db = Ledger.open()) {
            db.execute("update organisation_invitation set expires_at = now() - interval '1 minute' where email = ?",
                    expiredEmail);
        }
        problem(as(invited.token()).post("/api/v1/invitations/" + expired + "/accept").then(), 410,
                "invitation-expired");

        String revokedEmail = "revoked-" + UUID.randomUUID() + "@example.org";
        String revoked = invite(org.admin(), revokedEmail, "contractor");
        String invitationId = as(org.admin().token()).get(INVITATIONS).then().statusCode(200).extract().jsonPath()
                .getString("find { it.email == '" + revokedEmail + "' }.id");
        // another organisation's admin cannot revoke it
        Approved other = approvedOrganisation("Grannarna");
        problem(as(other.admin().token()).post(INVITATIONS + "/" + invitationId + "/revoke").then(), 404,
                "not-found");
        as(org.admin().token()).post(INVITATIONS + "/" + invitationId + "/revoke").then().statusCode(200)
                .body("status", equalTo("REVOKED"));
        problem(as(invited.token()).post("/api/v1/invitations/" + revoked + "/accept").then(), 410,
                "invitation-revoked");

        String valid = invite(org.admin(), "valid-" + UUID.randomUUID() + "@example.org", "contractor");
        String sara = KeycloakTestResource.token(KeycloakUsers.realmUrl(), "sara");
        problem(as(sara).post("/api/v1/invitations/" + valid + "/accept").then(), 409, "already-in-organisation");
        problem(as(invited.token()).body(Map.of("email", "x@example.org", "role", "builder")).post(INVITATIONS)
                .then(), 403, "forbidden");
        // an admin whose organisation is not registered invites nobody
        KeycloakUsers.User stray = KeycloakUsers.create("stray", "no-such-organisation", "admin");
        problem(as(stray.token()).body(Map.of("email", "x@example.org", "role", "builder")).post(INVITATIONS)
                .then(), 403, "unknown-organisation");
        problem(as(org.admin().token()).body(Map.of("email", "x@example.org", "role", "installation-admin"))
                .post(INVITATIONS).then(), 400, "validation").body("errors.field", hasItem("role"));
        problem(as(org.admin().token()).body(Map.of("email", "not-an-email", "role", "builder")).post(INVITATIONS)
                .then(), 400, "validation").body("errors.field", hasItem("email"));
        assertNull(claims(invited.token()).get("org"));
    }

    @Test
    void anAdminRemovesAMemberWhoseRecordsStayButNotTheLastAdmin() {
        Approved org = approvedOrganisation("Medlemmarna");
        String token = invite(org.admin(), "mats-" + UUID.randomUUID() + "@example.org", "contractor");
        KeycloakUsers.User mats = KeycloakUsers.create("mats", null);
        as(mats.token()).post("/api/v1/invitations/" + token + "/accept").then().statusCode(200);

        String admin = org.admin().token();
        as(admin).get(MEMBERS).then().statusCode(200)
                .body("subject", containsInAnyOrder(org.admin().id(), mats.id()))
                .body("find { it.subject == '" + mats.id() + "' }.roles", containsInAnyOrder("contractor"))
                .body("find { it.subject == '" + org.admin().id() + "' }.roles", hasItem("admin"));
        // another organisation's admin sees none of them and removes none
        Approved other = approvedOrganisation("Grannar");
        as(other.admin().token()).get(MEMBERS).then().statusCode(200).body("subject", not(hasItem(mats.id())));
        problem(as(other.admin().token()).delete(MEMBERS + "/" + mats.id()).then(), 404, "not-found");
        problem(as(mats.token()).delete(MEMBERS + "/" + org.admin().id()).then(), 403, "forbidden");

        problem(as(admin).delete(MEMBERS + "/" + org.admin().id()).then(), 409, "last-admin");
        as(admin).delete(MEMBERS + "/" + mats.id()).then().statusCode(204);
        String after = mats.token();
        assertNull(claims(after).get("org"));
        assertFalse(roles(after).contains("contractor"));
        problem(as(after).get("/api/v1/me").then(), 403, "unknown-organisation");
        as(admin).get(MEMBERS).then().statusCode(200).body("subject", containsInAnyOrder(org.admin().id()));
        try (Ledger db = Ledger.open()) {
            assertEquals(1L, ((Number) db.value("select count(*) from organisation_member_removal where subject = ?",
                    mats.id())).longValue());
            assertEquals(1L, ((Number) db.value("select count(*) from audit_entry where resource ="
                    + " 'organisation_member_removal' and changes -> 'subject' ->> 'to' = ?", mats.id())).longValue());
        }
        // the last admin stays
        assertEquals(org.code(), claims(org.admin().token()).path("org").asText());
    }
}
