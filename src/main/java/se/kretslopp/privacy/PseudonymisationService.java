package se.kretslopp.privacy;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import se.kretslopp.audit.AuditService;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Roles;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.PersonService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.identity.api.KnownPerson;
import se.kretslopp.identity.api.Pseudonymisation;
import se.kretslopp.identity.api.PseudonymisedPerson;
import se.kretslopp.identity.api.ReplacedRows;
import se.kretslopp.organisation.OrganisationService;
import se.kretslopp.organisation.api.OrganisationView;
import se.kretslopp.privacy.api.PseudonymisationSummary;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Pseudonymises a person (docs/privacy.md#what-pseudonymisation-replaces): every feature replaces what it keeps of
 * them ({@link Pseudonymisation}), all in one transaction, named in the audit trail as the administrator's change.
 * The person's pseudonym is made once from a random value and kept, so that a second run finds nothing left to
 * change. A dry run does the same in a transaction that is rolled back: its counts are those of the real run.
 */
@ApplicationScoped
public class PseudonymisationService {

    private final Pool pool;
    private final PersonService people;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final CurrentUserService users;
    private final CurrentIdentityAssociation identities;
    private final List<Pseudonymisation> parts;
    private final SecureRandom random = new SecureRandom();

    PseudonymisationService(Pool pool, PersonService people, OrganisationService organisations, AuditService audit,
                            CurrentUserService users, CurrentIdentityAssociation identities,
                            Instance<Pseudonymisation> parts) {
        this.pool = pool;
        this.people = people;
        this.organisations = organisations;
        this.audit = audit;
        this.users = users;
        this.identities = identities;
        this.parts = parts.stream().toList();
    }

    /** Replaces the person's names, email and free text; idempotent. */
    public Uni<PseudonymisationSummary> pseudonymise(String organisationCode, String usernameOrSubject) {
        return run(organisationCode, usernameOrSubject, false);
    }

    /** What {@link #pseudonymise} would change, changing nothing. */
    public Uni<PseudonymisationSummary> dryRun(String organisationCode, String usernameOrSubject) {
        return run(organisationCode, usernameOrSubject, true);
    }

    private Uni<PseudonymisationSummary> run(String organisationCode, String usernameOrSubject, boolean dryRun) {
        String notFound = "No person '" + usernameOrSubject + "' in organisation '" + organisationCode
                + "' that you administer.";
        // an installation administrator may have no organisation, and is then no CurrentUser: ask the identity
        return identities.getDeferredIdentity().flatMap(identity -> {
            if (!identity.hasRole(Roles.INSTALLATION_ADMIN)) {
                CurrentUser caller = users.current();
                if (!caller.hasRole(Roles.ADMIN) || !caller.organisation().code().equals(organisationCode)) {
                    // another organisation's people are not told apart from people who do not exist
                    return Uni.createFrom().failure(new ProblemException(ProblemType.NOT_FOUND, notFound));
                }
            }
            return organisations.findByCode(organisationCode);
        })
                .map(found -> found.orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, notFound)))
                .flatMap(organisation -> inTransaction(!dryRun, transaction -> audit.stampTransaction(transaction)
                        .flatMap(v -> people.lock(transaction, organisation.id(), usernameOrSubject))
                        .map(found -> found.orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, notFound)))
                        .flatMap(person -> replace(transaction, organisation, person, dryRun)))
                        // this replica checks the person's next request again (others within ten minutes)
                        .invoke(summary -> {
                            if (!dryRun) {
                                people.forget(organisation.id(), summary.username());
                            }
                        }));
    }

    private Uni<PseudonymisationSummary> replace(SqlConnection transaction, OrganisationView organisation,
                                                 KnownPerson person, boolean dryRun) {
        String pseudonym = person.pseudonym() != null ? person.pseudonym() : newPseudonym();
        PseudonymisedPerson subject = new PseudonymisedPerson(person.organisationId(), person.username(),
                person.subject(), person.name(), person.email(), pseudonym);
        return Multi.createFrom().iterable(parts)
                .onItem().transformToUniAndConcatenate(part -> part.pseudonymise(transaction, subject))
                .collect().in(ArrayList<ReplacedRows>::new, List::addAll)
                .map(replaced -> {
                    Map<String, Integer> rows = new TreeMap<>();
                    replaced.forEach(r -> rows.merge(r.table(), r.rows(), Integer::sum));
                    int total = rows.values().stream().mapToInt(Integer::intValue).sum();
                    return new PseudonymisationSummary(organisation.code(), person.username(), pseudonym, dryRun,
                            person.pseudonymisedAt(), rows, total);
                });
    }

    /** Runs the work in one transaction, committed or (a dry run) rolled back. */
    private <T> Uni<T> inTransaction(boolean commit, Function<SqlConnection, Uni<T>> work) {
        if (commit) {
            return pool.withTransaction(work);
        }
        return pool.getConnection().flatMap(connection -> connection.begin()
                .flatMap(transaction -> work.apply(connection)
                        .call(transaction::rollback)
                        .onFailure().call(transaction::rollback))
                .eventually(connection::close));
    }

    /** "Person " and eight hex digits of a random value: it says nothing of the person. */
    private String newPseudonym() {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        return "Person " + HexFormat.of().formatHex(bytes);
    }
}
