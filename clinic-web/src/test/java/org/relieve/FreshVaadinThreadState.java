package org.relieve;

import com.vaadin.flow.internal.CurrentInstance;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts every integration test without a Vaadin session bound to the thread. A browserless test
 * can leave its mock session current; Vaadin's security-context strategy would then read that
 * session's (empty) context instead of the one a later test sets with RunAs.
 */
class FreshVaadinThreadState implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        CurrentInstance.clearAll();
    }
}
