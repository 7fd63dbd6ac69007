package se.kretslopp.conversation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import se.kretslopp.audit.AuditService;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.conversation.api.AttachmentView;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.photo.PhotoService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Files attached to a message by its author: at most {@value #MAX_PER_MESSAGE}, each a photo (JPEG, PNG or WebP,
 * re-encoded without metadata by the photo feature) or a PDF (which PDFBox must be able to open), at most 10 MiB.
 * The type is told by the content, never by the name or the declared type. Only the thread's participants download
 * them.
 */
@ApplicationScoped
class ConversationAttachments {

    static final int MAX_PER_MESSAGE = 5;
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private enum Kind { PHOTO, PDF }

    private final ConversationService conversations;
    private final MessageRepository messages;
    private final FileRepository files;
    private final PhotoService photos;
    private final CurrentUserService users;
    private final AuditService audit;
    private final Vertx vertx;

    ConversationAttachments(ConversationService conversations, MessageRepository messages, FileRepository files,
                            PhotoService photos, CurrentUserService users, AuditService audit, Vertx vertx) {
        this.conversations = conversations;
        this.messages = messages;
        this.files = files;
        this.photos = photos;
        this.users = users;
        this.audit = audit;
        this.vertx = vertx;
    }

    /** Attaches the uploaded file; the file is checked and read on a worker thread, outside any transaction. */
    Uni<AttachmentView> add(UUID conversationId, UUID messageId, Path file, String filename) {
        CurrentUser user = users.current();
        return Panache.withSession(() -> ownMessage(conversationId, messageId, user)
                        .call(m -> count(messageId).invoke(n -> {
                            if (n >= MAX_PER_MESSAGE) {
                                throw tooMany();
                            }
                        })))
                .flatMap(m -> vertx.executeBlocking(Uni.createFrom().item(() -> kindOf(file))))
                .flatMap(kind -> kind == Kind.PHOTO
                        ? photos.add(ConversationPhotos.OWNER_KIND, messageId, user.organisation().id(), user.username(),
                        file, filename).map(MessageViews::photo)
                        : vertx.executeBlocking(Uni.createFrom().item(() -> readPdf(file)))
                        .flatMap(bytes -> storePdf(conversationId, messageId, user, bytes, filename)));
    }

