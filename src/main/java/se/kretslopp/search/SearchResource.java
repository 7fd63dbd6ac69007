package se.kretslopp.search;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Problem;
import se.kretslopp.common.QueryParams;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.search.api.ListingHits;
import se.kretslopp.search.api.ListingMap;
import se.kretslopp.search.api.Suggestions;

import java.util.List;

/**
 * The marketplace search. Open to everybody: anonymous people find published public listings, a signed-in person
 * also the internal listings of their organisation and its group. What a person may see comes from their token.
 */
@Path("/v1/search")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
class SearchResource {

    /** "Show more" of the material facet asks for up to this many values. */
    static final int MAX_MATERIAL_FACETS = 500;

    private final ListingSearchService search;
    private final CurrentUserService users;

    SearchResource(ListingSearchService search, CurrentUserService users) {
        this.search = search;
        this.users = users;
    }

    @GET
    @Path("/listings")
    @Operation(summary = "Search listings: text, filters, facets, sort (relevance, distance, newest, price), paging")
    public Uni<ListingHits> listings(@BeanParam FilterParams filters, @RestQuery String sort, @RestQuery String page,
                                     @RestQuery String size, @RestQuery String searchAfter,
                                     @RestQuery String materialFacets) {
        Integer materials = QueryParams.integer(materialFacets, "materialFacets", 1, MAX_MATERIAL_FACETS);
        return search.search(SearchParams.query(filters, sort, page, size, searchAfter), viewer(),
                materials == null ? ListingQueryBuilder.DEFAULT_MATERIAL_FACETS : materials);
    }

    @GET
    @Path("/listings/map")
    @Operation(summary = "The same search for a map: points when few, geotile clusters when many")
    public Uni<ListingMap> map(@BeanParam FilterParams filters, @RestQuery String zoom, @RestQuery String bbox) {
        ListingQuery query = SearchParams.query(filters, null, null, null, null);
        Integer level = QueryParams.integer(zoom, "zoom", 0, 20);
        return search.map(query, viewer(), level == null ? 8 : level, SearchParams.box(bbox));
    }

    @GET
    @Path("/suggest")
    @Operation(summary = "Type-ahead: categories and listing titles that start like the typed text")
    public Uni<Suggestions> suggest(@RestQuery String q, @RestQuery String lang) {
        if (q == null || q.isBlank()) {
            return Uni.createFrom().item(new Suggestions(List.of()));
        }
        if (q.length() > 100) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("q", FieldCode.SIZE,
                    "field.maxChars", 100).withMax(100));
        }
        return search.suggest(q, viewer(), lang);
    }

    private Viewer viewer() {
        return users.find().map(user -> new Viewer(user.organisation().id(), user.organisation().group()))
                .orElse(Viewer.ANONYMOUS);
    }
}
