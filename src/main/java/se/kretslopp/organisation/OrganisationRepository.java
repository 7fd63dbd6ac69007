package se.kretslopp.organisation;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
@WithSession
class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    Uni<Organisation> findByCode(String code) {
        return find("code", code).firstResult();
    }

    Uni<Organisation> findByNumber(String organisationNumber) {
        return find("organisationNumber", organisationNumber).firstResult();
    }

    /** Organisations whose name, code or number holds the text (any case), active or not as asked, by name. */
    Uni<List<Organisation>> matching(String text, Boolean active, int page, int size) {
        Filter filter = Filter.of(text, active);
        return find(filter.where() + " order by lower(name), id", filter.parameters()).page(Page.of(page, size)).list();
    }

    Uni<Long> countMatching(String text, Boolean active) {
        Filter filter = Filter.of(text, active);
        return count(filter.where(), filter.parameters());
    }

    /** How many organisations belong to each of these groups (a group without any is not in the answer). */
    Uni<Map<String, Long>> countByGroup(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select o.group, count(o) from Organisation o where o.group in :codes group by o.group",
                        Object[].class).setParameter("codes", codes).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1])));
    }

    private record Filter(String where, Parameters parameters) {

        static Filter of(String text, Boolean active) {
            StringBuilder where = new StringBuilder("1 = 1");
            Parameters parameters = new Parameters();
            if (text != null) {
                // position, not like: the text is matched as it is, % and _ included
                where.append(" and (position(:text in lower(name)) > 0 or position(:text in code) > 0"
                        + " or position(:text in coalesce(organisationNumber, '')) > 0)");
                parameters.and("text", text.toLowerCase(Locale.ROOT));
            }
            if (active != null) {
                where.append(" and active = :active");
                parameters.and("active", active);
            }
            return new Filter(where.toString(), parameters);
        }
    }
}