    /** A PDF for a participant of its thread: as a download, never shown inline. */
    @WithSession
    Uni<Response> download(UUID conversationId, UUID fileId) {
        CurrentUser user = users.current();
        return conversations.readable(conversationId, user).flatMap(c -> files.findById(fileId))
                .flatMap(f -> {
                    if (f == null || !f.conversationId.equals(conversationId)) {
                        throw notFound();
                    }
                    return messages.findById(f.messageId).flatMap(m -> {
                        if (m.hiddenAt != null) {
                            throw notFound();
                        }
                        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                                        "select content from conversation_file where id = :id", byte[].class)
                                .setParameter("id", fileId).getSingleResult())
                                .map(bytes -> Response.ok(bytes, f.contentType)
                                        .header("Content-Disposition", "attachment; filename=\""
                                                + safeName(f.originalFilename) + "\"")
                                        .header("Cache-Control", "private, no-store")
                                        .build());
                    });
                });
    }

    private Uni<AttachmentView> storePdf(UUID conversationId, UUID messageId, CurrentUser user, byte[] bytes,
                                         String filename) {
        ConversationFile f = new ConversationFile();
        f.id = UUID.randomUUID();
        f.messageId = messageId;
        f.conversationId = conversationId;
        f.organisationId = user.organisation().id();
        f.uploadedBy = user.username();
        f.originalFilename = cleanFilename(filename);
        f.contentType = "application/pdf";
        f.sizeBytes = bytes.length;
        f.createdAt = ConversationService.now();
        return Panache.withTransaction(() -> audit.stampTransaction()
                .flatMap(v -> Panache.getSession()).flatMap(session -> session.createNativeQuery(
                                "select id from conversation_message where id = :id for update", UUID.class)
                        .setParameter("id", messageId).getResultList())
                .flatMap(v -> count(messageId)).flatMap(n -> {
                    if (n >= MAX_PER_MESSAGE) {
                        throw tooMany();
                    }
                    return Panache.getSession().flatMap(session -> session.createNativeQuery(
                                    "insert into conversation_file (id, message_id, conversation_id, organisation_id,"
                                            + " uploaded_by, original_filename, content_type, size_bytes, content,"
                                            + " created_at) values (:id, :message, :conversation, :org, :by, :name,"
                                            + " :type, :size, :content, :at)")
                            .setParameter("id", f.id).setParameter("message", messageId)
                            .setParameter("conversation", conversationId).setParameter("org", f.organisationId)
                            .setParameter("by", f.uploadedBy).setParameter("name", f.originalFilename)
                            .setParameter("type", f.contentType).setParameter("size", f.sizeBytes)
                            .setParameter("content", bytes).setParameter("at", f.createdAt).executeUpdate());
                })
                .map(v -> MessageViews.pdf(f)));
    }

    /** The message, if the caller wrote it in a thread they take part in; 404 otherwise. */
    private Uni<ConversationMessage> ownMessage(UUID conversationId, UUID messageId, CurrentUser user) {
        return conversations.readable(conversationId, user).flatMap(c -> messages.findById(messageId)).map(m -> {
            if (m == null || !m.conversationId.equals(conversationId)) {
                throw new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.conversationMessage"));
            }
            if (!isAuthor(m, user)) {
                throw new ProblemException(ProblemType.FORBIDDEN, Message.of("detail.conversation.attachOwn"));
            }
            if (m.hiddenAt != null) {
                throw new ProblemException(ProblemType.CONFLICT, Message.of("detail.conversation.hidden"));
            }
            return m;
        });
    }

    static boolean isAuthor(ConversationMessage m, CurrentUser user) {
        return m != null && user != null && user.organisation() != null
                && m.organisationId.equals(user.organisation().id()) && m.authorUsername.equals(user.username());
    }

    /** The message's attachments of both kinds (photos are the photo feature's rows of owner kind message). */
    static Uni<Long> count(UUID messageId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "select (select count(*) from photo where owner_kind = :kind and owner_id = :id)"
                                + " + (select count(*) from conversation_file where message_id = :id)", Long.class)
                .setParameter("kind", ConversationPhotos.OWNER_KIND).setParameter("id", messageId).getSingleResult());
    }

    static ProblemException tooMany() {
        return new ProblemException(ProblemType.UNPROCESSABLE, Message.of("detail.conversation.tooManyFiles",
                MAX_PER_MESSAGE), List.of(Problem.FieldError.of("file", FieldCode.TOO_MANY, "field.tooMany",
                MAX_PER_MESSAGE).withMax(MAX_PER_MESSAGE)));
    }

    /** The file's kind by its first bytes; 413 when too large, 415 for anything but a photo or a PDF. */
    static Kind kindOf(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Message.of("detail.conversation.fileTooLarge",
                        MAX_BYTES / 1048576), List.of(Problem.FieldError.of("file", FieldCode.TOO_LARGE,
                        "field.file.tooLarge", MAX_BYTES / 1048576).withMax(MAX_BYTES)));
            }
            byte[] head = new byte[12];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
            Kind kind = kindOf(head, read);
            if (kind == null) {
                throw wrongType();
            }
            return kind;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    static Kind kindOf(byte[] head, int length) {
        if (PhotoService.isPhoto(Arrays.copyOf(head, length))) {
            return Kind.PHOTO;
        }
        if (length >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
            return Kind.PDF;
        }
        return null;
    }

    /** The PDF's bytes, once PDFBox has opened it: a file that only starts like a PDF is refused (415). */
    private static byte[] readPdf(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            try (PDDocument document = Loader.loadPDF(bytes)) {
                if (document.getNumberOfPages() < 1) {
                    throw wrongType();
                }
            } catch (IOException e) {
                throw wrongType();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    private static ProblemException wrongType() {
        return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, Message.of("detail.conversation.fileType"),
                List.of(Problem.FieldError.of("file", FieldCode.INVALID_FILE, "field.conversation.fileType")));
    }

    static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.conversationAttachment"));
    }

    static String cleanFilename(String name) {
        if (name == null) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        return base.isEmpty() ? null : base.length() > 255 ? base.substring(0, 255) : base;
    }

    /** A name safe inside the header's quotes: ASCII letters, digits, dot, dash and underscore. */
    static String safeName(String name) {
        String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() ? "bilaga.pdf" : safe;
    }
}
