package org.relieve.schedule;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A booked time: client, therapist, room. The database refuses any overlap (see V003). */
@Entity
@Table(name = "appointment")
class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long clientId;
    private long therapistId;
    private long roomId;
    private Long typeId;
    private Instant startsAt;
    private Instant endsAt;
    private Instant blockedUntil;

    @Enumerated(EnumType.STRING)
    private AppointmentStatus status = AppointmentStatus.BOOKED;

    private String cancellationReason;
    private String overrideReason;
    private String notes;
    private UUID seriesId;

    @Column(updatable = false)
    private Instant createdAt;

    @Column(updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected Appointment() {
    }

    Appointment(Booking booking, int bufferMinutes, UUID seriesId, Instant createdAt, String createdBy) {
        this.clientId = booking.clientId();
        this.therapistId = booking.therapistId();
        this.roomId = booking.roomId();
        this.typeId = booking.typeId();
        this.notes = booking.notes();
        this.overrideReason = blankToNull(booking.overrideReason());
        this.seriesId = seriesId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        moveTo(booking.start().toInstant(), booking.end().toInstant(), bufferMinutes);
    }

    void moveTo(Instant start, Instant end, int bufferMinutes) {
        this.startsAt = start;
        this.endsAt = end;
        this.blockedUntil = end.plusSeconds(bufferMinutes * 60L);
    }

    void moveToRoom(long roomId) {
        this.roomId = roomId;
    }

    void setOverrideReason(String reason) {
        this.overrideReason = blankToNull(reason);
    }

    void changeStatus(AppointmentStatus status) {
        this.status = status;
    }

    void cancel(String reason) {
        this.status = AppointmentStatus.CANCELLED;
        this.cancellationReason = reason;
    }

    Long getId() {
        return id;
    }

    long getClientId() {
        return clientId;
    }

    long getTherapistId() {
        return therapistId;
    }

    long getRoomId() {
        return roomId;
    }

    Long getTypeId() {
        return typeId;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    Instant getBlockedUntil() {
        return blockedUntil;
    }

    AppointmentStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }

    String getCancellationReason() {
        return cancellationReason;
    }

    String getOverrideReason() {
        return overrideReason;
    }

    String getNotes() {
        return notes;
    }

    UUID getSeriesId() {
        return seriesId;
    }

    int bufferMinutes() {
        return (int) ((blockedUntil.getEpochSecond() - endsAt.getEpochSecond()) / 60);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
