package se.kretslopp.membership;

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
 * Joining's part of a person's data: the applications to join they made (by their subject: an applicant has no
 * organisation yet) and the invitations sent to their address. Who decided or invited is another person: left out.
 */
@ApplicationScoped
class JoiningPersonalData implements PersonalData {

    private final Pool pool;

    JoiningPersonalData(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<List<PersonalDataPart>> about(DataSubject person) {
        Uni<PersonalDataPart> applications = pool.preparedQuery("""
                        select id, applicant_subject, applicant_username, applicant_name, applicant_email,
                               organisation_name, organisation_number, kind, org_group, contact_name, contact_email,
                               contact_phone, activity, status, decided_at, reject_reason, organisation_code,
                               personal_data_removed_at, created_at, updated_at
                        from organisation_application where applicant_subject = $1 order by created_at, id""")
                .execute(Tuple.of(person.subject()))
                .map(rows -> new PersonalDataPart("applicationsToJoin", "organisation_application", "The applications"
                        + " for an organisation to join Kretslopp that you made, and how they were decided.",
                        RowMaps.of(rows)));
        Uni<PersonalDataPart> invitations = pool.preparedQuery("""
                        select id, organisation_id, email, role, status, expires_at, accepted_at, revoked_at,
                               created_at
                        from organisation_invitation
                        where email is not null and lower(btrim(email)) = lower(btrim($1))
                        order by created_at, id""")
                .execute(Tuple.of(person.email() == null ? "" : person.email()))
                .map(rows -> new PersonalDataPart("invitations", "organisation_invitation", "The invitations to join"
                        + " an organisation that were sent to your email address.", RowMaps.of(rows)));
        return applications.flatMap(a -> invitations.map(i -> List.of(a, i)));
    }
}
