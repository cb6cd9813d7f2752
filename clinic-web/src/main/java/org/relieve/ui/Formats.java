package org.relieve.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Span;
import org.relieve.clinical.RegionSide;

/** How dates, regions, holds and status badges read on every screen, so they read the same everywhere. */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "—" : DAY.format(date);
    }

    public static String date(Instant instant, ZoneId zone) {
        return instant == null ? "—" : DAY.format(instant.atZone(zone));
    }

    public static String regions(Collection<RegionSide> regions) {
        return regions == null || regions.isEmpty() ? "—"
                : regions.stream().map(RegionSide::label).collect(Collectors.joining(", "));
    }

    /** "20–60 s", "from 30 s", "up to 60 s", or empty when no hold applies. */
    public static String holds(Integer minSeconds, Integer maxSeconds) {
        if (minSeconds == null && maxSeconds == null) {
            return "";
        }
        if (minSeconds != null && maxSeconds != null) {
            return minSeconds.equals(maxSeconds) ? minSeconds + " s" : minSeconds + "–" + maxSeconds + " s";
        }
        return minSeconds != null ? "from " + minSeconds + " s" : "up to " + maxSeconds + " s";
    }

    public static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    /**
     * A Lumo badge ({@code theme="badge …"}).
     *
     * @param variants Lumo badge variants such as {@code success}, {@code error}, {@code contrast}
     */
    public static Span badge(String text, String... variants) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().addAll(List.of(variants));
        return badge;
    }
}
