package org.relieve.api.intake;

import java.net.URI;
import java.util.List;

import org.relieve.intake.IntakeDetails;
import org.relieve.intake.IntakeService;
import org.relieve.intake.NewIntake;
import org.relieve.intake.NewReferral;
import org.relieve.intake.ReferralDetails;
import org.relieve.plan.PlanProposal;
import org.relieve.plan.PlanService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Intake assessments, the plan proposal built from one, and referrals. Therapists in care only. */
@RestController
@RequestMapping("/api")
class IntakeApiController {

    private final IntakeService intakes;
    private final PlanService plans;

    IntakeApiController(IntakeService intakes, PlanService plans) {
        this.intakes = intakes;
        this.plans = plans;
    }

    @PostMapping("/clients/{clientId}/intakes")
    ResponseEntity<IntakeDetails> record(@PathVariable long clientId, @RequestBody NewIntake intake) {
        IntakeDetails recorded = intakes.record(clientId, intake);
        return ResponseEntity.created(URI.create("/api/intakes/" + recorded.id())).body(recorded);
    }

    @GetMapping("/clients/{clientId}/intakes")
    List<IntakeDetails> forClient(@PathVariable long clientId) {
        return intakes.forClient(clientId);
    }

    @GetMapping("/intakes/{id}")
    IntakeDetails get(@PathVariable long id) {
        return intakes.get(id);
    }

    @GetMapping("/intakes/{id}/plan-proposal")
    PlanProposal proposal(@PathVariable long id) {
        return plans.propose(id);
    }

    @PostMapping("/intakes/{id}/referrals")
    ResponseEntity<ReferralDetails> refer(@PathVariable long id, @RequestBody NewReferral referral) {
        ReferralDetails recorded = intakes.recordReferral(id, referral);
        return ResponseEntity.created(URI.create("/api/intakes/" + id + "/referrals")).body(recorded);
    }

    @GetMapping("/intakes/{id}/referrals")
    List<ReferralDetails> referrals(@PathVariable long id) {
        return intakes.referrals(id);
    }
}
