package org.relieve.reporting.testdata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.relieve.clinical.ClientProfile;
import org.relieve.clinical.PainCause;
import org.relieve.clinical.Technique;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes clinical history straight into the tables, the way years of use would have left it:
 * staff, rooms, clients, intakes, completed appointments with signed session records, amendments.
 * A signed record's parts go in while it is a draft; then it is signed, as the service does it, and
 * the schema's triggers lock it.
 */
public final class OutcomeData {

    /** Every account made here signs in over HTTP Basic with this password. */
    public static final String PASSWORD = "outcome-test";

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    public OutcomeData(JdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    public long staff(String username, String displayName, String role) {
        jdbc.update("insert into staff_account (username, display_name, password_hash) values (?, ?, ?) "
                + "on conflict (username) do nothing", username, displayName, "{noop}" + PASSWORD);
        jdbc.update("insert into staff_account_role (staff_account_id, role) select id, ? from staff_account "
                + "where username = ? on conflict do nothing", role, username);
        return jdbc.queryForObject("select id from staff_account where username = ?", Long.class, username);
    }

    public long room(String name) {
        jdbc.update("insert into room (name) values (?) on conflict (name) do nothing", name);
        return jdbc.queryForObject("select id from room where name = ?", Long.class, name);
    }

    public long client(String lastName, ClientProfile profile, Long primaryTherapist) {
        return jdbc.queryForObject("""
                insert into client (first_name, last_name, date_of_birth, profile, primary_therapist_id, created_by)
                values ('Outcome', ?, date '1980-05-05', ?, ?, 'outcome-test') returning id""",
                Long.class, lastName, profile.name(), primaryTherapist);
    }

    public long intake(long client, LocalDate assessedOn, int painScore, PainCause primaryCause, long author) {
        long id = jdbc.queryForObject("""
                insert into intake_assessment (client_id, assessed_on, chief_complaint, pain_score, symptom_weeks, acuity,
                                               primary_cause, fascial_restriction, author_id)
                values (?, ?, 'Back pain', ?, 20, 'CHRONIC', ?, false, ?) returning id""",
                Long.class, client, assessedOn, painScore, primaryCause.name(), author);
        jdbc.update("insert into intake_cause (intake_id, cause) values (?, ?)", id, primaryCause.name());
        return id;
    }

    /** A completed 60-minute appointment at a clinic-local time and its signed record. */
    public long signedSession(long client, long therapist, long room, LocalDateTime start, int painBefore, int painAfter,
                              Technique... techniques) {
        long record = draft(client, therapist, room, start, painBefore, painAfter, techniques);
        jdbc.update("update session_record set status = 'SIGNED', signed_at = created_at, signed_by = author_id "
                + "where id = ?", record);
        return record;
    }

    /** A record left as a draft: not an outcome yet. */
    public long draft(long client, long therapist, long room, LocalDateTime start, int painBefore, int painAfter,
                      Technique... techniques) {
        OffsetDateTime begins = start.atZone(zone).toOffsetDateTime();
        long appointment = jdbc.queryForObject("""
                insert into appointment (client_id, therapist_id, room_id, starts_at, ends_at, blocked_until, status, created_by)
                values (?, ?, ?, ?, ?, ?, 'COMPLETED', 'outcome-test') returning id""", Long.class,
                client, therapist, room, begins, begins.plusMinutes(60), begins.plusMinutes(60));
        long record = jdbc.queryForObject("""
                insert into session_record (appointment_id, client_id, author_id, pain_before, pain_after, created_at)
                values (?, ?, ?, ?, ?, ?) returning id""", Long.class,
                appointment, client, therapist, painBefore, painAfter, begins.plusMinutes(60));
        for (int i = 0; i < techniques.length; i++) {
            jdbc.update("""
                    insert into technique_application (session_record_id, position, technique, region, side, pressure, minutes)
                    values (?, ?, ?, 'LUMBAR_PARASPINAL', 'BOTH', 'MODERATE', 10)""", record, i + 1, techniques[i].name());
        }
        return record;
    }

    /** An amendment correcting either score (null leaves it as it was). */
    public void amend(long record, Integer painBefore, Integer painAfter, long author, OffsetDateTime at) {
        jdbc.update("""
                insert into session_amendment (session_record_id, reason, author_id, created_at, pain_before, pain_after)
                values (?, 'Score misheard', ?, ?, ?, ?)""", record, author, at, painBefore, painAfter);
    }
}
