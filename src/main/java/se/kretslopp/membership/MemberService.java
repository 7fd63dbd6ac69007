package se.kretslopp.membership;

import se.kretslopp.common.Message;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Roles;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.membership.api.MemberView;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The people of an organisation, as the identity provider knows them (their {@code org} attribute), for the
 * organisation's admins: listed, and removed (no organisation, no Kretslopp roles; their records stay theirs). The
 * last admin cannot be removed.
 */
@ApplicationScoped
public class MemberService {

    private static final Logger LOG = Logger.getLogger(MemberService.class);

    private final PeopleDirectory directory;
    private final MemberRemovalRepository removals;

    MemberService(PeopleDirectory directory, MemberRemovalRepository removals) {
        this.directory = directory;
        this.removals = removals;
    }

    Uni<List<MemberView>> list(CurrentUser admin) {
        return directory.members(admin.organisation().code()).map(people -> people.stream()
                .sorted(Comparator.comparing((PeopleDirectory.Person p) -> String.valueOf(p.name()))
                        .thenComparing(p -> String.valueOf(p.username())))
                .map(MemberService::view).toList());
    }

    Uni<Void> remove(CurrentUser admin, String subject) {
        AtomicReference<PeopleDirectory.Person> removed = new AtomicReference<>();
        return removeInTransaction(admin, subject, removed).onFailure().call(failure -> {
            PeopleDirectory.Person person = removed.get();
            if (person == null) {
                return Uni.createFrom().voidItem();
            }
            return directory.join(person.subject(), person.organisation(), person.roles()).onFailure()
                    .invoke(undo -> LOG.errorf("Could not give %s back their organisation after a failed removal:"
                            + " %s", person.subject(), undo.toString())).onFailure().recoverWithNull();
        });
    }

    @WithTransaction
    Uni<Void> removeInTransaction(CurrentUser admin, String subject, AtomicReference<PeopleDirectory.Person> removed) {
        String code = admin.organisation().code();
        return directory.members(code).flatMap(people -> {
            PeopleDirectory.Person person = people.stream().filter(p -> p.subject().equals(subject)).findFirst()
                    .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                            Message.of("detail.membership.nobodyOrganisationSubject", subject)));
            boolean otherAdmin = people.stream().anyMatch(p -> !p.subject().equals(subject)
                    && p.roles().contains(Roles.ADMIN));
            if (person.roles().contains(Roles.ADMIN) && !otherAdmin) {
                throw new ProblemException(ProblemType.LAST_ADMIN,
                        Message.of("detail.membership.organisationSLastAdmin"));
            }
            MemberRemoval removal = new MemberRemoval();
            removal.id = UUID.randomUUID();
            removal.organisationId = admin.organisation().id();
            removal.subject = person.subject();
            removal.username = person.username();
            removal.roles = String.join(",", person.roles());
            removal.removedBy = admin.subject();
            removal.createdAt = OffsetDateTime.now();
            return removals.persist(removal)
                    .call(() -> Panache.getSession().flatMap(session -> session.flush()))
                    .call(() -> directory.leave(person.subject()).invoke(() -> removed.set(person)))
                    .replaceWithVoid();
        });
    }

    private static MemberView view(PeopleDirectory.Person person) {
        return new MemberView(person.subject(), person.username(), person.name(), person.email(), person.roles());
    }
}
