package org.relieve.schedule;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "appointment_type")
class AppointmentType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private int minutes;
    private int bufferMinutes;
    private boolean active = true;

    @Version
    private long version;

    protected AppointmentType() {
    }

    AppointmentType(AppointmentTypeDetails details) {
        apply(details);
    }

    void apply(AppointmentTypeDetails details) {
        this.name = details.name().strip();
        this.minutes = details.minutes();
        this.bufferMinutes = details.bufferMinutes();
        this.active = details.active();
    }

    long getVersion() {
        return version;
    }

    AppointmentTypeDetails toDetails() {
        return new AppointmentTypeDetails(id, name, minutes, bufferMinutes, active, version);
    }
}
