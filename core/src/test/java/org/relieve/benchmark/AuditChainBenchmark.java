package org.relieve.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditTrail;
import org.relieve.audit.AuditVerifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the hash chain costs: 8 threads each appending audit events in their own transactions for
 * 10 s, through the chain (advisory lock, previous hash, SHA-256), beside plain inserts of the same
 * rows into an unchained copy of the table. Also times a full verification of the trail.
 * Run: {@code ./mvnw -pl core verify -Pbenchmark -Dtest=AuditChainBenchmark}.
 */
@SpringBootTest(properties = "spring.datasource.hikari.maximum-pool-size=12")
class AuditChainBenchmark {

    private static final int THREADS = 8;
    private static final long SECONDS = Long.getLong("benchmark.seconds", 10);

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void appendsWithAndWithoutTheChain() throws Exception {
        jdbc.execute("create table if not exists audit_plain (like audit_event including defaults including identity)");
        System.out.println();
        report("chained (lock + previous hash + SHA-256)", run(() -> auditTrail.recordFor("bench", AuditAction.VIEW,
                "Client", 1, 1L, "benchmark event")));
        report("plain insert, no chain", run(() -> jdbc.update("insert into audit_plain (occurred_at, actor, action, "
                + "target_type, target_id, client_id, detail) values (now(), 'bench', 'VIEW', 'Client', '1', 1, 'benchmark event')")));
        long events = jdbc.queryForObject("select count(*) from audit_event where hash is not null", Long.class);
        long started = System.nanoTime();
        var result = verifier.verifyUnchecked();
        System.out.printf("verify %d chained events: %d ms, %s%n", events, (System.nanoTime() - started) / 1_000_000,
                result.summary());
        jdbc.execute("drop table audit_plain");
    }

    private record Result(long count, List<Long> micros, double seconds) {
    }

    private Result run(Runnable append) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicLong count = new AtomicLong();
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        long started = System.nanoTime();
        for (int i = 0; i < THREADS; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    append.run();
                    micros.add((System.nanoTime() - t) / 1000);
                    count.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(SECONDS + 60, TimeUnit.SECONDS);
        return new Result(count.get(), micros, (System.nanoTime() - started) / 1e9);
    }

    private static void report(String label, Result result) {
        List<Long> sorted = new ArrayList<>(result.micros());
        Collections.sort(sorted);
        System.out.printf("%-42s %8d events  %8.0f events/s  median %6.2f ms  p95 %6.2f ms%n", label, result.count(),
                result.count() / result.seconds(), sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get((int) (sorted.size() * 0.95)) / 1000.0);
    }
}
