package org.relieve.journey;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * How long the server takes over Vaadin's round trips ({@code ?v-r=uidl}) while a journey runs:
 * a servlet filter ahead of every other (security included) times each one. A journey marks the
 * start of its main step and reads the round trips made since, so a figure is what the server
 * spent, without the browser's rendering or the network.
 */
@TestConfiguration(proxyBeanMethods = false)
public class UidlTimings {

    /** One round trip: when it ended (nanoTime) and how long the server took over it. */
    record RoundTrip(long endedAt, long nanos) {
    }

    private final List<RoundTrip> roundTrips = new CopyOnWriteArrayList<>();

    @Bean
    FilterRegistrationBean<Filter> uidlTimingFilter() {
        Filter timing = (ServletRequest request, ServletResponse response, FilterChain chain) -> {
            if (!"uidl".equals(request.getParameter("v-r"))) {
                chain.doFilter(request, response);
                return;
            }
            long started = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                long ended = System.nanoTime();
                roundTrips.add(new RoundTrip(ended, ended - started));
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(timing);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    UidlTimings.Recorder uidlTimingRecorder() {
        return new Recorder();
    }

    /** What a journey asks: the round trips since a mark. */
    public final class Recorder {

        public long mark() {
            return System.nanoTime();
        }

        /** Server milliseconds of the round trips that ended after the mark, and how many there were. */
        public Step since(long mark) {
            List<RoundTrip> after = roundTrips.stream().filter(trip -> trip.endedAt() > mark).toList();
            return new Step(after.stream().mapToLong(RoundTrip::nanos).sum() / 1e6, after.size());
        }
    }

    public record Step(double serverMillis, int roundTrips) {
    }
}
