package org.relieve.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.ClinicFixture;
import org.relieve.clinical.ClientProfile;
import org.relieve.clinical.RedFlag;
import org.relieve.common.ConflictException;
import org.relieve.common.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class ClientServiceTest {

    @Autowired
    ClientService clients;

    @Autowired
    ClinicFixture clinic;

    @BeforeEach
    void staff() {
        clinic.staff();
    }

    @Test
    void theFrontDeskRegistersAClientThatTherapistsAndManagersCanRead() {
        ClientDetails client = clinic.registerClient("Ayu", "Pratama");

        assertThat(RunAs.user("lee", () -> clients.get(client.id()), "THERAPIST").fullName()).isEqualTo("Ayu Pratama");
        assertThat(RunAs.user("boss", () -> clients.get(client.id()), "MANAGER").email()).isEqualTo("ayu@example.com");
    }

    @Test
    void onlyTheFrontDeskWritesDemographics() {
        ClientDemographics demographics = new ClientDemographics("Ayu", "Pratama", LocalDate.of(1990, 1, 1), null, null,
                ClientProfile.ATHLETE, null, null);
        assertThatThrownBy(() -> RunAs.user("lee", () -> clients.register(demographics), "THERAPIST"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> RunAs.user("root", () -> clients.register(demographics), "ADMIN"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void administratorsDoNotReadClients() {
        ClientDetails client = clinic.registerClient("Ayu", "Pratama");
        assertThatThrownBy(() -> RunAs.user("root", () -> clients.get(client.id()), "ADMIN"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void invalidDetailsAreRefusedFieldByField() {
        ClientDemographics bad = new ClientDemographics("", "Pratama", LocalDate.now().plusDays(3), "not-an-email",
                "call me", null, null, null);
        assertThatThrownBy(() -> RunAs.user("desk", () -> clients.register(bad), "FRONT_DESK"))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(
                        e.getConstraintViolations().stream().map(v -> v.getPropertyPath().toString()))
                        .containsExactlyInAnyOrder("register.demographics.firstName", "register.demographics.dateOfBirth",
                                "register.demographics.email", "register.demographics.phone",
                                "register.demographics.profile"));
    }

    @Test
    void anEditOfAnOldVersionIsAConflict() {
        ClientDetails client = clinic.registerClient("Ayu", "Pratama");
        ClientDemographics newPhone = new ClientDemographics(client.firstName(), client.lastName(), client.dateOfBirth(),
                client.email(), "+62 811 000 222", client.profile(), null, client.consentGivenOn());
        RunAs.user("desk", () -> clients.update(client.id(), newPhone, client.version()), "FRONT_DESK");

        assertThatThrownBy(() -> RunAs.user("desk", () -> clients.update(client.id(), client.demographics(),
                client.version()), "FRONT_DESK"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void searchFindsByPartOfNamePhoneOrEmailAndPages() {
        clinic.registerClient("Ayu", "Pratama");
        clinic.registerClient("Budi", "Santoso");
        clinic.registerClient("Citra", "Ayunda");

        var byName = RunAs.user("desk", () -> clients.search(ClientFilter.text("ayu"), PageRequest.of(0, 10)), "FRONT_DESK");
        assertThat(byName.getContent()).extracting(ClientSummary::fullName).containsExactly("Citra Ayunda", "Ayu Pratama");
        assertThat(byName.getTotalElements()).isEqualTo(2);

        var byEmail = RunAs.user("desk", () -> clients.search(ClientFilter.text("budi@exa"), PageRequest.of(0, 10)), "FRONT_DESK");
        assertThat(byEmail.getContent()).extracting(ClientSummary::fullName).containsExactly("Budi Santoso");

        var secondPage = RunAs.user("desk", () -> clients.search(ClientFilter.text(""), PageRequest.of(1, 2)), "FRONT_DESK");
        assertThat(secondPage.getContent()).hasSize(1);
        assertThat(secondPage.getTotalElements()).isEqualTo(3);
    }

    @Test
    void therapistsSeeWhoAwaitsClearanceTheFrontDeskDoesNot() {
        ClientDetails flagged = clinic.registerClient("Dewi", "Lestari");
        clinic.intakeBy("lee", flagged.id(), ClinicFixture.chronicPostureIntake(RedFlag.NIGHT_PAIN));

        var seenByTherapist = RunAs.user("lee", () -> clients.search(ClientFilter.text("dewi"), PageRequest.of(0, 5)), "THERAPIST");
        assertThat(seenByTherapist.getContent().getFirst().awaitingClearance()).isTrue();
        var seenByDesk = RunAs.user("desk", () -> clients.search(ClientFilter.text("dewi"), PageRequest.of(0, 5)), "FRONT_DESK");
        assertThat(seenByDesk.getContent().getFirst().awaitingClearance()).isNull();
    }
}
