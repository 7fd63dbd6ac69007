package se.kretslopp.organisation;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Page;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.organisation.api.OrganisationGroupRequest;
import se.kretslopp.organisation.api.OrganisationGroupView;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Organisation groups for the installation's administrators: list, create and rename. A group's code never changes
 * (organisations, and the search index, name the group by it), so a rename changes nothing anybody may see.
 */
@ApplicationScoped
public class OrganisationGroupService {

    private final OrganisationGroupRepository groups;
    private final OrganisationRepository organisations;

    OrganisationGroupService(OrganisationGroupRepository groups, OrganisationRepository organisations) {
        this.groups = groups;
        this.organisations = organisations;
    }

    /** The groups by name, each with how many organisations belong to it. */
    @WithSession
    public Uni<Page<OrganisationGroupView>> list(int page, int size) {
        return groups.count().flatMap(total -> groups.findAll(Sort.by("name").and("code"))
                .page(io.quarkus.panache.common.Page.of(page, size)).list()
                .flatMap(found -> organisations.countByGroup(found.stream().map(g -> g.code).toList())
                        .map(members -> new Page<>(found.stream().map(g -> view(g, members)).toList(), page, size,
                                total))));
    }

    @WithSession
    public Uni<OrganisationGroupView> get(String code) {
        return find(code).flatMap(this::view);
    }

    @WithTransaction
    public Uni<OrganisationGroupView> create(OrganisationGroupRequest request) {
        if (request.code() == null) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.VALIDATION,
                    Message.of("organisation.group.codeRequired"),
                    List.of(Problem.FieldError.of("code", FieldCode.NOT_BLANK, "field.notBlank"))));
        }
        return groups.findById(request.code()).flatMap(existing -> {
            if (existing != null) {
                throw new ProblemException(ProblemType.CONFLICT,
                        Message.of("detail.organisation.thereAlreadyGroup", request.code()),
                        List.of(Problem.FieldError.of("code", FieldCode.TAKEN, "organisation.code.taken", existing.name)));
            }
            OrganisationGroup group = new OrganisationGroup();
            group.code = request.code();
            group.name = request.name().trim();
            group.createdAt = OffsetDateTime.now();
            group.updatedAt = group.createdAt;
            return groups.persist(group);
        }).flatMap(this::view);
    }

    /** Renames the group; the code may be left out or repeated, never changed. */
    @WithTransaction
    public Uni<OrganisationGroupView> rename(String code, Integer expectedVersion, OrganisationGroupRequest request) {
        return find(code).invoke(group -> {
            if (expectedVersion != null && expectedVersion != group.version) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                        Message.of("detail.organisation.someoneElseChangedGroup", group.version, expectedVersion));
            }
            if (request.code() != null && !request.code().equals(group.code)) {
                throw new ProblemException(ProblemType.CONFLICT,
                        Message.of("detail.organisation.codeGroupCannotChange"),
                        List.of(Problem.FieldError.of("code", FieldCode.IMMUTABLE, "field.code.immutable", group.code)));
            }
            group.name = request.name().trim();
            group.updatedAt = OffsetDateTime.now();
        }).call(groups::flush).flatMap(this::view);
    }

    private Uni<OrganisationGroup> find(String code) {
        return groups.findById(code).map(group -> {
            if (group == null) {
                throw new ProblemException(ProblemType.NOT_FOUND,
                        Message.of("detail.membership.thereOrganisationGroup", code));
            }
            return group;
        });
    }

    private Uni<OrganisationGroupView> view(OrganisationGroup group) {
        return organisations.countByGroup(List.of(group.code)).map(members -> view(group, members));
    }

    private static OrganisationGroupView view(OrganisationGroup group, Map<String, Long> members) {
        return new OrganisationGroupView(group.code, group.name, members.getOrDefault(group.code, 0L), group.version,
                group.createdAt, group.updatedAt);
    }
}
