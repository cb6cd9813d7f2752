package org.relieve.ui.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.relieve.schedule.ClinicSetupService;
import org.relieve.schedule.WeeklyHours;
import org.relieve.ui.FieldErrors;
import org.relieve.ui.Notifications;

/**
 * A therapist's regular week as rows of day, start and end. Saving replaces the whole week, so
 * the rows on screen are exactly what is stored; a rule broken in row 3 is shown in row 3.
 */
class WeeklyHoursEditor extends Div {

    private final ClinicSetupService setup;
    private final boolean manage;
    private final Div rows = new Div();
    private final List<Row> current = new ArrayList<>();
    private final Paragraph error = new Paragraph();
    private long therapistId;

    /** One interval's fields, with its own FieldErrors because every row has a "starts". */
    private record Row(HorizontalLayout layout, Select<DayOfWeek> day, TimePicker starts, TimePicker ends,
                       FieldErrors errors) {
        WeeklyHours value() {
            return new WeeklyHours(day.getValue(), starts.getValue(), ends.getValue());
        }
    }

    WeeklyHoursEditor(ClinicSetupService setup, boolean manage) {
        this.setup = setup;
        this.manage = manage;
        error.addClassName("relieve-form-error");
        add(rows, error);
        if (manage) {
            Button add = new Button("Add hours", VaadinIcon.PLUS.create(), click -> addRow(null));
            Button save = new Button("Save week", click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(add, save));
        }
    }

    void show(long therapistId) {
        this.therapistId = therapistId;
        rows.removeAll();
        current.clear();
        error.setText("");
        List<WeeklyHours> week = setup.weeklyHours(therapistId);
        week.forEach(this::addRow);
        if (week.isEmpty() && !manage) {
            error.setText("No regular hours.");
        }
    }

    private void addRow(WeeklyHours hours) {
        Select<DayOfWeek> day = new Select<>();
        day.setAriaLabel("Day");
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        TimePicker starts = new TimePicker();
        starts.setAriaLabel("Starts");
        TimePicker ends = new TimePicker();
        ends.setAriaLabel("Ends");
        for (TimePicker picker : List.of(starts, ends)) {
            picker.setStep(Duration.ofMinutes(15));
            picker.setReadOnly(!manage);
        }
        day.setReadOnly(!manage);
        day.setValue(hours == null ? DayOfWeek.MONDAY : hours.day());
        starts.setValue(hours == null ? LocalTime.of(9, 0) : hours.starts());
        ends.setValue(hours == null ? LocalTime.of(17, 0) : hours.ends());
        HorizontalLayout layout = new HorizontalLayout(day, starts, ends);
        layout.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Row row = new Row(layout, day, starts, ends,
                new FieldErrors().bind("day", day).bind("starts", starts).bind("ends", ends).bind("ordered", ends));
        if (manage) {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                current.remove(row);
                rows.remove(layout);
            });
            remove.setAriaLabel("Remove these hours");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            layout.add(remove);
        }
        current.add(row);
        rows.add(layout);
    }

    private void save() {
        current.forEach(row -> row.errors().clear());
        error.setText("");
        try {
            setup.replaceWeeklyHours(therapistId, current.stream().map(Row::value).toList());
            Notifications.success("Working hours saved");
            show(therapistId);
        } catch (ConstraintViolationException e) {
            for (int i = 0; i < current.size(); i++) {
                Set<ConstraintViolation<?>> mine = new HashSet<>();
                for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                    if (rowOf(violation.getPropertyPath()) == i) {
                        mine.add(violation);
                    }
                }
                if (!mine.isEmpty()) {
                    current.get(i).errors().show(new ConstraintViolationException(mine));
                }
            }
        }
    }

    /** Which row a violation belongs to: the list index in its path ("replaceWeeklyHours.week[2].starts"). */
    private static int rowOf(Path path) {
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                return node.getIndex();
            }
        }
        return -1;
    }
}
