package se.kretslopp.membership;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import se.kretslopp.membership.api.ApplicationStatus;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
class OrganisationApplicationRepository implements PanacheRepositoryBase<OrganisationApplication, UUID> {

    Uni<OrganisationApplication> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    Uni<Long> countPendingWithNumber(String number) {
        return count("organisationNumber = ?1 and status = ?2", number, ApplicationStatus.PENDING);
    }

    Uni<Long> countPendingOf(String subject) {
        return count("applicantSubject = ?1 and status = ?2", subject, ApplicationStatus.PENDING);
    }

    Uni<List<OrganisationApplication>> ofApplicant(String subject) {
        return list("applicantSubject = ?1 order by createdAt desc", subject);
    }

    /** Applications by status (null: all) and group (null: any), oldest first. */
    Uni<List<OrganisationApplication>> matching(ApplicationStatus status, String group, int page, int size) {
        Filter filter = Filter.of(status, group);
        return find(filter.where + " order by createdAt, id", filter.parameters).page(Page.of(page, size)).list();
    }

    Uni<Long> countMatching(ApplicationStatus status, String group) {
        Filter filter = Filter.of(status, group);
        return count(filter.where, filter.parameters);
    }

    private record Filter(String where, Parameters parameters) {

        static Filter of(ApplicationStatus status, String group) {
            StringBuilder where = new StringBuilder("1 = 1");
            Parameters parameters = new Parameters();
            if (status != null) {
                where.append(" and status = :status");
                parameters.and("status", status);
            }
            if (group != null) {
                where.append(" and orgGroup = :group");
                parameters.and("group", group);
            }
            return new Filter(where.toString(), parameters);
        }
    }
}
