package org.reformhub.notifications.preference.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.reformhub.notifications.rule.domain.Channel;
import org.reformhub.notifications.rule.domain.Severity;
import org.reformhub.kernel.city.CityTime;

class PreferencesTest {

    private final Preferences nights = new Preferences(Optional.empty(), Set.of("report:EMAIL"),
            Optional.of(LocalTime.of(22, 0)), Optional.of(LocalTime.of(7, 0)), false);

    private static Instant at(String cityTime) {
        return java.time.LocalDateTime.parse(cityTime).atZone(CityTime.ZONE).toInstant();
    }

    @Test
    void quiet_hours_across_midnight_hold_messages_until_morning() {
        assertEquals(at("2026-11-29T07:00"), nights.quietEnd(at("2026-11-28T23:30"), CityTime.ZONE).orElseThrow());
        assertEquals(at("2026-11-28T07:00"), nights.quietEnd(at("2026-11-28T02:00"), CityTime.ZONE).orElseThrow());
        assertTrue(nights.quietEnd(at("2026-11-28T07:00"), CityTime.ZONE).isEmpty());
        assertTrue(nights.quietEnd(at("2026-11-28T21:59"), CityTime.ZONE).isEmpty());
        var decision = nights.decide("appeal", Severity.INFO, Channel.WEBHOOK, at("2026-11-28T23:30"), CityTime.ZONE);
        assertEquals(new Preferences.Decision.SendAt(at("2026-11-29T07:00")), decision);
    }

    @Test
    void quiet_hours_within_a_day() {
        Preferences lunch = new Preferences(Optional.empty(), Set.of(), Optional.of(LocalTime.NOON),
                Optional.of(LocalTime.of(14, 0)), false);
        assertEquals(at("2026-11-28T14:00"), lunch.quietEnd(at("2026-11-28T12:30"), CityTime.ZONE).orElseThrow());
        assertTrue(lunch.quietEnd(at("2026-11-28T15:00"), CityTime.ZONE).isEmpty());
    }

    @Test
    void muted_channels_are_skipped_and_the_inbox_always_gets_everything() {
        assertInstanceOf(Preferences.Decision.Skip.class, nights.decide("report", Severity.WARNING, Channel.EMAIL,
                at("2026-11-28T10:00"), CityTime.ZONE));
        assertEquals(new Preferences.Decision.SendAt(at("2026-11-28T10:00")), nights.decide("report", Severity.WARNING,
                Channel.INBOX, at("2026-11-28T10:00"), CityTime.ZONE));
    }

    @Test
    void critical_messages_ignore_every_preference() {
        Preferences digestAtNight = new Preferences(Optional.empty(), Set.of("appeal:EMAIL"), Optional.of(LocalTime.of(22, 0)),
                Optional.of(LocalTime.of(7, 0)), true);
        assertEquals(new Preferences.Decision.SendAt(at("2026-11-28T23:00")), digestAtNight.decide("appeal", Severity.CRITICAL,
                Channel.EMAIL, at("2026-11-28T23:00"), CityTime.ZONE));
    }

    @Test
    void a_digest_collects_e_mails_but_not_webhook_calls() {
        Preferences digest = new Preferences(Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), true);
        assertInstanceOf(Preferences.Decision.Digest.class, digest.decide("measure", Severity.INFO, Channel.EMAIL,
                at("2026-11-28T10:00"), CityTime.ZONE));
        assertInstanceOf(Preferences.Decision.SendAt.class, digest.decide("measure", Severity.INFO, Channel.WEBHOOK,
                at("2026-11-28T10:00"), CityTime.ZONE));
    }

    @Test
    void muted_pairs_are_stored_as_text() {
        assertEquals(Set.of("report:EMAIL", "appeal:WEBHOOK"), Preferences.parseMuted(" report:EMAIL,appeal:WEBHOOK ,"));
        assertEquals("report:EMAIL", nights.mutedText());
    }
}
