package se.kretslopp.photo;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kretslopp.identity.CurrentUserService;

import java.util.UUID;

@Path("/api/v1/photos/{id}")
@PermitAll
class PhotoResource {

    /** A photo never changes once stored; only the user's right to see it may, hence private and only a day. */
    static final String CACHE_CONTROL = "private, max-age=86400";

    private final PhotoService photos;
    private final CurrentUserService users;

    PhotoResource(PhotoService photos, CurrentUserService users) {
        this.photos = photos;
        this.users = users;
    }

    @GET
    @Operation(summary = "The photo (JPEG or PNG, without metadata)")
    public Uni<Response> image(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return send(id, PhotoStorage.IMAGE, ifNoneMatch);
    }

    @GET
    @Path("thumbnail")
    @Operation(summary = "The photo scaled to fit 320 × 320 pixels")
    public Uni<Response> thumbnail(@PathParam("id") UUID id,
                                   @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return send(id, PhotoStorage.THUMBNAIL, ifNoneMatch);
    }

    @DELETE
    @Authenticated
    @Operation(summary = "Deletes the photo")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return photos.delete(id, users.current()).replaceWith(Response.noContent().build());
    }

    private Uni<Response> send(UUID id, String variant, String ifNoneMatch) {
        // anonymous visitors see the photos of public listings; the owner's feature decides
        return photos.content(id, variant, users.find().orElse(null)).map(content -> {
            EntityTag tag = new EntityTag(content.id().toString());
            Response.ResponseBuilder response = matches(ifNoneMatch, tag)
                    ? Response.notModified(tag)
                    : Response.ok(content.bytes(), content.contentType()).tag(tag);
            return response.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
        });
    }

    private static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("*") || value.equals("\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }
}
