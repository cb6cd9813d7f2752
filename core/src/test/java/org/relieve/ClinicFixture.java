package org.relieve;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.relieve.client.ClientDemographics;
import org.relieve.client.ClientDetails;
import org.relieve.client.ClientService;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.ClientProfile;
import org.relieve.clinical.PainCause;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Side;
import org.relieve.common.RunAs;
import org.relieve.intake.IntakeDetails;
import org.relieve.intake.IntakeService;
import org.relieve.intake.NewIntake;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A small clinic for service tests: two therapists (lee, kim), a front desk (desk), a manager
 * (boss) and an admin (root), with quick ways to register clients and record intakes as them.
 */
@Component
public class ClinicFixture {

    private final JdbcTemplate jdbc;
    private final ClientService clients;
    private final IntakeService intakes;

    ClinicFixture(JdbcTemplate jdbc, ClientService clients, IntakeService intakes) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.intakes = intakes;
    }

    /**
     * Makes sure the staff exist (cheap: no password hashing). Idempotent, so it serves both tests
     * that roll back and tests that commit (scheduling tests must commit to meet the constraints).
     */
    public void staff() {
        account("lee", "Dr Lee", "THERAPIST");
        account("kim", "Dr Kim", "THERAPIST");
        account("desk", "Front Desk", "FRONT_DESK");
        account("boss", "Manager", "MANAGER");
        account("root", "Admin", "ADMIN");
    }

    public long staffId(String username) {
        return jdbc.queryForObject("select id from staff_account where username = ?", Long.class, username);
    }

    public ClientDetails registerClient(String firstName, String lastName) {
        return RunAs.user("desk", () -> clients.register(new ClientDemographics(firstName, lastName,
                LocalDate.of(1985, 4, 12), firstName.toLowerCase() + "@example.com", "+62 812 555 0101",
                ClientProfile.OFFICE_WORKER, null, LocalDate.now())), "FRONT_DESK");
    }

    public IntakeDetails intakeBy(String therapist, long clientId, NewIntake intake) {
        return RunAs.user(therapist, () -> intakes.record(clientId, intake), "THERAPIST");
    }

    public static NewIntake chronicPostureIntake(RedFlag... flags) {
        return new NewIntake(LocalDate.now().minusDays(1), "Aching upper back after long days at the desk", 6, 20,
                Set.of(PainCause.POSTURE_SEDENTARY, PainCause.STRESS_TENSION), PainCause.POSTURE_SEDENTARY,
                List.of(RegionSide.both(BodyRegion.THORACIC_PARASPINAL), new RegionSide(BodyRegion.SCAPULAR, Side.LEFT)),
                List.of(new RegionSide(BodyRegion.SCAPULAR, Side.LEFT)), true, Set.of(flags), "Knot medial to left scapula",
                "Sit through a work day without pain");
    }

    private void account(String username, String name, String role) {
        jdbc.update("insert into staff_account (username, display_name, password_hash) values (?, ?, ?) "
                + "on conflict (username) do nothing", username, name, "{noop}not-used-in-tests");
        jdbc.update("insert into staff_account_role (staff_account_id, role) select id, ? from staff_account "
                + "where username = ? on conflict do nothing", role, username);
    }
}
