package org.relieve.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.relieve.clinical.PressureLevel;
import org.relieve.clinical.RedFlag;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Technique;
import org.relieve.therapy.NewSessionRecord;
import org.relieve.therapy.TechniqueApplicationEntry;
import org.relieve.ui.BodyMap;
import org.relieve.ui.FieldErrors;

/**
 * What the therapist writes after a treatment. The body map shows where techniques were applied and
 * adds a technique row for a region clicked on it. Messages from the service name fields by path
 * ({@code applications[2].holdSeconds}); this form knows which field on screen that is.
 */
class SessionRecordForm extends VerticalLayout {

    private static final Pattern APPLICATION = Pattern.compile("^applications\\[(\\d+)](?:\\.(\\w+))?$");
    private static final Set<String> TOP_LEVEL = Set.of("painBefore", "painAfter", "pressureNotes", "subjective",
            "objective", "assessment", "plan", "adverseReactions", "redFlags");

    final IntegerField painBefore = painScore("Pain before (0–10)");
    final IntegerField painAfter = painScore("Pain after (0–10)");
    final BodyMap bodyMap = new BodyMap("Treated regions", BodyMap.Marking.TREATED, false);
    final TextArea pressureNotes = new TextArea("Pressure notes");
    final TextArea subjective = new TextArea("Subjective");
    final TextArea objective = new TextArea("Objective");
    final TextArea assessment = new TextArea("Assessment");
    final TextArea plan = new TextArea("Plan");
    final TextArea adverseReactions = new TextArea("Adverse reactions");
    final CheckboxGroup<RedFlag> redFlags = new CheckboxGroup<>("Red-flag re-check");
    private final Div applicationList = new Div();
    private final Div applicationsError = new Div();
    private final List<ApplicationRow> rows = new ArrayList<>();
    private final FieldErrors errors = new FieldErrors();

    SessionRecordForm() {
        setPadding(false);
        pressureNotes.addClassName("relieve-pressure-notes");
        pressureNotes.setHelperText("How hard, where it was too much or too little, what the client asked for.");
        for (TextArea area : List.of(subjective, objective, assessment, plan, adverseReactions)) {
            area.setWidthFull();
        }
        subjective.setHelperText("What the client reports");
        objective.setHelperText("What you found: palpation, range of motion");
        adverseReactions.setPlaceholder("None");
        redFlags.setItems(RedFlag.values());
        redFlags.setItemLabelGenerator(RedFlag::label);
        redFlags.setHelperText("Tick anything new since the intake. A new red flag blocks signing until a healthcare "
                + "professional's clearance is recorded on the intake.");
        applicationsError.addClassName("relieve-form-error");

        bodyMap.setToggleOnClick(false);
        bodyMap.setHelperText("Click a region to add a technique there.");
        bodyMap.addRegionClickListener(this::addFromMap);

        Button add = new Button("Add technique", VaadinIcon.PLUS.create(),
                click -> addRow(newEntry(null)));
        VerticalLayout main = new VerticalLayout(new HorizontalLayout(painBefore, painAfter), new H3("Techniques"),
                applicationList, applicationsError, add, pressureNotes);
        main.setPadding(false);
        main.addClassName("relieve-session-main");
        Div layout = new Div(main, bodyMap);
        layout.addClassName("relieve-session-layout");
        add(layout, new H3("SOAP notes"), subjective, objective, assessment, plan, adverseReactions, redFlags);

        errors.bind("painBefore", painBefore).bind("painAfter", painAfter).bind("pressureNotes", pressureNotes)
                .bind("subjective", subjective).bind("objective", objective).bind("assessment", assessment)
                .bind("plan", plan).bind("adverseReactions", adverseReactions).bind("redFlags", redFlags);
    }

    private static IntegerField painScore(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setMax(10);
        field.setStepButtonsVisible(true);
        return field;
    }

