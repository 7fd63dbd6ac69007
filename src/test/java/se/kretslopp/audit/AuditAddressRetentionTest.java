package se.kretslopp.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Ledger;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The client address of an audit entry goes after a year; the entry, its author's name and the hash chain stay.
 */
@QuarkusTest
class AuditAddressRetentionTest {

    @Inject
    AuditAddressRetention retention;

    @Test
    void addressesGoAfterAYearAndTheEntriesStay() throws Throwable {
        String resourceId = "retention-" + UUID.randomUUID();
        try (Ledger db = Ledger.open()) {
            long old = entry(db, resourceId, 400);
            long recent = entry(db, resourceId, 10);
            while (VertxContextSupport.subscribeAndAwait(() -> retention.forgetOldAddresses()) > 0) {
                // until no old address is left
            }
            assertNull(db.value("select client_address from audit_entry_person where entry_id = ?", old));
            assertEquals("Anna Lindqvist", db.value("select actor_name from audit_entry_person where entry_id = ?", old));
            assertEquals("192.0.2.10", db.value("select client_address from audit_entry_person where entry_id = ?", recent));
            assertEquals(2L, ((Number) db.value("select count(*) from audit_entry where resource_id = ?", resourceId))
                    .longValue(), "the entries stay");
        }
    }

    private static long entry(Ledger db, String resourceId, int daysAgo) {
        long id = ((Number) db.value("""
                insert into audit_entry (occurred_at, actor_subject, resource, resource_id, action, changes)
                values (now() - make_interval(days => ?), 'sub-anna', 'building', ?, 'UPDATE', '{}'::jsonb)
                returning id""", daysAgo, resourceId)).longValue();
        db.execute("insert into audit_entry_person (entry_id, actor_name, client_address) values (?, ?, ?)",
                id, "Anna Lindqvist", "192.0.2.10");
        return id;
    }
}
