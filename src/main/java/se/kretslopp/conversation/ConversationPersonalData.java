package se.kretslopp.conversation;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.RowMaps;
import se.kretslopp.identity.api.DataSubject;
import se.kretslopp.identity.api.PersonalData;
import se.kretslopp.identity.api.PersonalDataPart;

import java.util.List;

/**
 * The conversation feature's part of a person's data: the messages they wrote (with the thread's subject, not the
 * other side's messages), the messages they reported and how far they have read each thread.
 */
@ApplicationScoped
class ConversationPersonalData implements PersonalData {

    private final Pool pool;

    ConversationPersonalData(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<List<PersonalDataPart>> about(DataSubject person) {
        Tuple who = Tuple.of(person.organisationId(), person.actor());
        return pool.preparedQuery("""
                        select m.id, m.conversation_id, c.subject_kind, c.subject_id, c.subject_title, m.author_username,
                               m.author_name, m.text, m.created_at, m.hidden_at, m.hidden_reason,
                               (select count(*) from conversation_file f where f.message_id = m.id) as pdf_attachments
                        from conversation_message m join conversation c on c.id = m.conversation_id
                        where m.organisation_id = $1 and m.author_username = $2
                        order by m.created_at, m.id""").execute(who)
                .map(rows -> new PersonalDataPart("messages", "conversation", "The messages you wrote in your"
                        + " organisation's conversations.", RowMaps.of(rows)))
                .flatMap(messages -> pool.preparedQuery("""
                                select r.message_id, r.reason, r.created_at from conversation_report r
                                where r.organisation_id = $1 and r.username = $2 order by r.created_at, r.id""")
                        .execute(who)
                        .map(rows -> new PersonalDataPart("messageReports", "conversation", "The messages you"
                                + " reported to the moderators, with your reason.", RowMaps.of(rows)))
                        .flatMap(reports -> pool.preparedQuery("""
                                        select conversation_id, read_at from conversation_read
                                        where organisation_id = $1 and username = $2 order by conversation_id""")
                                .execute(who)
                                .map(rows -> List.of(messages, reports, new PersonalDataPart("conversationsRead",
                                        "conversation", "How far you have read each conversation.",
                                        RowMaps.of(rows))))));
    }
}
