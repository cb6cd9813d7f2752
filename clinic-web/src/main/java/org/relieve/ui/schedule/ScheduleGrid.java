package org.relieve.ui.schedule;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.relieve.schedule.AppointmentDetails;
import org.relieve.schedule.TimeWindow;

/**
 * The drawn schedule: time down the side, one column per therapist, room or day. Empty time is not
 * made of components: a column is a single Div whose half-hour lines are a CSS background, and one
 * DOM listener per column turns the click's offset into a time. Only appointments (and the few
 * working-hours stretches) add components, so a quiet day and a busy one cost the server the same
 * per column.
 */
class ScheduleGrid extends Div {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final TimeScale scale;
    private final ZoneId zone;
    private final Div columnsArea = new Div();

    /**
     * @param detail  the third line of a block: the room when columns are therapists, the therapist when rooms
     * @param onSlot  a click on an empty stretch of a bookable column, with the time it points at
     * @param onBlock a click on an appointment
     */
    ScheduleGrid(TimeScale scale, List<ScheduleColumn> columns, ZoneId zone,
                 Function<AppointmentDetails, String> detail,
                 BiConsumer<ScheduleColumn, LocalTime> onSlot, Consumer<AppointmentDetails> onBlock) {
        this.scale = scale;
        this.zone = zone;
        addClassName("relieve-schedule");
        getStyle().set("--relieve-schedule-columns", String.valueOf(columns.size()))
                .set("--relieve-schedule-row", px(TimeScale.ROW_MINUTES * TimeScale.PX_PER_MINUTE));

        Div header = new Div(new Div());
        header.addClassName("relieve-schedule-header");
        columns.forEach(column -> header.add(new Div(column.title())));

        columnsArea.addClassName("relieve-schedule-columns");
        for (ScheduleColumn column : columns) {
            columnsArea.add(column(column, detail, onSlot, onBlock));
        }
        Div body = new Div(timeRail(), columnsArea);
        body.addClassName("relieve-schedule-body");
        add(header, body);
    }

    /** The container of the columns, whose size the component-count test bounds. */
    Div columnsArea() {
        return columnsArea;
    }

    private Div timeRail() {
        Div rail = new Div();
        rail.addClassName("relieve-schedule-times");
        rail.setHeight(px(scale.heightPx()));
        for (int row = 0; row < scale.rows(); row++) {
            LocalTime time = scale.rowStart(row);
            Span label = new Span(TIME.format(time));
            label.getStyle().set("top", px(scale.topPx(time)));
            rail.add(label);
        }
        return rail;
    }

    private Div column(ScheduleColumn spec, Function<AppointmentDetails, String> detail,
                       BiConsumer<ScheduleColumn, LocalTime> onSlot, Consumer<AppointmentDetails> onBlock) {
        Div column = new Div();
        column.addClassName("relieve-schedule-column");
        column.setId("schedule-" + spec.key());
        column.setHeight(px(scale.heightPx()));
        if (spec.roomId() != null) {
            // Rooms keep no hours: drawn open all day rather than shaded as if closed.
            column.addClassName("relieve-schedule-column--room");
        }
        for (TimeWindow window : spec.workingHours()) {
            Div hours = new Div();
            hours.addClassName("relieve-schedule-hours");
            position(hours, window.start(), window.end());
            column.add(hours);
        }
        for (AppointmentDetails appointment : spec.appointments()) {
            column.add(block(appointment, detail.apply(appointment), onBlock));
        }
        if (spec.bookable()) {
            column.addClassName("relieve-schedule-column--bookable");
            // The filter keeps clicks on blocks (and their text) in the browser: only a click on the
            // column's own empty background is sent, with where it landed.
            column.getElement().addEventListener("click",
                            event -> onSlot.accept(spec, scale.timeAt(event.getEventData().get("event.offsetY").asDouble())))
                    .addEventData("event.offsetY")
                    .setFilter("event.target === event.currentTarget");
        }
        return column;
    }

    private Div block(AppointmentDetails appointment, String detail, Consumer<AppointmentDetails> onBlock) {
        LocalTime start = appointment.start().atZoneSameInstant(zone).toLocalTime();
        LocalTime end = appointment.end().atZoneSameInstant(zone).toLocalTime();
        String time = TIME.format(start) + "–" + TIME.format(end);
        Div block = new Div(new Span(time), new Span(appointment.clientName()), new Span(detail));
        block.addClassNames("relieve-appointment",
                "relieve-appointment--" + appointment.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (!appointment.status().holdsSlot()) {
            block.addClassName("relieve-appointment--freed");
        }
        block.setTitle(time + " · " + appointment.clientName() + " · " + detail + " · " + appointment.status().label());
        position(block, start, end);
        block.addClickListener(click -> onBlock.accept(appointment));
        return block;
    }

    private void position(Div div, LocalTime start, LocalTime end) {
        div.getStyle().set("top", px(scale.topPx(start))).set("height", px(scale.heightPx(start, end)));
    }

    private static String px(double pixels) {
        return String.format(Locale.ROOT, "%.1fpx", pixels);
    }
}
