package se.kretslopp.photo;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.audit.AuditService;
import se.kretslopp.common.Message;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.photo.api.PhotoView;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Photos of the things of other features. The owning feature checks who may add photos before it calls
 * {@link #add}; reading and deleting one photo by its id asks the owner's {@code PhotoOwnerAccess}.
 */
@ApplicationScoped
public class PhotoService {

    /**
     * Decoding a 40-megapixel photo takes 150-500 MB of heap (8 or 16 bits per channel): a small pool bounds how
     * many run at once.
     */
    private static final int PROCESSING_THREADS = 2;

    private final PhotoRepository photos;
    private final PhotoStorage storage;
    private final ImageProcessor processor;
    private final PhotoAccess access;
    private final WorkerExecutor processing;
    private final CurrentUserService users;
    private final AuditService audit;

    PhotoService(PhotoRepository photos, PhotoStorage storage, ImageProcessor processor, PhotoAccess access, Vertx vertx,
                 CurrentUserService users, AuditService audit) {
        this.users = users;
        this.audit = audit;
        this.photos = photos;
        this.storage = storage;
        this.processor = processor;
        this.access = access;
        this.processing = vertx.createSharedWorkerExecutor("kretslopp-photo-processing", PROCESSING_THREADS);
    }

    @PreDestroy
    void close() {
        processing.closeAndForget();
    }

    /** The bytes of one variant of a photo, ready to send. */
    record PhotoContent(UUID id, String contentType, byte[] bytes) {
    }

    /** Whether a file's first bytes are those of a photo this feature accepts (JPEG, PNG or WebP). */
    public static boolean isPhoto(byte[] head) {
        return ImageProcessor.Format.detect(head) != null;
    }

    /**
     * Checks, re-encodes and stores an uploaded photo. The file is read and decoded on a worker thread; the
     * result comes back on the caller's Vert.x context, where the transaction then runs. (Not
     * {@code @WithTransaction}: that would hold a database connection while the image is decoded.)
     *
     * @throws ProblemException 413 for a file over 10 MiB or over 40 megapixels, 415 for anything but a
     *                          readable JPEG, PNG or WebP image (delivered as a failed {@code Uni})
     */
    public Uni<PhotoView> add(String ownerKind, UUID ownerId, UUID organisationId, String uploadedBy, Path file,
                              String originalFilename) {
        CurrentUser user = users.current();
        return processing.executeBlocking(Uni.createFrom().item(() -> processor.process(file)), false)
                .flatMap(processed -> Panache.withTransaction(() -> {
                    Photo photo = new Photo();
                    photo.id = UUID.randomUUID();
                    photo.ownerKind = ownerKind;
                    photo.ownerId = ownerId;
                    photo.organisationId = organisationId;
                    photo.uploadedBy = uploadedBy;
                    photo.originalFilename = cleanFilename(originalFilename);
                    photo.contentType = processed.contentType();
                    photo.width = processed.width();
                    photo.height = processed.height();
                    photo.sizeBytes = processed.image().length;
                    photo.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
                    // Decoding took a while: the owner may have been deleted or locked meanwhile. Ask again.
                    return audit.stampTransaction().flatMap(stamped -> access.canWrite(photo, user)).flatMap(allowed -> allowed
                                    ? Uni.createFrom().item(photo)
                                    : Uni.createFrom().<Photo>failure(new ProblemException(ProblemType.NOT_FOUND,
                                            Message.of("detail.photo.photoSOwnerGone"))))
                            .flatMap(photos::persistAndFlush)
                            .call(() -> storage.put(photo.id, PhotoStorage.IMAGE, processed.image()))
                            .call(() -> storage.put(photo.id, PhotoStorage.THUMBNAIL, processed.thumbnail()))
                            .call(() -> access.changed(photo))
                            .map(PhotoService::toView);
                }));
    }

    /** The photos of one owner, oldest first. The caller has checked that the user may see the owner. */
    @WithTransaction
    public Uni<List<PhotoView>> list(String ownerKind, UUID ownerId) {
        return photos.listOf(ownerKind, ownerId).map(found -> found.stream().map(PhotoService::toView).toList());
    }

    /** The photos of many owners of one kind, each owner's oldest first; owners without photos are left out. */
    @WithTransaction
    public Uni<Map<UUID, List<PhotoView>>> listAll(String ownerKind, Collection<UUID> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return photos.listOf(ownerKind, ownerIds).map(found -> {
            Map<UUID, List<PhotoView>> byOwner = new LinkedHashMap<>();
            found.forEach(photo -> byOwner.computeIfAbsent(photo.ownerId, id -> new java.util.ArrayList<>())
                    .add(toView(photo)));
            return byOwner;
        });
    }

    /** How many photos each of the owners has; every owner asked about is in the answer, with 0 if need be. */
    @WithTransaction
    public Uni<Map<UUID, Long>> countByOwner(String ownerKind, Collection<UUID> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return photos.countByOwner(ownerKind, ownerIds).map(counts -> {
            Map<UUID, Long> all = new LinkedHashMap<>();
            ownerIds.forEach(id -> all.put(id, counts.getOrDefault(id, 0L)));
            return all;
        });
    }

    /** The first photo of each owner that has one. */
    @WithTransaction
    public Uni<Map<UUID, PhotoView>> covers(String ownerKind, Collection<UUID> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return photos.listOf(ownerKind, ownerIds).map(found -> {
            Map<UUID, PhotoView> covers = new LinkedHashMap<>();
            found.forEach(photo -> covers.putIfAbsent(photo.ownerId, toView(photo)));
            return covers;
        });
    }

    /**
     * Copies every photo of one owner to another (both variants), e.g. an inventory item's photos to the listing
     * published from it; joins the caller's transaction. The copies belong to the given organisation.
     */
    @WithTransaction
    public Uni<Integer> copyAll(String fromKind, UUID fromId, String toKind, UUID toId, UUID organisationId,
                                String copiedBy) {
        return photos.listOf(fromKind, fromId).flatMap(found -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Photo original : found) {
                Photo copy = new Photo();
                copy.id = UUID.randomUUID();
                copy.ownerKind = toKind;
                copy.ownerId = toId;
                copy.organisationId = organisationId;
                copy.uploadedBy = copiedBy;
                copy.originalFilename = original.originalFilename;
                copy.contentType = original.contentType;
                copy.width = original.width;
                copy.height = original.height;
                copy.sizeBytes = original.sizeBytes;
                copy.createdAt = original.createdAt;
                chain = chain.call(() -> photos.persistAndFlush(copy))
                        .call(() -> copyVariant(original.id, copy.id, PhotoStorage.IMAGE))
                        .call(() -> copyVariant(original.id, copy.id, PhotoStorage.THUMBNAIL));
            }
            return chain.replaceWith(found.size());
        });
    }

    private Uni<Void> copyVariant(UUID from, UUID to, String variant) {
        return storage.get(from, variant).flatMap(bytes -> bytes == null ? Uni.createFrom().voidItem()
                : storage.put(to, variant, bytes));
    }

    /** Deletes every photo of an owner, e.g. when the owner itself is deleted; joins the caller's transaction. */
    @WithTransaction
    public Uni<Void> deleteAllOf(String ownerKind, UUID ownerId) {
        return photos.listOf(ownerKind, ownerId).flatMap(found -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Photo photo : found) {
                chain = chain.call(() -> storage.delete(photo.id)).call(() -> photos.delete(photo));
            }
            return chain;
        });
    }

    /** One variant of a photo for a user who may see it; 404 for everybody else, so that ids reveal nothing. */
    @WithTransaction
    Uni<PhotoContent> content(UUID id, String variant, CurrentUser user) {
        return readable(id, user).flatMap(photo -> storage.get(photo.id, variant).map(bytes -> {
            if (bytes == null) {
                throw notFound();
            }
            return new PhotoContent(photo.id, photo.contentType, bytes);
        }));
    }

    /** 404 for a photo the user may not see, 403 for one they may see but not delete. */
    @WithTransaction
    Uni<Void> delete(UUID id, CurrentUser user) {
        return readable(id, user).call(photo -> access.canWrite(photo, user).invoke(writable -> {
                    if (!writable) {
                        throw new ProblemException(ProblemType.FORBIDDEN, Message.of("detail.photo.maySeePhotoBut"));
                    }
                }))
                .call(photo -> storage.delete(photo.id))
                .call(photo -> photos.delete(photo))
                .call(access::changed)
                .replaceWithVoid();
    }

    private Uni<Photo> readable(UUID id, CurrentUser user) {
        return photos.findById(id)
                .onItem().ifNull().failWith(PhotoService::notFound)
                .call(photo -> access.canRead(photo, user).invoke(readable -> {
                    if (!readable) {
                        throw notFound();
                    }
                }));
    }

    private static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.photo"));
    }

    /** Browsers may send a whole path ({@code C:\fakepath\...}); only the name is worth keeping. */
    static String cleanFilename(String name) {
        if (name == null) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            return null;
        }
        return base.length() > 255 ? base.substring(0, 255) : base;
    }

    static PhotoView toView(Photo photo) {
        String url = "/api/v1/photos/" + photo.id;
        return new PhotoView(photo.id, photo.contentType, photo.width, photo.height, photo.sizeBytes,
                photo.originalFilename, photo.createdAt, url, url + "/thumbnail");
    }
}
