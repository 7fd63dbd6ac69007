package se.kretslopp.category;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.category.api.CategoryRequest;
import se.kretslopp.category.api.CategoryView;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The managed category tree: read by everyone, changed by admins. */
@ApplicationScoped
public class CategoryService {

    private final CategoryRepository categories;

    CategoryService(CategoryRepository categories) {
        this.categories = categories;
    }

    /** The top-level categories in their order, each with its children. */
    @WithSession
    public Uni<List<CategoryView>> tree() {
        return categories.listOrdered().map(CategoryService::toTree);
    }

    /** Every category (both levels) by id, children without their own children. */
    @WithSession
    public Uni<Map<UUID, CategoryView>> all() {
        return categories.listOrdered().map(list -> {
            Map<UUID, CategoryView> byId = new LinkedHashMap<>();
            list.forEach(c -> byId.put(c.id, toView(c, List.of())));
            return byId;
        });
    }

    /**
     * Finds a category by its code or its Swedish or English name, ignoring case (for spreadsheet imports, where
     * people write "Innerdörrar" rather than a code). Names shared by two categories resolve to neither.
     */
    @WithSession
    public Uni<Function<String, Optional<UUID>>> resolver() {
        return categories.listOrdered().map(list -> {
            Map<String, UUID> byKey = new HashMap<>();
            Map<String, Boolean> ambiguous = new HashMap<>();
            for (Category c : list) {
                for (String key : List.of(c.code, c.nameSv, c.nameEn)) {
                    String normal = key.trim().toLowerCase(Locale.ROOT);
                    UUID previous = byKey.putIfAbsent(normal, c.id);
                    if (previous != null && !previous.equals(c.id)) {
                        ambiguous.put(normal, true);
                    }
                }
            }
            return text -> {
                if (text == null) {
                    return Optional.empty();
                }
                String normal = text.trim().toLowerCase(Locale.ROOT);
                return ambiguous.containsKey(normal) ? Optional.empty() : Optional.ofNullable(byKey.get(normal));
            };
        });
    }

    @WithTransaction
    public Uni<CategoryView> create(CategoryRequest request) {
        Category category = new Category();
        category.id = UUID.randomUUID();
        return apply(category, request).flatMap(categories::persist).map(c -> toView(c, List.of()));
    }

    @WithTransaction
    public Uni<CategoryView> update(UUID id, CategoryRequest request) {
        return categories.findById(id)
                .onItem().ifNull().failWith(() -> new ProblemException(ProblemType.NOT_FOUND,
                        Message.of("notFound.category")))
                .flatMap(category -> apply(category, request))
                .map(c -> toView(c, List.of()));
    }

    private Uni<Category> apply(Category category, CategoryRequest request) {
        Uni<Void> parentOk = Uni.createFrom().voidItem();
        if (request.parentId() != null) {
            if (request.parentId().equals(category.id)) {
                return Uni.createFrom().failure(invalid("parentId", FieldCode.INVALID_VALUE, "category.parent.self"));
            }
            parentOk = categories.findById(request.parentId()).flatMap(parent -> {
                if (parent == null) {
                    return Uni.createFrom().failure(invalid("parentId", FieldCode.UNKNOWN_REFERENCE, "field.category.unknown"));
                }
                if (parent.parentId != null) {
                    return Uni.createFrom().failure(invalid("parentId", FieldCode.INVALID_VALUE,
                            "category.parent.topLevel"));
                }
                return categories.count("parentId", category.id).flatMap(children -> children > 0
                        ? Uni.createFrom().failure(invalid("parentId", FieldCode.INVALID_VALUE,
                        "category.parent.hasChildren"))
                        : Uni.createFrom().voidItem());
            });
        }
        return parentOk
                .flatMap(ok -> categories.codeTaken(request.code(), category.id))
                .map(taken -> {
                    if (taken) {
                        throw new ProblemException(ProblemType.CONFLICT,
                                Message.of("detail.category.categoryCodeTaken", request.code()),
                                List.of(Problem.FieldError.of("code", FieldCode.TAKEN, "category.code.taken")));
                    }
                    category.parentId = request.parentId();
                    category.code = request.code();
                    category.nameSv = request.nameSv().trim();
                    category.nameEn = request.nameEn().trim();
                    category.boverketId = request.boverketId();
                    category.sortOrder = request.sortOrder() == null ? category.sortOrder : request.sortOrder();
                    category.updatedAt = OffsetDateTime.now();
                    return category;
                });
    }

    private static ProblemException invalid(String field, FieldCode code, String key) {
        Problem.FieldError error = Problem.FieldError.of(field, code, key);
        return new ProblemException(ProblemType.UNPROCESSABLE, Message.of("detail.field", field, error.text()),
                List.of(error));
    }

    private static List<CategoryView> toTree(List<Category> all) {
        Map<UUID, List<CategoryView>> children = new HashMap<>();
        for (Category c : all) {
            if (c.parentId != null) {
                children.computeIfAbsent(c.parentId, k -> new ArrayList<>()).add(toView(c, List.of()));
            }
        }
        List<CategoryView> roots = new ArrayList<>();
        for (Category c : all) {
            if (c.parentId == null) {
                roots.add(toView(c, children.getOrDefault(c.id, List.of())));
            }
        }
        return roots;
    }

    private static CategoryView toView(Category c, List<CategoryView> children) {
        return new CategoryView(c.id, c.parentId, c.code, c.nameSv, c.nameEn, c.boverketId, c.sortOrder, children);
    }
}
