package se.kretslopp.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.RowMaps;
import se.kretslopp.identity.api.DataSubject;
import se.kretslopp.identity.api.PersonalData;
import se.kretslopp.identity.api.PersonalDataPart;

import java.util.List;

/**
 * The audit trail's part of a person's data: the changes they made (with their name, request id and client address,
 * which the trail keeps beside each entry) and the changes of their own person record. The chain's bookkeeping
 * (position, hashes) is left out; personal columns are in the trail only as changed, so no other person's values
 * are in it.
 */
@ApplicationScoped
class AuditPersonalData implements PersonalData {

    private final Pool pool;

    AuditPersonalData(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<List<PersonalDataPart>> about(DataSubject person) {
        return pool.preparedQuery("""
                        select e.id, e.occurred_at, e.actor_subject, p.actor_name, e.actor_organisation_id,
                               e.actor_organisation, e.request_id, p.client_address, e.resource, e.resource_id,
                               e.owner_organisation_id, e.action, e.version_before, e.version_after, e.changes
                        from audit_entry e left join audit_entry_person p on p.entry_id = e.id
                        where (e.actor_subject = $1 and e.actor_organisation_id = $2)
                           or (e.resource = 'person' and e.resource_id = $1 and e.owner_organisation_id = $2)
                        order by e.id""")
                .execute(Tuple.of(person.subject(), person.organisationId()))
                .map(rows -> List.of(new PersonalDataPart("auditTrail", "audit_entry", "The changes you made to"
                        + " Kretslopp's records, and those of your own person record, as the audit trail keeps"
                        + " them: when, from which address, what changed.", RowMaps.of(rows))));
    }
}
