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
 * The audit trail's part of a person's data: the changes they made (with the request id and client address the
 * trail keeps of them) and the changes of their own person record. The chain's bookkeeping (position, hashes) is
 * left out; personal columns are in the trail only as changed, so no other person's values are in it.
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
                        select id, occurred_at, actor_subject, actor_name, actor_organisation_id, actor_organisation,
                               request_id, client_address, resource, resource_id, owner_organisation_id, action,
                               version_before, version_after, changes
                        from audit_entry
                        where (actor_subject = $1 and actor_organisation_id = $2)
                           or (resource = 'person' and resource_id = $1 and owner_organisation_id = $2)
                        order by id""")
                .execute(Tuple.of(person.subject(), person.organisationId()))
                .map(rows -> List.of(new PersonalDataPart("auditTrail", "audit_entry", "The changes you made to"
                        + " Kretslopp's records, and those of your own person record, as the audit trail keeps"
                        + " them: when, from which address, what changed.", RowMaps.of(rows))));
    }
}
