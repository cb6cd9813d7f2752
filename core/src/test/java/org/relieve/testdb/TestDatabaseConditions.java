package org.relieve.testdb;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.testcontainers.DockerClientFactory;

final class TestDatabaseConditions {

    /** Asked once per JVM: the answer does not change during a build and the probe is not free. */
    private static volatile Boolean dockerAvailable;

    private TestDatabaseConditions() {
    }

    static boolean datasourceConfigured(ConditionContext context) {
        return StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }

    static boolean dockerAvailable() {
        if (dockerAvailable == null) {
            boolean available;
            try {
                available = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                available = false;
            }
            dockerAvailable = available;
        }
        return dockerAvailable;
    }

    static final class DockerAvailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !datasourceConfigured(context) && dockerAvailable();
        }
    }

    static final class NoDocker implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !datasourceConfigured(context) && !dockerAvailable();
        }
    }
}
