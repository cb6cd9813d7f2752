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
        // other test classes commit clients to the same database: this test's clients share a family
        String family = "Zq" + Long.toString(System.nanoTime(), 36);
        clinic.registerClient("Ayu", "Pratama" + family);
        clinic.registerClient("Budi", "Santoso" + family);
        clinic.registerClient("Citra", "Ayunda" + family);

        var byName = search("ayu" + "", 10).stream().filter(c -> c.lastName().endsWith(family)).toList();
        assertThat(byName).extracting(ClientSummary::fullName)
                .containsExactly("Citra Ayunda" + family, "Ayu Pratama" + family);

        var byEmail = search("budi@exa", 10);
        assertThat(byEmail).extracting(ClientSummary::lastName).contains("Santoso" + family);

        var secondPage = RunAs.user("desk", () -> clients.search(ClientFilter.text(family.toLowerCase()),
                PageRequest.of(1, 2)), "FRONT_DESK");
        assertThat(secondPage.getContent()).hasSize(1);
        assertThat(secondPage.getTotalElements()).isEqualTo(3);
    }

    private java.util.List<ClientSummary> search(String text, int size) {
        return RunAs.user("desk", () -> clients.search(ClientFilter.text(text), PageRequest.of(0, size)), "FRONT_DESK")
                .getContent();
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
