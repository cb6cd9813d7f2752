package org.relieve.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.relieve.clinical.PressureLevel;
import org.relieve.clinical.Technique;
import org.relieve.plan.HomeCareAdvice;
import org.relieve.plan.NewPlan;
import org.relieve.plan.PlanStep;

/**
 * The editable content of a plan: ordered steps, the course, home care. Messages from the service
 * name fields by path ({@code steps[2].regions}); this form knows which field on screen that is.
 */
class PlanForm extends VerticalLayout implements StepEditor.Moves {

    private static final Pattern INDEXED = Pattern.compile("^(steps|homeCare)\\[(\\d+)](?:\\.(\\w+))?$");

    private final Div stepList = new Div();
    private final List<StepEditor> steps = new ArrayList<>();
    final IntegerField sessionsPlanned = new IntegerField("Sessions planned");
    final IntegerField sessionsPerWeek = new IntegerField("Sessions per week");
    private final HomeCareEditor homeCare = new HomeCareEditor();

    PlanForm() {
        setPadding(false);
        Button addStep = new Button("Add step", VaadinIcon.PLUS.create(), click -> {
            // A new step starts as the gentlest common choice; the therapist sets where and why.
            steps.add(new StepEditor(new PlanStep(null, Technique.EFFLEURAGE, List.of(), PressureLevel.LIGHT, 5,
                    null, null, ""), this));
            showSteps();
        });
        sessionsPlanned.setMin(1);
        sessionsPlanned.setMax(100);
        sessionsPlanned.setStepButtonsVisible(true);
        sessionsPerWeek.setMin(1);
        sessionsPerWeek.setMax(7);
        sessionsPerWeek.setStepButtonsVisible(true);
        add(new H3("Session steps"), stepList, addStep, new H3("Course"),
                new HorizontalLayout(sessionsPlanned, sessionsPerWeek), homeCare);
    }

    void setValue(List<PlanStep> planSteps, Integer planned, Integer perWeek, List<HomeCareAdvice> advice) {
        steps.clear();
        planSteps.forEach(step -> steps.add(new StepEditor(step, this)));
        showSteps();
        sessionsPlanned.setValue(planned);
        sessionsPerWeek.setValue(perWeek);
        homeCare.setValue(advice);
    }

    NewPlan toPlan(long intakeId) {
        List<PlanStep> chosen = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            chosen.add(steps.get(i).toStep(i + 1));
        }
        return new NewPlan(intakeId, chosen, sessionsPlanned.getValue(), sessionsPerWeek.getValue(),
                homeCare.getValue());
    }

    List<StepEditor> steps() {
        return List.copyOf(steps);
    }

    @Override
    public void up(StepEditor step) {
        move(step, -1);
    }

    @Override
    public void down(StepEditor step) {
        move(step, 1);
    }

    @Override
    public void remove(StepEditor step) {
        steps.remove(step);
        showSteps();
    }

    private void move(StepEditor step, int by) {
        int from = steps.indexOf(step);
        int to = from + by;
        if (from >= 0 && to >= 0 && to < steps.size()) {
            steps.remove(from);
            steps.add(to, step);
            showSteps();
        }
    }

    private void showSteps() {
        stepList.removeAll();
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).setPosition(i, steps.size());
            stepList.add(steps.get(i));
        }
    }

    void clearErrors() {
        steps.forEach(StepEditor::clearErrors);
        homeCare.clearErrors();
        for (IntegerField field : List.of(sessionsPlanned, sessionsPerWeek)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    /**
     * Marks the field a message is about.
     *
     * @param path e.g. {@code steps[2].regions}, {@code homeCare[0].advice}, {@code sessionsPerWeek}
     * @return whether a field on screen took the message (if not, show it elsewhere)
     */
    boolean show(String path, String message) {
        HasValidation field = fieldAt(path);
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    private HasValidation fieldAt(String path) {
        if ("sessionsPlanned".equals(path)) {
            return sessionsPlanned;
        }
        if ("sessionsPerWeek".equals(path)) {
            return sessionsPerWeek;
        }
        Matcher indexed = INDEXED.matcher(path);
        if (!indexed.matches()) {
            return null;
        }
        int index = Integer.parseInt(indexed.group(2));
        if ("homeCare".equals(indexed.group(1))) {
            return homeCare.field(index);
        }
        if (index >= steps.size()) {
            return null;
        }
        StepEditor step = steps.get(index);
        // A message about a whole step (e.g. an empty region list element) goes to its regions.
        return step.field(indexed.group(3) == null ? "regions" : indexed.group(3));
    }

    /** A violation's path below the method and its parameter: {@code create.plan.steps[2].minutes} → {@code steps[2].minutes}. */
    static String pathOf(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.isInIterable()) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return path.toString();
    }

    /** "Step 3" for a path such as {@code steps[2].holdSecondsMin}, so a banner line says where. */
    static String where(String path) {
        Matcher indexed = INDEXED.matcher(path);
        if (!indexed.matches()) {
            return "";
        }
        int number = Integer.parseInt(indexed.group(2)) + 1;
        return ("steps".equals(indexed.group(1)) ? "Step " : "Home care ") + number + ": ";
    }
}
