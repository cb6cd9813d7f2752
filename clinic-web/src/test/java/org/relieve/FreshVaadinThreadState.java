package org.relieve;

import com.vaadin.flow.internal.CurrentInstance;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Keeps one test JVM's several application contexts from reading each other's security context.
 * <ul>
 * <li>Vaadin's configuration installs its own {@link SecurityContextHolderStrategy} globally when a
 * context starts, so after the browser journeys start a second context, {@code RunAs} and
 * {@code @WithMockUser} would write to that context's strategy while this test's services read
 * their own. Before each test class, the global strategy is set back to this class's context.</li>
 * <li>A browserless test can leave its mock Vaadin session current on the thread, and Vaadin's
 * strategy would then read that session's empty context: cleared before each test.</li>
 * </ul>
 */
public class FreshVaadinThreadState implements BeforeAllCallback, BeforeEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        CurrentInstance.clearAll();
    }
}
