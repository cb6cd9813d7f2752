package org.relieve.cli;

import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar relieve.jar --generate-chain [--chain-clients=10000]}: fills the configured
 * database with a clinic chain's three years ({@link ChainDataGenerator}) for load tests, prints
 * the time of each step, and exits. Never part of a normal start; refuses when the chain is there.
 */
@Component
@Order(0)
class GenerateChainCommand implements ApplicationRunner {

    private final ChainDataGenerator generator;
    private final ConfigurableApplicationContext context;

    GenerateChainCommand(ChainDataGenerator generator, ConfigurableApplicationContext context) {
        this.generator = generator;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("generate-chain")) {
            return;
        }
        int code = 0;
        if (generator.generated()) {
            System.out.println("The chain's data is already in this database; nothing generated.");
        } else {
            List<String> given = args.getOptionValues("chain-clients");
            int clients = given == null || given.isEmpty() ? 10_000 : Integer.parseInt(given.getFirst());
            System.out.printf("Generating %,d clients with %d signed sessions each…%n", clients,
                    ChainDataGenerator.SESSIONS_PER_CLIENT);
            long started = System.nanoTime();
            Map<String, Long> steps = generator.generate(clients);
            System.out.printf("Generated in %,d ms (%d steps). Sign in as chain-manager or chain01…, password '%s'.%n",
                    (System.nanoTime() - started) / 1_000_000, steps.size(), ChainDataGenerator.PASSWORD);
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
