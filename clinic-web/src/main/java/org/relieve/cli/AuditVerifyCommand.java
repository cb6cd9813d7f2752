package org.relieve.cli;

import org.relieve.audit.AuditVerification;
import org.relieve.audit.AuditVerifier;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command-line check of the audit trail: {@code java -jar relieve.jar --verify-audit} prints
 * whether the hash chain is intact (or the first broken event) and exits with 0 or 1.
 */
@Component
@Order(0)
class AuditVerifyCommand implements ApplicationRunner {

    private final AuditVerifier verifier;
    private final ConfigurableApplicationContext context;

    AuditVerifyCommand(AuditVerifier verifier, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("verify-audit")) {
            return;
        }
        AuditVerification result = verifier.verifyUnchecked();
        System.out.println(result.summary());
        int code = result.intact() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
