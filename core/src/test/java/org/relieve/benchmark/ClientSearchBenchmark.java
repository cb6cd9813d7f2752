package org.relieve.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.relieve.ClinicFixture;
import org.relieve.client.ClientFilter;
import org.relieve.client.ClientService;
import org.relieve.common.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast the client list answers at 10 000 clients. Not a test: run with
 * {@code ./mvnw -pl core verify -Pbenchmark}; figures go to the console (and the issue notes).
 */
@SpringBootTest
class ClientSearchBenchmark {

    private static final int CLIENTS = 10_000;
    private static final int RUNS = 200;

    @Autowired
    ClientService clients;

    @Autowired
    ClinicFixture clinic;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void searchAtTenThousandClients() {
        clinic.staff();
        long lee = clinic.staffId("lee");
        long started = System.nanoTime();
        jdbc.update("""
                insert into client (first_name, last_name, date_of_birth, email, phone, profile, primary_therapist_id, created_by)
                select (array['Ayu','Budi','Citra','Dewi','Eko','Fajar','Gita','Hendra','Indah','Joko'])[1 + n % 10],
                       'Family' || n, date '1950-01-01' + (n % 20000), 'client' || n || '@example.com',
                       '+62 812 ' || lpad(n::text, 8, '0'),
                       (array['OFFICE_WORKER','ATHLETE','OLDER_ADULT','OTHER'])[1 + n % 4],
                       case when n % 5 = 0 then ? end, 'benchmark'
                  from generate_series(1, ?) n""", lee, CLIENTS);
        jdbc.execute("vacuum analyze client"); // as autovacuum would have by now: merges GIN's pending list
        System.out.printf("%nInserted %d clients in %d ms%n", CLIENTS, (System.nanoTime() - started) / 1_000_000);

        measure("first page, no filter", ClientFilter.text(""), "frontdesk-like");
        measure("name fragment 'family12' (~111 hits)", ClientFilter.text("family12"), "frontdesk-like");
        measure("phone fragment '0000999'", ClientFilter.text("0000999"), "frontdesk-like");
        measure("rare email 'client9876@'", ClientFilter.text("client9876@"), "frontdesk-like");
        measure("therapist view: my clients + clearance flag", new ClientFilter("", false, lee, false), "therapist");
        System.out.println(jdbc.queryForList("explain analyze select count(*) from client c where lower(c.first_name || ' ' "
                + "|| c.last_name || ' ' || coalesce(c.email, '') || ' ' || coalesce(c.phone, '')) like '%client9876@%'",
                String.class).stream().reduce("", (a, b) -> a + "\n  " + b));
        jdbc.update("delete from client where created_by = 'benchmark'");
        jdbc.update("delete from staff_account");
    }

    private void measure(String label, ClientFilter filter, String who) {
        String role = who.equals("therapist") ? "THERAPIST" : "FRONT_DESK";
        String user = who.equals("therapist") ? "lee" : "desk";
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            RunAs.user(user, () -> clients.search(filter, PageRequest.of(0, 50)), role);
            micros.add((System.nanoTime() - start) / 1_000);
        }
        micros.sort(Long::compare);
        List<Long> measured = micros.subList(RUNS / 10, RUNS); // first 10 % as warm-up
        System.out.printf("%-48s median %6.2f ms   p95 %6.2f ms%n", label,
                measured.get(measured.size() / 2) / 1000.0, measured.get((int) (measured.size() * 0.95)) / 1000.0);
    }
}
