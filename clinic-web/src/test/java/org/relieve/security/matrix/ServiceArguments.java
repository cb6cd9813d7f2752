package org.relieve.security.matrix;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.relieve.audit.AuditAction;
import org.relieve.client.ClientDemographics;
import org.relieve.client.ClientFilter;
import org.relieve.clinical.ClientProfile;
import org.relieve.common.RunAs;
import org.relieve.intake.NewReferral;
import org.relieve.reporting.GroupBy;
import org.relieve.reporting.OutcomeFilter;
import org.relieve.schedule.AppointmentTypeDetails;
import org.relieve.schedule.ClinicSetupService;
import org.relieve.schedule.HoursException;
import org.relieve.schedule.SeriesRequest;
import org.relieve.schedule.WeeklyHours;
import org.relieve.staff.NewStaffAccount;
import org.relieve.staff.StaffAccountChange;
import org.relieve.staff.StaffRole;
import org.relieve.therapy.Amendment;
import org.relieve.therapy.SessionRecordService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Arguments for calling any public service method generically: chosen by the parameter's type and
 * name ({@code clientId} is the matrix client, {@code planId} its active plan, a {@code version} is
 * stale). Every value is valid, so that a refusal can only be about who asks; and writes are aimed
 * so they cannot harm the shared demo data (a stale version makes an update a conflict, account and
 * working-hours writes go to a spare therapist, a room is "added" under a name already taken).
 */
final class ServiceArguments {

    private final MatrixFixture f;
    private final ClinicSetupService setup;
    private final AtomicInteger days = new AtomicInteger();

    ServiceArguments(MatrixFixture fixture, ClinicSetupService setup) {
        this.f = fixture;
        this.setup = setup;
    }

