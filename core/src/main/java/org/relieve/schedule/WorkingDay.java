package org.relieve.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When a therapist works on a given date: the regular week's intervals for that weekday, minus time
 * off, plus extra hours, merged and sorted.
 */
final class WorkingDay {

    private WorkingDay() {
    }

    static List<TimeWindow> of(LocalDate date, List<WeeklyHours> week, List<HoursException> exceptions) {
        List<TimeWindow> windows = new ArrayList<>(week.stream()
                .filter(hours -> hours.day() == date.getDayOfWeek())
                .map(hours -> new TimeWindow(hours.starts(), hours.ends())).toList());
        List<HoursException> today = exceptions.stream().filter(exception -> exception.date().equals(date)).toList();
        if (today.stream().anyMatch(e -> e.kind() == HoursException.Kind.TIME_OFF && e.wholeDay())) {
            windows.clear();
        }
        today.stream().filter(e -> e.kind() == HoursException.Kind.EXTRA)
                .forEach(e -> windows.add(new TimeWindow(e.starts(), e.ends())));
        List<TimeWindow> merged = merge(windows);
        for (HoursException off : today) {
            if (off.kind() == HoursException.Kind.TIME_OFF && !off.wholeDay()) {
                merged = subtract(merged, off.starts(), off.ends());
            }
        }
        return merged;
    }

    private static List<TimeWindow> merge(List<TimeWindow> windows) {
        List<TimeWindow> sorted = windows.stream().sorted(Comparator.comparing(TimeWindow::start)).toList();
        List<TimeWindow> merged = new ArrayList<>();
        for (TimeWindow window : sorted) {
            if (!merged.isEmpty() && !window.start().isAfter(merged.getLast().end())) {
                TimeWindow last = merged.removeLast();
                merged.add(new TimeWindow(last.start(), max(last.end(), window.end())));
            } else {
                merged.add(window);
            }
        }
        return merged;
    }

    private static List<TimeWindow> subtract(List<TimeWindow> windows, LocalTime from, LocalTime to) {
        List<TimeWindow> result = new ArrayList<>();
        for (TimeWindow window : windows) {
            if (!to.isAfter(window.start()) || !from.isBefore(window.end())) {
                result.add(window);
                continue;
            }
            if (window.start().isBefore(from)) {
                result.add(new TimeWindow(window.start(), from));
            }
            if (to.isBefore(window.end())) {
                result.add(new TimeWindow(to, window.end()));
            }
        }
        return result;
    }

    private static LocalTime max(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }
}
