package org.relieve.backup;

import org.relieve.backup.DatabaseRestore.RestoreRefused;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A refused restore ends the start with its reason, not a stack trace. */
class BackupFailureAnalyzer extends AbstractFailureAnalyzer<RestoreRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RestoreRefused cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Nothing of the backup was loaded. Fix the cause above and run --restore again.", cause);
    }
}
