package org.relieve.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.relieve.client.ClientDemographics;
import org.relieve.client.ClientDetails;
import org.relieve.client.ClientFilter;
import org.relieve.client.ClientService;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.ClientProfile;
import org.relieve.clinical.PainCause;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Side;
import org.relieve.common.ClinicProperties;
import org.relieve.common.RunAs;
import org.relieve.intake.IntakeDetails;
import org.relieve.intake.IntakeService;
import org.relieve.intake.NewIntake;
import org.relieve.intake.NewReferral;
import org.relieve.plan.NewPlan;
import org.relieve.plan.PlanProposal;
import org.relieve.plan.PlanService;
import org.relieve.plan.PlanStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sixty demo clients across profiles and causes, registered by the front desk, assessed by the three
 * demo therapists (twenty each), most with an active plan, a few waiting for a clearance. Generated from a fixed
 * seed through the real services, so the data obeys every rule. Only into an empty client registry.
 */
@Component
@Conditional(DemoMode.class)
@Order(DemoAccounts.ORDER + 10)
class DemoClients implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoClients.class);
    private static final int CLIENTS = 60;
    private static final List<String> THERAPISTS = List.of("therapist", "therapist2", "therapist3");

    private static final String[] FIRST = {"Ayu", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hendra", "Indah",
            "Joko", "Kartika", "Lukas", "Maria", "Nanda", "Oscar", "Putri", "Rizky", "Sari", "Teguh", "Wulan"};
    private static final String[] LAST = {"Pratama", "Santoso", "Wijaya", "Lestari", "Hidayat", "Kusuma", "Saputra",
            "Halim", "Gunawan", "Nugroho", "Tan", "Siregar"};
    private static final String[] COMPLAINTS = {
            "Aching upper back and neck after long days at the desk",
            "Sharp low-back pain since lifting boxes at the weekend",
            "Tight shoulders and jaw during a stressful period at work",
            "Stiff lower back every morning, eases after moving",
            "Pain between the shoulder blades after a new training programme",
            "Dull lumbar ache that worsens when standing for long"};

    private final ClientService clients;
    private final IntakeService intakes;
    private final PlanService plans;
    private final Clock clock;
    private final ClinicProperties clinic;
    private final TransactionTemplate transaction;

    DemoClients(ClientService clients, IntakeService intakes, PlanService plans, Clock clock, ClinicProperties clinic,
                TransactionTemplate transaction) {
        this.transaction = transaction;
        this.clients = clients;
        this.intakes = intakes;
        this.plans = plans;
        this.clock = clock;
        this.clinic = clinic;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean empty = RunAs.user("frontdesk", () -> clients.search(new ClientFilter("", true, null, false),
                PageRequest.of(0, 1)).getTotalElements() == 0, "FRONT_DESK");
        if (!empty) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(20261126L);
        LocalDate today = LocalDate.now(clock.withZone(clinic.zone()));
        // One transaction for all the services' calls: one commit instead of hundreds, and a start
        // stopped half-way leaves no half-registered clinic behind (the next start seeds it whole).
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < CLIENTS; i++) {
                int index = i;
                ClientDetails client = register(index, random, today);
                String therapist = THERAPISTS.get(index % THERAPISTS.size());
                if (index % 13 == 12) {
                    continue; // registered, not yet assessed: the front desk's newest clients
                }
                RunAs.user(therapist, () -> assessAndPlan(index, client, random, today), "THERAPIST");
            }
        });
        log.info("Demo mode: registered {} demo clients with intakes and plans in {} ms", CLIENTS,
                (System.nanoTime() - started) / 1_000_000);
    }

    private ClientDetails register(int i, Random random, LocalDate today) {
        String first = FIRST[i % FIRST.length];
        String last = LAST[(i * 7 + i / FIRST.length) % LAST.length];
        ClientProfile profile = ClientProfile.values()[i % ClientProfile.values().length];
        int age = switch (profile) {
            case OLDER_ADULT -> 66 + random.nextInt(15);
            case ATHLETE -> 20 + random.nextInt(15);
            default -> 25 + random.nextInt(30);
        };
        ClientDemographics demographics = new ClientDemographics(first, last,
                today.minusYears(age).minusDays(random.nextInt(365)),
                (first + "." + last + i).toLowerCase() + "@example.com",
                "+62 812 " + (1000 + random.nextInt(9000)) + " " + (1000 + random.nextInt(9000)),
                profile, null, today.minusDays(random.nextInt(120)));
        return RunAs.user("frontdesk", () -> clients.register(demographics), "FRONT_DESK");
    }

    private void assessAndPlan(int i, ClientDetails client, Random random, LocalDate today) {
        PainCause primary = PainCause.values()[i % PainCause.values().length];
        Set<PainCause> causes = EnumSet.of(primary);
        if (random.nextBoolean()) {
            causes.add(PainCause.values()[random.nextInt(PainCause.values().length)]);
        }
        int weeks = new int[] {2, 4, 8, 10, 16, 26, 52}[random.nextInt(7)];
        List<RegionSide> pain = painRegionsFor(primary);
        List<RegionSide> knots = random.nextInt(3) > 0
                ? List.of(new RegionSide(random.nextBoolean() ? BodyRegion.SCAPULAR : BodyRegion.UPPER_TRAPEZIUS,
                random.nextBoolean() ? Side.LEFT : Side.RIGHT))
                : List.of();
        Set<RedFlag> flags = i % 8 == 5 ? Set.of(i % 16 == 5 ? RedFlag.NUMBNESS_TINGLING : RedFlag.NIGHT_PAIN) : Set.of();
        // assessed over the last six months, so DemoHistory has courses of treatment to show
        NewIntake intake = new NewIntake(today.minusDays(7 + 3L * random.nextInt(60)), COMPLAINTS[primary.ordinal() % COMPLAINTS.length],
                4 + random.nextInt(5), weeks, causes, primary, pain, knots,
                primary == PainCause.POSTURE_SEDENTARY || random.nextInt(4) == 0, flags,
                knots.isEmpty() ? "No distinct knots; general guarding" : "Tender taut band, referred ache on pressure",
                "Work and sleep without back pain");
        IntakeDetails recorded = intakes.record(client.id(), intake);
        if (!flags.isEmpty() && i % 3 == 0) {
            intakes.recordReferral(recorded.id(), new NewReferral("Dr Rahman, general practitioner",
                    "Examined: no serious pathology. Cleared for massage.", true));
        } else if (!flags.isEmpty()) {
            intakes.recordReferral(recorded.id(), new NewReferral("Dr Rahman, general practitioner",
                    "Sent for assessment of " + flags.iterator().next().label().toLowerCase() + ".", false));
        }
        PlanProposal proposal = plans.propose(recorded.id());
        List<PlanStep> steps = new ArrayList<>(proposal.steps().stream().map(PlanStep::of).toList());
        var plan = plans.create(client.id(), new NewPlan(recorded.id(), steps, 6 + random.nextInt(5),
                1 + random.nextInt(2), proposal.homeCare()));
        if (proposal.blockingRedFlags().isEmpty() && i % 7 != 3) {
            plans.activate(plan.id());
        }
    }

    private static List<RegionSide> painRegionsFor(PainCause cause) {
        return switch (cause) {
            case POSTURE_SEDENTARY -> List.of(RegionSide.both(BodyRegion.UPPER_TRAPEZIUS),
                    RegionSide.both(BodyRegion.THORACIC_PARASPINAL));
            case MUSCLE_STRAIN -> List.of(new RegionSide(BodyRegion.LUMBAR_PARASPINAL, Side.RIGHT),
                    new RegionSide(BodyRegion.QUADRATUS_LUMBORUM, Side.RIGHT));
            case STRESS_TENSION -> List.of(RegionSide.both(BodyRegion.NECK), RegionSide.both(BodyRegion.UPPER_TRAPEZIUS));
            case SLEEP_ERGONOMICS -> List.of(RegionSide.both(BodyRegion.THORACIC_PARASPINAL),
                    RegionSide.both(BodyRegion.SPINE));
            case BIOMECHANICAL_OTHER -> List.of(RegionSide.both(BodyRegion.LUMBAR_PARASPINAL),
                    new RegionSide(BodyRegion.GLUTEAL, Side.LEFT));
        };
    }
}