    Object[] of(Method method) {
        Parameter[] parameters = method.getParameters();
        Object[] arguments = new Object[parameters.length];
        OffsetDateTime slot = f.futureSlot();
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = value(method, parameters[i], slot);
        }
        return arguments;
    }

    private Object value(Method method, Parameter parameter, OffsetDateTime slot) {
        Class<?> type = parameter.getType();
        String name = parameter.getName();
        String service = method.getDeclaringClass().getSimpleName();
        if (type == long.class || type == Long.class) {
            return id(service, method.getName(), name);
        }
        if (type == int.class || type == Integer.class) {
            return switch (name) {
                case "minutes" -> 20;
                case "bufferMinutes" -> 0;
                case "max" -> 5;
                default -> throw unknown(method, parameter);
            };
        }
        if (type == boolean.class) {
            return switch (name) {
                case "archived" -> false;
                case "active" -> true;
                case "required" -> false; // "require two-factor for everyone" stays off for the other tests
                default -> throw unknown(method, parameter);
            };
        }
        if (type == String.class) {
            return switch (name) {
                case "reason" -> "Client is unwell";
                case "overrideReason" -> MatrixFixture.OVERRIDE;
                case "name" -> f.roomName; // taken: adding it is a conflict, nothing is created
                case "temporaryPassword" -> "matrix-temporary-password";
                case "currentPassword" -> "not-the-current-password"; // so nobody's password changes
                case "newPassword" -> "matrix-new-password";
                case "username" -> "therapist";
                case "token", "presented" -> "no-such-token";
                case "code" -> "000000"; // a wrong two-factor code: enrolment and sign-in answer with a rule
                case "codeOrPassword" -> "not-the-current-password";
                case "actor" -> "access-matrix";
                case "targetType" -> "AccessMatrix";
                case "detail" -> "access matrix probe";
                default -> throw unknown(method, parameter);
            };
        }
        if (type == OffsetDateTime.class) {
            return switch (name) {
                case "start", "firstStart" -> slot;
                case "end" -> slot.plusMinutes(20);
                case "from" -> OffsetDateTime.now(f.zone()).truncatedTo(ChronoUnit.MINUTES);
                case "to" -> OffsetDateTime.now(f.zone()).truncatedTo(ChronoUnit.MINUTES).plusDays(1);
                default -> throw unknown(method, parameter);
            };
        }
        if (type == LocalDate.class) {
            return name.equals("expiresOn") ? f.today().plusDays(30) : f.today();
        }
        if (type == Instant.class) {
            return Instant.now().minus(1, ChronoUnit.DAYS);
        }
        if (type == UUID.class) {
            return UUID.randomUUID();
        }
        if (type == Object.class) {
            return "probe";
        }
        if (type == Pageable.class) {
            return PageRequest.of(0, 5);
        }
        if (type == ClientFilter.class) {
            return ClientFilter.text(f.lastName);
        }
        if (type == ClientDemographics.class) {
            return new ClientDemographics("Made", "Matrix" + UUID.randomUUID().toString().substring(0, 8),
                    LocalDate.of(1991, 4, 5), null, null, ClientProfile.OTHER, null, null);
        }
        if (type == org.relieve.intake.NewIntake.class) {
            return MatrixFixture.intake();
        }
        if (type == NewReferral.class) {
            return new NewReferral("Dr Rahman", "Please assess", false);
        }
        if (type == org.relieve.plan.NewPlan.class) {
            return f.plan();
        }
        if (type == org.relieve.schedule.Booking.class) {
            return f.booking(slot);
        }
        if (type == SeriesRequest.class) {
            return new SeriesRequest(f.clientId, f.mayaId, f.roomId, slot, 20, null, 1, 1, MatrixFixture.OVERRIDE);
        }
        if (type == org.relieve.therapy.NewSessionRecord.class) {
            return MatrixFixture.sessionRecord();
        }
        if (type == Amendment.class) {
            return new Amendment("Pain after was misheard", null, 3, null, null, null, null, null, null);
        }
        if (type == SessionRecordService.Prefill.class) {
            return SessionRecordService.Prefill.PLAN;
        }
        if (type == AppointmentTypeDetails.class) {
            AppointmentTypeDetails existing = RunAs.user("manager", () -> setup.appointmentTypes().getFirst(), "MANAGER");
            return new AppointmentTypeDetails(existing.id(), existing.name(), existing.minutes(),
                    existing.bufferMinutes(), existing.active(), -1); // stale: a conflict, nothing changes
        }
        if (type == List.class && name.equals("week")) {
            return List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        }
        if (type == HoursException.class) {
            return new HoursException(null, f.today().plusYears(30).plusDays(days.incrementAndGet()),
                    HoursException.Kind.TIME_OFF, null, null,
                    "Access matrix");
        }
        if (type == NewStaffAccount.class) {
            return new NewStaffAccount("matrix-" + UUID.randomUUID().toString().substring(0, 8), "Matrix Made",
                    "Copper-kettle-2958-meadow", Set.of(StaffRole.THERAPIST));
        }
        if (type == StaffAccountChange.class) {
            return new StaffAccountChange("Spare Therapist", Set.of(StaffRole.THERAPIST), true, -1);
        }
        if (type == StaffRole.class) {
            return StaffRole.THERAPIST;
        }
        if (type == AuditAction.class) {
            return AuditAction.VIEW;
        }
        if (type == OutcomeFilter.class) {
            return OutcomeFilter.everything();
        }
        if (type == GroupBy.class) {
            return GroupBy.CAUSE;
        }
        throw unknown(method, parameter);
    }

    private Long id(String service, String method, String name) {
        return switch (name) {
            case "clientId" -> f.clientId;
            case "intakeId" -> f.intakeId;
            // completing the draft is a conflict: the client keeps its active plan for the cells after
            case "planId" -> method.equals("complete") ? f.draftPlanId : f.activePlanId;
            case "appointmentId" -> f.treatedAppointmentId;
            case "roomId" -> f.roomId;
            case "typeId" -> null;
            case "version" -> -1L; // stale on purpose: an allowed update is a conflict and changes nothing
            case "exceptionId" -> -1L;
            case "tokenId" -> -1L; // revoking is for one's own token: AccessTokenApiTest holds those cells
            case "staffAccountId" -> f.spareTherapistId; // has no two-factor: a reset is a rule answer
            // working hours of the spare therapist, not of a demo therapist; everything else is Maya's
            case "therapistId" -> service.equals("ClinicSetupService") ? f.spareTherapistId : f.mayaId;
            case "id" -> switch (service) {
                case "ClientService" -> f.clientId;
                case "AppointmentService" -> f.treatedAppointmentId;
                case "SessionRecordService" -> f.signedRecordId;
                case "StaffService" -> f.spareTherapistId;
                case "ClinicSetupService" -> f.roomId;
                default -> throw new IllegalArgumentException("No id for " + service);
            };
            default -> throw new IllegalArgumentException("No value for a parameter called " + name + " in " + service);
        };
    }

    private static IllegalArgumentException unknown(Method method, Parameter parameter) {
        return new IllegalArgumentException("The access matrix has no argument for " + parameter.getType().getSimpleName()
                + " " + parameter.getName() + " of " + method + "; add one to ServiceArguments");
    }
}
