package se.kretslopp.conversation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.photo.api.PhotoOwnerAccess;

import java.util.UUID;

/**
 * Photos attached to a message: seen by the people of the thread's two organisations, added by the message's
 * author while the message has room (checked again under the message's lock, in the photo's transaction, so that
 * uploads at once cannot pass the limit), never deleted through the photo feature.
 */
@ApplicationScoped
class ConversationPhotos implements PhotoOwnerAccess {

    static final String OWNER_KIND = "conversation-message";

    private final MessageRepository messages;
    private final ConversationRepository conversations;

    ConversationPhotos(MessageRepository messages, ConversationRepository conversations) {
        this.messages = messages;
        this.conversations = conversations;
    }

    @Override
    public String ownerKind() {
        return OWNER_KIND;
    }

    @Override
    @WithSession
    public Uni<Boolean> canRead(UUID ownerId, CurrentUser user) {
        if (user == null || user.organisation() == null) {
            return Uni.createFrom().item(false);
        }
        return messages.findById(ownerId).flatMap(m -> m == null || m.hiddenAt != null
                ? Uni.createFrom().item(false)
                : conversations.findById(m.conversationId)
                .map(c -> c != null && c.hasParticipant(user.organisation().id())));
    }

    @Override
    public Uni<Boolean> canWrite(UUID ownerId, CurrentUser user) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "select id from conversation_message where id = :id for update", UUID.class)
                .setParameter("id", ownerId).getResultList())
                .flatMap(locked -> locked.isEmpty() ? Uni.createFrom().item(false)
                        : messages.findById(ownerId).flatMap(m -> {
                    if (!ConversationAttachments.isAuthor(m, user)) {
                        return Uni.createFrom().item(false);
                    }
                    return ConversationAttachments.count(ownerId).map(n -> {
                        if (n >= ConversationAttachments.MAX_PER_MESSAGE) {
                            throw ConversationAttachments.tooMany();
                        }
                        return true;
                    });
                }));
    }
}
