package se.kretslopp.conversation;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class ConversationRepository implements PanacheRepositoryBase<Conversation, UUID> {
}
