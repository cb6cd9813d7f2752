package org.relieve.therapy;

import java.time.Instant;
import java.util.List;

import org.relieve.client.ClientDetails;
import org.relieve.intake.IntakeDetails;
import org.relieve.intake.ReferralDetails;
import org.relieve.plan.PlanDetails;
import org.relieve.schedule.AppointmentDetails;

/** Everything the clinic holds on a client, for data portability (design §7). */
public record ClientExport(
        Instant exportedAt,
        String exportedBy,
        ClientDetails client,
        List<IntakeDetails> intakes,
        List<ReferralDetails> referrals,
        List<PlanDetails> plans,
        List<AppointmentDetails> appointments,
        List<SessionRecordDetails> sessionRecords) {
}