    void setValue(NewSessionRecord record) {
        painBefore.setValue(record.painBefore());
        painAfter.setValue(record.painAfter());
        rows.clear();
        record.applications().forEach(entry -> rows.add(row(entry)));
        showRows();
        pressureNotes.setValue(orEmpty(record.pressureNotes()));
        subjective.setValue(orEmpty(record.subjective()));
        objective.setValue(orEmpty(record.objective()));
        assessment.setValue(orEmpty(record.assessment()));
        plan.setValue(orEmpty(record.plan()));
        adverseReactions.setValue(orEmpty(record.adverseReactions()));
        redFlags.setValue(record.redFlags());
    }

    NewSessionRecord toRecord() {
        return new NewSessionRecord(painBefore.getValue(), painAfter.getValue(),
                rows.stream().map(ApplicationRow::toEntry).toList(), orNull(pressureNotes), orNull(subjective),
                orNull(objective), orNull(assessment), orNull(plan), orNull(adverseReactions),
                Set.copyOf(redFlags.getValue()));
    }

    List<ApplicationRow> rows() {
        return List.copyOf(rows);
    }

    /** The spine is refused where it is clicked; any other region gets a row, like the last one. */
    private void addFromMap(RegionSide clicked) {
        if (!clicked.region().isTreatable()) {
            bodyMap.setErrorMessage(BodyMap.SPINE_REFUSAL);
            bodyMap.setInvalid(true);
            return;
        }
        bodyMap.setInvalid(false);
        addRow(newEntry(clicked));
    }

    private TechniqueApplicationEntry newEntry(RegionSide where) {
        // A new row repeats the previous technique and pressure: a session works region by region.
        TechniqueApplicationEntry last = rows.isEmpty() ? null : rows.getLast().toEntry();
        Technique technique = last == null || last.technique() == null ? Technique.EFFLEURAGE : last.technique();
        PressureLevel pressure = last == null || last.pressure() == null ? PressureLevel.MODERATE : last.pressure();
        Integer hold = technique.holdRange().map(range -> range.minSeconds()).orElse(null);
        return new TechniqueApplicationEntry(technique, where == null ? null : where.region(),
                where == null ? null : where.side(), pressure, 5, hold, null);
    }

    private void addRow(TechniqueApplicationEntry entry) {
        rows.add(row(entry));
        showRows();
    }

    private ApplicationRow row(TechniqueApplicationEntry entry) {
        return new ApplicationRow(entry, removed -> {
            rows.remove(removed);
            showRows();
        }, this::showTreatedRegions);
    }

    private void showRows() {
        applicationList.removeAll();
        rows.forEach(applicationList::add);
        showTreatedRegions();
    }

    private void showTreatedRegions() {
        bodyMap.setValue(rows.stream().map(ApplicationRow::where).filter(Objects::nonNull).toList());
    }

    void clearErrors() {
        errors.clear();
        rows.forEach(ApplicationRow::clearErrors);
        applicationsError.setText("");
        bodyMap.setInvalid(false);
    }

    /**
     * Marks the field a message is about.
     *
     * @param path e.g. {@code painBefore}, {@code applications[2].region}, {@code applications}
     * @return whether a field on screen took the message (if not, show it elsewhere)
     */
    boolean show(String path, String message) {
        if ("applications".equals(path)) {
            applicationsError.setText(message);
            return true;
        }
        Matcher indexed = APPLICATION.matcher(path);
        if (!indexed.matches()) {
            if (!TOP_LEVEL.contains(path)) {
                return false;
            }
            errors.show(path, message);
            return true;
        }
        int index = Integer.parseInt(indexed.group(1));
        if (index >= rows.size()) {
            return false;
        }
        // A message about a whole entry goes to its technique, the first field of the row.
        HasValidation field = rows.get(index).field(indexed.group(2) == null ? "technique" : indexed.group(2));
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    /** A violation's path below the method and its parameter: {@code create.record.applications[2].minutes} → {@code applications[2].minutes}. */
    static String pathOf(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return path.toString();
    }

    /** "Technique 3: " for a path such as {@code applications[2].holdSeconds}, so a banner line says where. */
    static String where(String path) {
        Matcher indexed = APPLICATION.matcher(path);
        return indexed.matches() ? "Technique " + (Integer.parseInt(indexed.group(1)) + 1) + ": " : "";
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String orNull(TextArea area) {
        return area.getValue().isBlank() ? null : area.getValue().strip();
    }
}
