package org.relieve.api.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.relieve.api.InvalidQueryParameterException;
import org.relieve.clinical.ClientProfile;
import org.relieve.clinical.PainCause;
import org.relieve.reporting.ClientOutcome;
import org.relieve.reporting.GroupBy;
import org.relieve.reporting.OutcomeFilter;
import org.relieve.reporting.OutcomeGroup;
import org.relieve.reporting.OutcomeReport;
import org.relieve.reporting.OutcomeReportService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Outcome reports (aggregates, for managers and therapists) and one client's outcome (therapists in care). */
@RestController
@RequestMapping("/api")
class OutcomeApiController {

    /** api.md's report: the groups, plus what was asked for. */
    record OutcomeReportJson(String groupBy, LocalDate from, LocalDate to, List<OutcomeGroup> groups) {

        static OutcomeReportJson of(OutcomeReport report) {
            return new OutcomeReportJson(report.groupBy().name().toLowerCase(Locale.ROOT), report.filter().from(),
                    report.filter().to(), report.groups());
        }
    }

    private final OutcomeReportService reports;

    OutcomeApiController(OutcomeReportService reports) {
        this.reports = reports;
    }

    /** {@code from}/{@code to}: days in the clinic's zone, both included, optional; {@code groupBy} required. */
    @GetMapping("/reports/outcomes")
    OutcomeReportJson outcomes(@RequestParam(required = false) String groupBy,
                               @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to,
                               @RequestParam(required = false) Long therapistId,
                               @RequestParam(required = false) String cause,
                               @RequestParam(required = false) String profile) {
        LocalDate first = day(from, "from");
        LocalDate last = day(to, "to");
        if (first != null && last != null && first.isAfter(last)) {
            throw new InvalidQueryParameterException("to", "The period ends before it starts: 'to' must not be before 'from'.");
        }
        OutcomeFilter filter = new OutcomeFilter(first, last, therapistId,
                choice(cause, "cause", PainCause.class), choice(profile, "profile", ClientProfile.class));
        GroupBy grouping = choice(groupBy, "groupBy", GroupBy.class);
        if (grouping == null) {
            throw new InvalidQueryParameterException("groupBy", "Say how to group the report: one of " + names(GroupBy.class) + ".");
        }
        return OutcomeReportJson.of(reports.report(filter, grouping));
    }

    @GetMapping("/clients/{id}/outcomes")
    ClientOutcome clientOutcome(@PathVariable long id) {
        return reports.clientOutcome(id);
    }

    private static LocalDate day(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryParameterException(name, "Give a day such as 2026-11-27.");
        }
    }

    /** An enum value by name, in any case ({@code technique} or {@code TECHNIQUE}); null when not given. */
    private static <E extends Enum<E>> E choice(String value, String name, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryParameterException(name,
                    "'" + value + "' is not one of " + names(type) + ".");
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(constant -> type == GroupBy.class
                ? constant.name().toLowerCase(Locale.ROOT) : constant.name()).collect(Collectors.joining(", "));
    }
}
