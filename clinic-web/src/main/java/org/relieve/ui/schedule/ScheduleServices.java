package org.relieve.ui.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.relieve.client.ClientService;
import org.relieve.common.ClinicProperties;
import org.relieve.plan.PlanService;
import org.relieve.schedule.AppointmentService;
import org.relieve.schedule.ClinicSetupService;
import org.relieve.schedule.SeriesBookingService;
import org.relieve.staff.StaffService;
import org.springframework.stereotype.Component;

/**
 * The application services the schedule screens call, in one bundle so that views and dialogs do
 * not each take seven constructor arguments. Only services: never repositories.
 */
@Component
class ScheduleServices {

    final AppointmentService appointments;
    final SeriesBookingService series;
    final ClinicSetupService setup;
    final ClientService clients;
    final PlanService plans;
    final StaffService staff;
    final ZoneId zone;
    private final Clock clock;

    ScheduleServices(AppointmentService appointments, SeriesBookingService series, ClinicSetupService setup,
                     ClientService clients, PlanService plans, StaffService staff, ClinicProperties clinic, Clock clock) {
        this.appointments = appointments;
        this.series = series;
        this.setup = setup;
        this.clients = clients;
        this.plans = plans;
        this.staff = staff;
        this.zone = clinic.zone();
        this.clock = clock;
    }

    /** The clinic's date, which is not the server's when they sit in different zones. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    java.time.ZonedDateTime now() {
        return clock.instant().atZone(zone);
    }
}
