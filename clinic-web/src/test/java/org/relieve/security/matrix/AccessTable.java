package org.relieve.security.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One expectation table of the access matrix, read from a Markdown table in the test resources:
 * a first column naming the thing tried (an endpoint, a service method, a route), one column per
 * {@link Caller} with the expected outcome, and an optional last column saying why. Written once,
 * readable by people, and the single source the matrix tests check the application against.
 */
final class AccessTable {

    record Row(String key, Map<Caller, String> expected, String why, int line) {

        String expected(Caller caller) {
            return expected.get(caller);
        }
    }

    private final String resource;
    private final Map<String, Row> rows;

    private AccessTable(String resource, Map<String, Row> rows) {
        this.resource = resource;
        this.rows = rows;
    }

    static AccessTable read(String resource) {
        try (InputStream in = AccessTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No expectation table " + resource + " on the test class path");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    private static AccessTable parse(String resource, List<String> lines) {
        Map<String, Row> rows = new LinkedHashMap<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = cells(line);
            if (!headerSeen) {
                checkHeader(resource, cells);
                headerSeen = true;
                continue;
            }
            if (cells.getFirst().startsWith("---")) {
                continue;
            }
            if (cells.size() < 1 + Caller.values().length) {
                throw new IllegalStateException(resource + " line " + (i + 1) + ": expected a cell for every caller: " + line);
            }
            Map<Caller, String> expected = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                expected.put(caller, cells.get(1 + caller.ordinal()));
            }
            String why = cells.size() > 1 + Caller.values().length ? cells.get(1 + Caller.values().length) : "";
            Row row = new Row(unquote(cells.getFirst()), expected, why, i + 1);
            if (rows.put(row.key(), row) != null) {
                throw new IllegalStateException(resource + " line " + (i + 1) + ": " + row.key() + " is listed twice");
            }
        }
        return new AccessTable(resource, rows);
    }

    private static void checkHeader(String resource, List<String> cells) {
        List<String> columns = Arrays.stream(Caller.values()).map(caller -> caller.column).toList();
        if (cells.size() < 1 + columns.size() || !cells.subList(1, 1 + columns.size()).equals(columns)) {
            throw new IllegalStateException(resource + ": the header must name the callers " + columns + ", was " + cells);
        }
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** Keys may be written as code (`GET /api/clients`) so that Markdown shows them as such. */
    private static String unquote(String key) {
        return key.startsWith("`") && key.endsWith("`") && key.length() > 1 ? key.substring(1, key.length() - 1) : key;
    }

    Map<String, Row> rows() {
        return rows;
    }

    String resource() {
        return resource;
    }
}
