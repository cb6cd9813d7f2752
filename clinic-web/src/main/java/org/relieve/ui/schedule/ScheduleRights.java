package org.relieve.ui.schedule;

import java.util.Optional;

import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.ui.CurrentStaff;

/**
 * What the signed-in person may do on the schedule (design §6): the front desk writes every
 * appointment, a therapist their own, a manager only reads. The services enforce the same rules;
 * the views use this only to hide what would be refused.
 */
record ScheduleRights(boolean frontDesk, Long therapistId) {

    static ScheduleRights of(CurrentStaff currentStaff) {
        Optional<StaffMember> me = currentStaff.member();
        boolean frontDesk = me.map(member -> member.hasRole(StaffRole.FRONT_DESK)).orElse(false);
        Long therapist = me.filter(member -> member.hasRole(StaffRole.THERAPIST)).map(StaffMember::id).orElse(null);
        return new ScheduleRights(frontDesk, therapist);
    }

    boolean mayBook() {
        return frontDesk || therapistId != null;
    }

    boolean mayWrite(long appointmentTherapistId) {
        return frontDesk || (therapistId != null && therapistId == appointmentTherapistId);
    }

    /** A therapist who is not also at the front desk books only with themselves. */
    boolean bookingOnlyForSelf() {
        return !frontDesk && therapistId != null;
    }

    Optional<Long> ownTherapist() {
        return Optional.ofNullable(therapistId);
    }
}
