package org.relieve.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One interval of a therapist's regular week, in the clinic's local time. */
@Entity
@Table(name = "working_hours")
class WorkingHours {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long therapistId;
    private int dayOfWeek;
    private LocalTime starts;
    private LocalTime ends;

    /** Rows are inserted and removed today, never changed in place; the version guards any future edit. */
    @Version
    private long version;

    protected WorkingHours() {
    }

    WorkingHours(long therapistId, WeeklyHours hours) {
        this.therapistId = therapistId;
        this.dayOfWeek = hours.day().getValue();
        this.starts = hours.starts();
        this.ends = hours.ends();
    }

    WeeklyHours toWeeklyHours() {
        return new WeeklyHours(DayOfWeek.of(dayOfWeek), starts, ends);
    }
}
