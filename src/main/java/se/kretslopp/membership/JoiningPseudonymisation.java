package se.kretslopp.membership;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.identity.api.Pseudonymisation;
import se.kretslopp.identity.api.PseudonymisedPerson;
import se.kretslopp.identity.api.ReplacedRows;

import java.util.List;

/**
 * What joining keeps of the person: the applications they made (their name becomes the pseudonym; their email, a
 * contact person given by their own address, and what they wrote go) and the invitations sent to their address
 * (the address goes). Who applied and who accepted stay as subjects: they are keys.
 */
@ApplicationScoped
class JoiningPseudonymisation implements Pseudonymisation {

    @Override
    public Uni<List<ReplacedRows>> pseudonymise(SqlConnection transaction, PseudonymisedPerson person) {
        Uni<Integer> applications = transaction.preparedQuery("""
                        update organisation_application set applicant_name = $2, applicant_email = null,
                            contact_name = case when lower(btrim(contact_email)) = lower(btrim($3)) then $2
                                                else contact_name end,
                            contact_phone = case when lower(btrim(contact_email)) = lower(btrim($3)) then null
                                                 else contact_phone end,
                            contact_email = case when lower(btrim(contact_email)) = lower(btrim($3)) then null
                                                 else contact_email end,
                            activity = case when activity is null then null else $4 end,
                            version = version + 1
                        where applicant_subject = $1
                          and (applicant_name is distinct from $2 or applicant_email is not null
                               or lower(btrim(contact_email)) = lower(btrim($3))
                               or (activity is not null and activity <> $4))""")
                .execute(Tuple.of(person.subject(), person.pseudonym(), emailOf(person), PseudonymisedPerson.REMOVED))
                .map(rows -> rows.rowCount());
        return applications.chain(changedApplications -> {
            if (person.email() == null || person.email().isBlank()) {
                return Uni.createFrom().item(List.of(new ReplacedRows("organisation_application", changedApplications),
                        new ReplacedRows("organisation_invitation", 0)));
            }
            return transaction.preparedQuery("""
                            update organisation_invitation set email = null, email_removed_at = now(),
                                version = version + 1
                            where lower(btrim(email)) = lower(btrim($1))""")
                    .execute(Tuple.of(person.email()))
                    .map(rows -> List.of(new ReplacedRows("organisation_application", changedApplications),
                            new ReplacedRows("organisation_invitation", rows.rowCount())));
        });
    }

    /** The person's email, or a value no stored address equals (each has 3 characters at least). */
    private static String emailOf(PseudonymisedPerson person) {
        return person.email() == null || person.email().isBlank() ? "" : person.email();
    }
}
