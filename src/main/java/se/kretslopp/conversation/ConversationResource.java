package se.kretslopp.conversation;

import io.quarkus.security.Authenticated;
import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.kretslopp.common.ConcurrentWrites;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Idempotency;
import se.kretslopp.common.Locations;
import se.kretslopp.common.Message;
import se.kretslopp.common.Page;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.QueryParams;
import se.kretslopp.conversation.api.AttachmentView;
import se.kretslopp.conversation.api.ConversationStart;
import se.kretslopp.conversation.api.ConversationView;
import se.kretslopp.conversation.api.MessageRequest;
import se.kretslopp.conversation.api.MessageView;
import se.kretslopp.conversation.api.ReportRequest;
import se.kretslopp.conversation.api.UnreadCount;

import java.util.List;
import java.util.UUID;

/** Conversations of the caller's organisation (docs/conversations.md). */
@Path("/v1/conversations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class ConversationResource {

    private final ConversationService conversations;
    private final ConversationAttachments attachments;
    private final ModerationService moderation;

    ConversationResource(ConversationService conversations, ConversationAttachments attachments,
                         ModerationService moderation) {
        this.conversations = conversations;
        this.attachments = attachments;
        this.moderation = moderation;
    }

    @GET
    @Operation(summary = "Your organisation's conversations, the most recently active first, each with its subject,"
            + " the other party, the last message and how many messages you have not read (unread=true: only those"
            + " with unread messages)")
    @APIResponse(responseCode = "200", description = "A page of conversations")
    @APIResponse(responseCode = "400", description = "A bad query parameter, named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<ConversationView>> inbox(@RestQuery String unread, @RestQuery String page,
                                             @RestQuery String size) {
        return conversations.inbox(QueryParams.bool(unread, false, "unread"), QueryParams.page(page),
                QueryParams.size(size));
    }

    @POST
    @Operation(summary = "Start your organisation's conversation about a listing, a reservation or a wanted request,"
            + " or get the one there is. Idempotent with an Idempotency-Key header")
    @APIResponse(responseCode = "201", description = "A new conversation",
            content = @Content(schema = @Schema(implementation = ConversationView.class)))
    @APIResponse(responseCode = "200", description = "The conversation there already was",
            content = @Content(schema = @Schema(implementation = ConversationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, fields named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An unknown subject, or your own organisation's (subjectId)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<Response> start(@HeaderParam(Idempotency.HEADER) String key,
                               @Valid @NotNull ConversationStart request) {
        return conversations.start(request, key);
    }

    @GET
    @Path("/unread")
    @Operation(summary = "How many messages of the other parties you have not read, in all your conversations")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = UnreadCount.class)))
    public Uni<UnreadCount> unread() {
        return conversations.unread();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One conversation of your organisation")
    @APIResponse(responseCode = "200", description = "The conversation",
            content = @Content(schema = @Schema(implementation = ConversationView.class)))
    @APIResponse(responseCode = "404", description = "No such conversation of your organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ConversationView> get(@RestPath UUID id) {
        return conversations.get(id);
    }

    @GET
    @Path("/{id}/messages")
    @Operation(summary = "The conversation's messages, newest first; a hidden message without its text")
    @APIResponse(responseCode = "200", description = "A page of messages")
    @APIResponse(responseCode = "404", description = "No such conversation of your organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<MessageView>> messages(@RestPath UUID id, @RestQuery String page, @RestQuery String size) {
        return conversations.messages(id, QueryParams.page(page), QueryParams.size(size));
    }

    @POST
    @Path("/{id}/messages")
    @Operation(summary = "Write a message (plain text, 1 to 4,000 characters once trimmed); the other organisation's"
            + " people are notified. Rate-limited per person; idempotent with an Idempotency-Key header")
    @APIResponse(responseCode = "201", description = "The message",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "400", description = "Empty or too long text, named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such conversation of your organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many messages; Retry-After says when to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<Response> post(@RestPath UUID id, @HeaderParam(Idempotency.HEADER) String key,
                              @Valid @NotNull MessageRequest request) {
        return conversations.post(id, request, key);
    }

    @POST
    @Path("/{id}/messages/{messageId}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a file to your message (form field 'file': a JPEG, PNG or WebP photo, re-encoded,"
            + " or a PDF; at most 10 MiB, at most 5 per message; the type is told by the content)")
    @APIResponse(responseCode = "201", description = "The attachment",
            content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "403", description = "Not your message",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such message in a conversation of your organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The file is too large (file)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Neither a photo nor a PDF (file)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The message has 5 attachments already (file)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> attach(@RestPath UUID id, @RestPath UUID messageId, @RestForm("file") FileUpload file) {
        if (file == null) {
            throw new ProblemException(ProblemType.VALIDATION, Message.of("detail.conversation.fileMissing"),
                    List.of(Problem.FieldError.of("file", FieldCode.NOT_NULL, "field.file.required")));
        }
        return attachments.add(id, messageId, file.uploadedFile(), file.fileName())
                .map(a -> Response.created(Locations.of(a.url())).entity(a).build());
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a PDF attached to a message of the conversation (photos: their url)")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment")
    @APIResponse(responseCode = "404", description = "No such attachment in a conversation of your organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> download(@RestPath UUID id, @RestPath UUID attachmentId) {
        return attachments.download(id, attachmentId);
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark the conversation read up to now, for you")
    @APIResponse(responseCode = "200", description = "The conversation, with no unread messages",
            content = @Content(schema = @Schema(implementation = ConversationView.class)))
    @APIResponse(responseCode = "404", description = "No such conversation of your organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<Response> read(@RestPath UUID id, @HeaderParam(Idempotency.HEADER) String key) {
        return conversations.read(id, key);
    }

    @POST
    @Path("/{id}/messages/{messageId}/report")
    @Operation(summary = "Report a message to the moderators, with the reason (once per message and person)")
    @APIResponse(responseCode = "204", description = "Reported")
    @APIResponse(responseCode = "400", description = "No reason, or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such message in a conversation of your organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<Response> report(@RestPath UUID id, @RestPath UUID messageId,
                                @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull ReportRequest request) {
        return moderation.report(id, messageId, request, key);
    }
}
