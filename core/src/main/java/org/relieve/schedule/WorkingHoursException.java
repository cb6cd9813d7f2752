package org.relieve.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "working_hours_exception")
class WorkingHoursException {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long therapistId;
    private LocalDate onDate;

    @Enumerated(EnumType.STRING)
    private HoursException.Kind kind;

    private LocalTime starts;
    private LocalTime ends;
    private String note;

    /** Rows are inserted and removed today, never changed in place; the version guards any future edit. */
    @Version
    private long version;

    protected WorkingHoursException() {
    }

    WorkingHoursException(long therapistId, HoursException exception) {
        this.therapistId = therapistId;
        this.onDate = exception.date();
        this.kind = exception.kind();
        this.starts = exception.starts();
        this.ends = exception.ends();
        this.note = exception.note();
    }

    long getTherapistId() {
        return therapistId;
    }

    HoursException toException() {
        return new HoursException(id, onDate, kind, starts, ends, note);
    }
}
