package org.relieve.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.sql.DataSource;

import org.relieve.backup.BackupManifest;
import org.relieve.backup.DatabaseBackup;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar relieve.jar --backup[=FILE or FOLDER]} writes the whole database into one archive
 * and exits. It works while the clinic is open: with the embedded database it connects to the
 * server the running Relieve keeps on the data folder, and the snapshot never blocks anyone.
 */
@Component
@Order(0)
class BackupCommand implements ApplicationRunner {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Clock clock;
    private final ConfigurableApplicationContext context;

    BackupCommand(DataSource dataSource, Clock clock, ConfigurableApplicationContext context) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("backup")) {
            return;
        }
        int code;
        try {
            Path archive = archivePath(args.getOptionValues("backup"));
            BackupManifest manifest = new DatabaseBackup(dataSource, clock).writeTo(archive);
            System.out.printf("Backup written to %s: %,d rows in %d tables, schema version %s, %,d bytes.%n",
                    archive, manifest.totalRows(), manifest.tables().size(), manifest.schemaVersion(), Files.size(archive));
            code = 0;
        } catch (Exception e) {
            System.err.println("The backup failed, and no archive was written: " + e.getMessage());
            code = 1;
        }
        int exitCode = code;
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    private Path archivePath(List<String> values) {
        String name = "relieve-backup-" + STAMP.format(clock.instant()) + ".zip";
        String given = values.isEmpty() ? "" : values.getFirst();
        if (given.isBlank()) {
            return Path.of(name).toAbsolutePath();
        }
        Path path = Path.of(given).toAbsolutePath();
        return Files.isDirectory(path) ? path.resolve(name) : path;
    }
}
