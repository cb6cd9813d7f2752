package org.relieve.demo;

import org.relieve.database.NoDatasourceConfigured;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo mode seeds demo accounts and a demo clinic. It is on by default with the embedded database
 * (a new user's first run) and off with a configured one, unless {@code relieve.demo.enabled} says
 * otherwise.
 */
public class DemoMode implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String explicit = context.getEnvironment().getProperty("relieve.demo.enabled");
        if (explicit != null && !explicit.isBlank()) {
            return Boolean.parseBoolean(explicit.strip());
        }
        return new NoDatasourceConfigured().matches(context, metadata);
    }
}
