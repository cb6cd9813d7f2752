package org.relieve.reporting.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.relieve.reporting.OutcomeGroup;
import org.relieve.reporting.OutcomeReport;

/** An outcome report as CSV, one row per group; suppressed groups keep their counts and leave the measures empty. */
public final class ReportCsv {

    public static final String[] HEADER = {"key", "label", "clients", "sessions", "meanBaseline", "meanLatest",
            "meanChange", "meanSessionChange", "mcidRate", "suppressed"};

    private ReportCsv() {
    }

    public static void write(OutcomeReport report, Writer out) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\r\n").get();
        try {
            CSVPrinter printer = new CSVPrinter(out, format);
            for (OutcomeGroup g : report.groups()) {
                printer.printRecord(g.key(), g.label(), g.clients(), g.sessions(), number(g.meanBaseline(), 2),
                        number(g.meanLatest(), 2), number(g.meanChange(), 2), number(g.meanSessionChange(), 2),
                        number(g.mcidRate(), 3), g.suppressed());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fixed decimals with a dot, empty for no value. */
    static String number(Double value, int decimals) {
        return value == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
