package org.reformhub.appeals.note.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.reformhub.appeals.appeal.domain.AppealActor;
import org.reformhub.appeals.appeal.domain.AppealRejection;

import static org.reformhub.appeals.AppealTexts.text;

/**
 * 内部备注: a line the office or a handling unit keeps on a case for each other (who was phoned, what is agreed
 * off the record). Kept apart from the case's timeline, so nothing in it reaches the enterprise; written once,
 * never edited, like a file note.
 */
public class InternalNote {

    public static final int MAX_LENGTH = 4000;

    private UUID id;
    private UUID appealId;
    private String author;
    private String authorDept;
    private String body;
    private Instant writtenAt;

    protected InternalNote() {
        // JPA (mapped in META-INF/orm.xml)
    }

    private InternalNote(UUID appealId, AppealActor author, String body, Instant at) {
        this.id = UUID.randomUUID();
        this.appealId = appealId;
        this.author = author.name();
        this.authorDept = author.dept();
        this.body = body;
        this.writtenAt = at;
    }

    /** Staff and units write notes; an enterprise never sees or writes one. */
    public static Optional<AppealRejection> mayWrite(AppealActor actor) {
        return actor.staff() || (actor.dept() != null && actor.uscc() == null) ? Optional.empty()
                : Optional.of(new AppealRejection.NotAllowed(text("note.staff-only")));
    }

    public static InternalNote write(UUID appealId, AppealActor author, String body, Instant at) {
        return new InternalNote(appealId, author, body.strip(), at);
    }

    public UUID id() {
        return id;
    }

    public UUID appealId() {
        return appealId;
    }

    public String author() {
        return author;
    }

    public String authorDept() {
        return authorDept;
    }

    public String body() {
        return body;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
