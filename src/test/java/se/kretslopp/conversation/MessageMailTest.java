package se.kretslopp.conversation;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Ledger;
import se.kretslopp.testsupport.Reservations;

import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.sara;

/**
 * New messages notify the other organisation's people in the bell, and by email at most once per thread and person
 * per 15 minutes (the relay's rule; here the last email is moved back in time instead of waiting), unless the
 * person turned message emails off.
 */
@QuarkusTest
class MessageMailTest {

    @Inject
    MockMailbox mailbox;

    @Test
    void oneEmailPerThreadAndPersonPer15Minutes() throws Exception {
        String title = "Mejl " + UUID.randomUUID();
        UUID listing = Reservations.listingOf(title, 2);
        String quiet = "tyst" + UUID.randomUUID().toString().substring(0, 6);
        RequestSpecification quietPerson = Api.as(quiet, "kalmar-rivning", "contractor");
        quietPerson.body(Map.of("emailNotifications", true, "messageEmails", false)).put("/api/v1/me/preferences")
                .then().statusCode(200).body("messageEmails", equalTo(false)).body("emailNotifications", equalTo(true));
        String thread = ConversationResourceTest.startAboutListing(listing);
        String subject = "Nytt meddelande: " + title;

        ConversationResourceTest.post(sara(), thread, "Första");
        await(() -> mails("johan@example.org", subject) == 1, "the first message's email");
        ConversationResourceTest.post(sara(), thread, "Andra");
        await(() -> pending(thread) == 0, "the relay to handle the second");
        assertEquals(1, mails("johan@example.org", subject), "no second email within 15 minutes");
        try (Ledger ledger = Ledger.open()) {
            assertEquals(1, ledger.count("select count(*) from notification where conversation_id = '" + thread
                    + "' and recipient_username = 'johan' and email_status = 'SKIPPED'"));
        }

        moveMailsBack(thread, Duration.ofMinutes(16));
        ConversationResourceTest.post(sara(), thread, "Tredje");
        await(() -> mails("johan@example.org", subject) == 2, "an email again after 15 minutes");

        // the bell has them all; the person who turned message emails off got none
        Api.as(quiet, "kalmar-rivning", "contractor").get("/api/v1/notifications?size=100").then().statusCode(200)
                .body("items.conversationId", hasItem(thread)).body("items.kind", hasItem("MESSAGE_RECEIVED"));
        assertEquals(0, mails(quiet + "@example.org", subject));
        // the buyer is not told of their own messages
        sara().get("/api/v1/notifications?size=100").then().statusCode(200);
        try (Ledger ledger = Ledger.open()) {
            assertEquals(0, ledger.count("select count(*) from notification where conversation_id = '" + thread
                    + "' and recipient_username = 'sara'"));
            assertEquals(3, ledger.count("select count(*) from notification where conversation_id = '" + thread
                    + "' and recipient_username = 'johan' and kind = 'MESSAGE_RECEIVED'"));
        }
        johan().get("/api/v1/conversations/" + thread).then().body("unread", equalTo(3));
    }

    private long mails(String to, String subject) {
        List<Mail> mails = mailbox.getMailsSentTo(to);
        return mails == null ? 0 : mails.stream().filter(m -> m.getSubject().equals(subject)).count();
    }

    private static long pending(String thread) {
        try (Ledger ledger = Ledger.open()) {
            return ledger.count("select count(*) from notification where conversation_id = '" + thread
                    + "' and email_status = 'PENDING'");
        }
    }

    private static void moveMailsBack(String thread, Duration by) throws Exception {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        try (var connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
             var statement = connection.prepareStatement("update notification set email_sent_at = email_sent_at"
                     + " - make_interval(secs => ?) where conversation_id = ?::uuid and email_sent_at is not null")) {
            statement.setLong(1, by.toSeconds());
            statement.setString(2, thread);
            statement.executeUpdate();
        }
    }

    /** Waits for the relay (it runs every second in the tests); asserts nothing about how long it takes. */
    private static void await(BooleanSupplier done, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited 30 s for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
