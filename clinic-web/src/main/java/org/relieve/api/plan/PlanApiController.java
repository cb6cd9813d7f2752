package org.relieve.api.plan;

import java.net.URI;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import jakarta.validation.Valid;
import org.relieve.api.ApiWarning;
import org.relieve.plan.HomeCareAdvice;
import org.relieve.plan.NewPlan;
import org.relieve.plan.PlanDetails;
import org.relieve.plan.PlanService;
import org.relieve.plan.PlanStatus;
import org.relieve.plan.PlanStep;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Treatment plans: create from an intake, edit a draft, activate, complete. Therapists in care only. */
@RestController
@RequestMapping("/api")
class PlanApiController {

    /** A plan as the API shows it: soft-rule warnings as {@code [{field, message}]}. */
    record PlanJson(long id, long clientId, long intakeId, PlanStatus status, List<PlanStep> steps, int sessionsPlanned,
                    int sessionsPerWeek, List<HomeCareAdvice> homeCare, List<ApiWarning> warnings, String authorName,
                    Instant createdAt, Instant activatedAt, Instant completedAt, long version) {

        static PlanJson of(PlanDetails plan) {
            return new PlanJson(plan.id(), plan.clientId(), plan.intakeId(), plan.status(), plan.steps(),
                    plan.sessionsPlanned(), plan.sessionsPerWeek(), plan.homeCare(),
                    ApiWarning.of(plan.warnings()), plan.authorName(),
                    plan.createdAt(), plan.activatedAt(), plan.completedAt(), plan.version());
        }
    }

    record PlanUpdate(Long intakeId, List<PlanStep> steps, Integer sessionsPlanned, Integer sessionsPerWeek,
                      List<HomeCareAdvice> homeCare,
                      @NotNull(message = "Send the version you read (optimistic locking).") Long version) {
    }

    private final PlanService plans;

    PlanApiController(PlanService plans) {
        this.plans = plans;
    }

    @PostMapping("/clients/{clientId}/plans")
    ResponseEntity<PlanJson> create(@PathVariable long clientId, @RequestBody NewPlan plan) {
        PlanDetails created = plans.create(clientId, plan);
        return ResponseEntity.created(URI.create("/api/plans/" + created.id())).body(PlanJson.of(created));
    }

    @GetMapping("/clients/{clientId}/plans")
    List<PlanJson> forClient(@PathVariable long clientId) {
        return plans.forClient(clientId).stream().map(PlanJson::of).toList();
    }

    @GetMapping("/plans/{id}")
    PlanJson get(@PathVariable long id) {
        return PlanJson.of(plans.get(id));
    }

    @PutMapping("/plans/{id}")
    PlanJson updateDraft(@PathVariable long id, @Valid @RequestBody PlanUpdate update) {
        NewPlan plan = new NewPlan(update.intakeId(), update.steps(), update.sessionsPlanned(), update.sessionsPerWeek(),
                update.homeCare());
        return PlanJson.of(plans.updateDraft(id, plan, update.version()));
    }

    @PostMapping("/plans/{id}/activate")
    PlanJson activate(@PathVariable long id) {
        return PlanJson.of(plans.activate(id));
    }

    @PostMapping("/plans/{id}/complete")
    PlanJson complete(@PathVariable long id) {
        return PlanJson.of(plans.complete(id));
    }
}
