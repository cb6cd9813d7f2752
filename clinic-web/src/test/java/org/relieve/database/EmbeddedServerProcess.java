package org.relieve.database;

/** Runs an embedded server in a JVM of its own, so that a test can kill that JVM with -9. */
public final class EmbeddedServerProcess {

    private EmbeddedServerProcess() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(args[0], 0);
        System.out.println("READY " + server.getJdbcUrl());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
