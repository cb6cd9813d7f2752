package org.relieve.ui.plan;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/**
 * The addresses of the plan pages, so the client page (another UI package) links to them without
 * depending on the views themselves.
 */
public final class PlanRoutes {

    static final String INTAKE_ID = "intakeId";
    static final String PLAN_ID = "planId";

    private PlanRoutes() {
    }

    public static String newPlan(long intakeId) {
        return "plans/new/" + intakeId;
    }

    public static String editDraft(long planId) {
        return "plans/" + planId + "/edit";
    }

    public static String homeCareSheet(long planId) {
        return "plans/" + planId + "/home-care";
    }

    /** Opens the client page with its plan tab selected: where the plan pages return to. */
    static void toClientPlans(long clientId) {
        UI.getCurrent().navigate("clients/" + clientId, QueryParameters.of("tab", "plan"));
    }
}
