package org.reformhub.notifications.preference.domain;

import org.reformhub.notifications.rule.domain.Channel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.reformhub.notifications.rule.domain.Severity;

/**
 * What a recipient (a user, a department, an enterprise) chose: an e-mail address of its own, channels switched off
 * per category ({@code report:EMAIL}), quiet hours (no e-mail or webhook at night, held until they end) and a daily
 * digest instead of single e-mails. The inbox always gets everything; critical messages ignore all of it.
 */
public record Preferences(Optional<String> email, Set<String> muted, Optional<LocalTime> quietFrom,
                          Optional<LocalTime> quietUntil, boolean dailyDigest) {

    public static final Preferences NONE = new Preferences(Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), false);

    /** What to do with one message for one channel. */
    public sealed interface Decision {
        record Skip() implements Decision {
        }

        record SendAt(Instant notBefore) implements Decision {
        }

        record Digest() implements Decision {
        }
    }

    public Preferences {
        muted = Set.copyOf(muted);
        if (quietFrom.isPresent() != quietUntil.isPresent()) {
            throw new IllegalArgumentException("quiet hours need a start and an end");
        }
    }

    public static String mutedKey(String category, Channel channel) {
        return category + ":" + channel.name();
    }

    public static Set<String> parseMuted(String stored) {
        return stored == null || stored.isBlank() ? Set.of()
                : Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    public String mutedText() {
        return String.join(",", new TreeSet<>(muted));
    }

    public Decision decide(String category, Severity severity, Channel channel, Instant now, ZoneId zone) {
        if (severity == Severity.CRITICAL || channel == Channel.INBOX) {
            return new Decision.SendAt(now);
        }
        if (muted.contains(mutedKey(category, channel))) {
            return new Decision.Skip();
        }
        if (dailyDigest && channel == Channel.EMAIL) {
            return new Decision.Digest();
        }
        return new Decision.SendAt(quietEnd(now, zone).orElse(now));
    }

    /** When quiet hours that hold at {@code now} end; empty outside them. A period may span midnight (22:00–07:00). */
    public Optional<Instant> quietEnd(Instant now, ZoneId zone) {
        if (quietFrom.isEmpty()) {
            return Optional.empty();
        }
        LocalTime from = quietFrom.get();
        LocalTime until = quietUntil.get();
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        if (from.equals(until)) {
            return Optional.empty();
        }
        if (from.isBefore(until)) { // same day, e.g. 12:00–14:00
            return !time.isBefore(from) && time.isBefore(until) ? Optional.of(day.atTime(until).atZone(zone).toInstant())
                    : Optional.empty();
        }
        if (!time.isBefore(from)) { // evening part of 22:00–07:00
            return Optional.of(day.plusDays(1).atTime(until).atZone(zone).toInstant());
        }
        return time.isBefore(until) ? Optional.of(day.atTime(until).atZone(zone).toInstant()) : Optional.empty();
    }
}
