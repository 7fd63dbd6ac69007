package se.kretslopp.category;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
class CategoryRepository implements PanacheRepositoryBase<Category, UUID> {

    Uni<List<Category>> listOrdered() {
        return listAll(Sort.by("sortOrder").and("nameSv"));
    }

    Uni<Boolean> codeTaken(String code, UUID except) {
        return count("code = ?1 and id <> ?2", code, except).map(n -> n > 0);
    }
}
