package se.kretslopp.conversation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.conversation.api.AttachmentView;
import se.kretslopp.conversation.api.MessageView;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.organisation.OrganisationService;
import se.kretslopp.photo.PhotoService;
import se.kretslopp.photo.api.PhotoView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Messages as participants see them: a hidden message without its text and attachments. */
@ApplicationScoped
class MessageViews {

    private final FileRepository files;
    private final PhotoService photos;
    private final OrganisationService organisations;

    MessageViews(FileRepository files, PhotoService photos, OrganisationService organisations) {
        this.files = files;
        this.photos = photos;
        this.organisations = organisations;
    }

    Uni<List<MessageView>> of(List<ConversationMessage> found, CurrentUser user) {
        return of(found, user, true);
    }

    /** In the order given; {@code withAttachments}: false for the inbox's last messages. */
    Uni<List<MessageView>> of(List<ConversationMessage> found, CurrentUser user, boolean withAttachments) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<UUID> ids = new HashSet<>();
        Set<UUID> orgIds = new HashSet<>();
        found.forEach(m -> {
            ids.add(m.id);
            orgIds.add(m.organisationId);
        });
        Uni<Map<UUID, List<AttachmentView>>> attachments = withAttachments ? attachments(ids)
                : Uni.createFrom().item(Map.of());
        return attachments.flatMap(byMessage -> organisations.findByIds(orgIds).map(orgs -> found.stream()
                .map(m -> {
                    boolean hidden = m.hiddenAt != null;
                    return new MessageView(m.id, m.conversationId, ConversationService.ref(orgs, m.organisationId),
                            m.authorUsername, m.authorName, hidden ? null : m.text, m.createdAt,
                            user.organisation() != null && m.organisationId.equals(user.organisation().id())
                                    && m.authorUsername.equals(user.username()),
                            hidden, m.hiddenAt, hidden ? List.of() : byMessage.getOrDefault(m.id, List.of()));
                }).toList()));
    }

    /** The photos and PDFs of the messages, each message's in the order they were added. */
    Uni<Map<UUID, List<AttachmentView>>> attachments(Set<UUID> messageIds) {
        return photos.listAll(ConversationPhotos.OWNER_KIND, messageIds).flatMap(byOwner -> files
                .list("messageId in ?1", new ArrayList<>(messageIds))
                .map(pdfs -> {
                    Map<UUID, List<AttachmentView>> all = new HashMap<>();
                    byOwner.forEach((message, list) -> list.forEach(p -> all.computeIfAbsent(message,
                            k -> new ArrayList<>()).add(photo(p))));
                    pdfs.stream().sorted(java.util.Comparator.comparing((ConversationFile f) -> f.createdAt)
                                    .thenComparing(f -> f.id))
                            .forEach(f -> all.computeIfAbsent(f.messageId, k -> new ArrayList<>()).add(pdf(f)));
                    return all;
                }));
    }

    static AttachmentView photo(PhotoView p) {
        return new AttachmentView(p.id(), AttachmentView.Kind.PHOTO, p.contentType(), p.originalFilename(),
                p.sizeBytes(), p.url(), p.thumbnailUrl());
    }

    static AttachmentView pdf(ConversationFile f) {
        return new AttachmentView(f.id, AttachmentView.Kind.PDF, f.contentType, f.originalFilename, f.sizeBytes,
                "/api/v1/conversations/" + f.conversationId + "/attachments/" + f.id, null);
    }
}
