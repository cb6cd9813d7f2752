package org.relieve.reporting.testdata;

import static org.relieve.clinical.Technique.EFFLEURAGE;
import static org.relieve.clinical.Technique.MYOFASCIAL_RELEASE;
import static org.relieve.clinical.Technique.PETRISSAGE;
import static org.relieve.clinical.Technique.TRIGGER_POINT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.relieve.clinical.ClientProfile;
import org.relieve.clinical.PainCause;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A crafted year 2035 whose report numbers are worked out by hand (see the tests). Two
 * therapists of its own ({@code rpt-a}, {@code rpt-b}, password {@link OutcomeData#PASSWORD}), two
 * rooms, and eight clients:
 *
 * <pre>
 * client  cause / profile          primary  intake  sessions (date: before→after techniques, author)
 * A1      POSTURE / OFFICE_WORKER  a        6       03-05 6→4 E,TP,E · 03-12 4→3 E · 04-02 3→2 E,MFR  (+ draft 04-10 0→0)
 * A2      POSTURE / OFFICE_WORKER  a        8       03-06 8→6 E · 04-03 7→5 E,TP (by b)
 * A3      POSTURE / OFFICE_WORKER  a        5       03-07 5→4 E,P · 03-14 4→3 E · 04-04 3→2 E
 * A4      POSTURE / OFFICE_WORKER  a        10      03-08 9→7 E · 04-05 8→7 E
 * A5      POSTURE / OFFICE_WORKER  a        4       03-09 4→4 E, amended: before 2, then after 1
 * B1      STRAIN / ATHLETE         b        7       03-05 7→5 E,P · 03-19 4→3 P
 * B2      STRAIN / ATHLETE         b        6       03-06 6→5 E
 * B3      STRAIN / ATHLETE         b        5       03-07 5→3 P · 04-10 2→1 P
 * </pre>
 *
 * Intakes are dated 2035-02-20, all sessions are by rpt-a except where marked. Written once per
 * database; later calls find it.
 */
public final class OutcomeDataset {

    public static final LocalDate FIRST_DAY = LocalDate.of(2035, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2035, 12, 31);

    public final long therapistA;
    public final long therapistB;
    public final long a1;
    public final long a2;
    public final long a5;
    public final long b1;

    private OutcomeDataset(long therapistA, long therapistB, long a1, long a2, long a5, long b1) {
        this.therapistA = therapistA;
        this.therapistB = therapistB;
        this.a1 = a1;
        this.a2 = a2;
        this.a5 = a5;
        this.b1 = b1;
    }

    public static synchronized OutcomeDataset in(JdbcTemplate jdbc, ZoneId zone) {
        OutcomeData data = new OutcomeData(jdbc, zone);
        long a = data.staff("rpt-a", "Ana Outcome", "THERAPIST");
        long b = data.staff("rpt-b", "Budi Outcome", "THERAPIST");
        var existing = jdbc.queryForList("select last_name, id from client where created_by = 'outcome-test'");
        if (!existing.isEmpty()) {
            java.util.Map<String, Long> ids = new java.util.HashMap<>();
            existing.forEach(row -> ids.put((String) row.get("last_name"), ((Number) row.get("id")).longValue()));
            return new OutcomeDataset(a, b, ids.get("A1"), ids.get("A2"), ids.get("A5"), ids.get("B1"));
        }
        long r1 = data.room("Outcome room 1");
        long r2 = data.room("Outcome room 2");
        LocalDate intakeDay = LocalDate.of(2035, 2, 20);

        long a1 = posture(data, "A1", a, intakeDay, 6);
        data.signedSession(a1, a, r1, at(3, 5), 6, 4, EFFLEURAGE, TRIGGER_POINT, EFFLEURAGE);
        data.signedSession(a1, a, r1, at(3, 12), 4, 3, EFFLEURAGE);
        data.signedSession(a1, a, r1, at(4, 2), 3, 2, EFFLEURAGE, MYOFASCIAL_RELEASE);
        data.draft(a1, a, r1, at(4, 10), 0, 0, EFFLEURAGE);

        long a2 = posture(data, "A2", a, intakeDay, 8);
        data.signedSession(a2, a, r1, at(3, 6), 8, 6, EFFLEURAGE);
        data.signedSession(a2, b, r2, at(4, 3), 7, 5, EFFLEURAGE, TRIGGER_POINT);

        long a3 = posture(data, "A3", a, intakeDay, 5);
        data.signedSession(a3, a, r1, at(3, 7), 5, 4, EFFLEURAGE, PETRISSAGE);
        data.signedSession(a3, a, r1, at(3, 14), 4, 3, EFFLEURAGE);
        data.signedSession(a3, a, r1, at(4, 4), 3, 2, EFFLEURAGE);

        long a4 = posture(data, "A4", a, intakeDay, 10);
        data.signedSession(a4, a, r1, at(3, 8), 9, 7, EFFLEURAGE);
        data.signedSession(a4, a, r1, at(4, 5), 8, 7, EFFLEURAGE);

        long a5 = posture(data, "A5", a, intakeDay, 4);
        long misheard = data.signedSession(a5, a, r1, at(3, 9), 4, 4, EFFLEURAGE);
        data.amend(misheard, 2, null, a, at(3, 10).atOffset(ZoneOffset.UTC));
        data.amend(misheard, null, 1, a, at(3, 11).atOffset(ZoneOffset.UTC));

        long b1 = strain(data, "B1", b, intakeDay, 7);
        data.signedSession(b1, b, r2, at(3, 5), 7, 5, EFFLEURAGE, PETRISSAGE);
        data.signedSession(b1, b, r2, at(3, 19), 4, 3, PETRISSAGE);

        long b2 = strain(data, "B2", b, intakeDay, 6);
        data.signedSession(b2, b, r2, at(3, 6), 6, 5, EFFLEURAGE);

        long b3 = strain(data, "B3", b, intakeDay, 5);
        data.signedSession(b3, b, r2, at(3, 7), 5, 3, PETRISSAGE);
        data.signedSession(b3, b, r2, at(4, 10), 2, 1, PETRISSAGE);

        return new OutcomeDataset(a, b, a1, a2, a5, b1);
    }

    private static long posture(OutcomeData data, String name, long therapist, LocalDate on, int pain) {
        long client = data.client(name, ClientProfile.OFFICE_WORKER, therapist);
        data.intake(client, on, pain, PainCause.POSTURE_SEDENTARY, therapist);
        return client;
    }

    private static long strain(OutcomeData data, String name, long therapist, LocalDate on, int pain) {
        long client = data.client(name, ClientProfile.ATHLETE, therapist);
        data.intake(client, on, pain, PainCause.MUSCLE_STRAIN, therapist);
        return client;
    }

    /** 10:00 clinic time on a day of 2035; each client's sessions are on days of their own. */
    private static LocalDateTime at(int month, int day) {
        return LocalDateTime.of(2035, month, day, 10, 0);
    }
}
