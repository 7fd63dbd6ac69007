package se.kretslopp.deployment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the documentation promises an operator: the Secrets and their keys (docs/deployment.md, section "Secrets"),
 * the environment variables (docs/configuration.md), and what application.properties reads.
 */
record DeploymentDocs(Map<String, Set<String>> secrets, Set<String> variables, String applicationProperties) {

    static final Path DEPLOYMENT = Path.of("docs/deployment.md");
    static final Path CONFIGURATION = Path.of("docs/configuration.md");
    static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    static DeploymentDocs read() throws IOException {
        return new DeploymentDocs(secrets(Files.readAllLines(DEPLOYMENT, StandardCharsets.UTF_8)),
                variables(Files.readAllLines(CONFIGURATION, StandardCharsets.UTF_8)),
                Files.readString(PROPERTIES, StandardCharsets.UTF_8));
    }

    /** The table under "## Secrets": first cell the Secret's name, second its keys, each in backticks. */
    private static Map<String, Set<String>> secrets(List<String> lines) {
        Map<String, Set<String>> secrets = new HashMap<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.trim().equals("## Secrets");
                continue;
            }
            if (!inSection || !line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            Set<String> keys = new HashSet<>();
            Matcher key = CODE.matcher(cells[2]);
            while (key.find()) {
                keys.add(key.group(1));
            }
            Matcher name = CODE.matcher(cells[1]);
            while (name.find()) {
                secrets.put(name.group(1), keys);
            }
        }
        if (secrets.isEmpty()) {
            throw new IllegalStateException(DEPLOYMENT + " has no table of Secrets under \"## Secrets\"");
        }
        return secrets;
    }

    /** The names in backticks in the first cell of the rows of configuration.md's tables. */
    private static Set<String> variables(List<String> lines) {
        Set<String> variables = new HashSet<>();
        for (String line : lines) {
            if (!line.startsWith("| `")) {
                continue;
            }
            Matcher name = CODE.matcher(line.split("\\|")[1]);
            while (name.find()) {
                variables.add(name.group(1));
            }
        }
        return variables;
    }

    /**
     * Whether the service reads this environment variable: application.properties names it ({@code ${NAME}}), or it
     * is the environment form of a property set there (SmallRye Config maps {@code kretslopp.public-url} to
     * {@code KRETSLOPP_PUBLIC_URL}), or it sets a Quarkus property (QUARKUS_…, which Quarkus reads for every one of
     * its properties and which configuration.md lists).
     */
    boolean serviceReads(String variable) {
        if (applicationProperties.contains("${" + variable + "}") || applicationProperties.contains("${" + variable + ":")) {
            return true;
        }
        if (variable.startsWith("QUARKUS_")) {
            return true;
        }
        for (String line : applicationProperties.split("\n")) {
            int eq = line.indexOf('=');
            if (line.startsWith("#") || eq < 0) {
                continue;
            }
            String property = line.substring(0, eq).trim().replaceFirst("^%[a-z]+\\.", "");
            if (property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase().equals(variable)) {
                return true;
            }
        }
        return false;
    }

    /** The default of a property of the form {@code name=${VARIABLE:default}}. */
    String defaultOf(String property) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(property) + "=\\$\\{[A-Z_]+:([^}]*)}").matcher(applicationProperties);
        if (!m.find()) {
            throw new IllegalStateException(PROPERTIES + " does not set " + property + " with a default");
        }
        return m.group(1);
    }
}
