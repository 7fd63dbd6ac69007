package se.kretslopp.photo;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.photo.api.PhotoView;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A test-only endpoint that uses PhotoService as the owning features will: upload, list, count, delete all. */
@Path("/test/photo-owners")
@Produces(MediaType.APPLICATION_JSON)
public class PhotoProbeResource {

    private final PhotoService photos;
    private final CurrentUserService users;

    PhotoProbeResource(PhotoService photos, CurrentUserService users) {
        this.photos = photos;
        this.users = users;
    }

    @POST
    @Path("{ownerId}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<PhotoView> upload(@PathParam("ownerId") UUID ownerId, @RestForm("file") FileUpload file) {
        CurrentUser user = users.current();
        return photos.add(TestOwnerAccess.KIND, ownerId, user.organisation().id(), user.subject(), file.uploadedFile(),
                file.fileName());
    }

    @GET
    @Path("{ownerId}/photos")
    public Uni<List<PhotoView>> list(@PathParam("ownerId") UUID ownerId) {
        return photos.list(TestOwnerAccess.KIND, ownerId);
    }

    @DELETE
    @Path("{ownerId}/photos")
    public Uni<Void> deleteAll(@PathParam("ownerId") UUID ownerId) {
        return photos.deleteAllOf(TestOwnerAccess.KIND, ownerId);
    }

    @GET
    @Path("photo-counts")
    public Uni<Map<UUID, Long>> counts(@QueryParam("owner") List<UUID> owners) {
        return photos.countByOwner(TestOwnerAccess.KIND, owners);
    }
}
