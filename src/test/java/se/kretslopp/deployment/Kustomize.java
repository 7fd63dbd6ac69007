package se.kretslopp.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Renders the overlays of {@code k8s/} with {@code kubectl kustomize}, as an operator applies them. */
final class Kustomize {

    static final Path OVERLAYS = Path.of("k8s/overlays");
    private static final YAMLMapper YAML = new YAMLMapper();

    private Kustomize() {
    }

    static List<Path> overlays() throws IOException {
        try (Stream<Path> dirs = Files.list(OVERLAYS)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml"))).sorted().toList();
        }
    }

    /** Every object the overlay renders. Fails, never skips, when kubectl is missing: CI must validate. */
    static List<JsonNode> render(Path overlay) throws IOException, InterruptedException {
        return render("kubectl", overlay);
    }

    static List<JsonNode> render(String kubectl, Path overlay) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(kubectl, "kustomize", overlay.toString())
                    .redirectError(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new AssertionError("kubectl is not installed or not on the PATH; the k8s/ manifests cannot be "
                    + "validated without it (kubectl 1.32 with Kustomize 5.5, docs/deployment.md)", e);
        }
        byte[] out;
        byte[] err;
        try (InputStream stdout = process.getInputStream(); InputStream stderr = process.getErrorStream()) {
            out = stdout.readAllBytes();
            err = stderr.readAllBytes();
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("kubectl kustomize " + overlay + " did not finish within 60 s");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize " + overlay + " failed (exit " + process.exitValue() + "): "
                    + new String(err, StandardCharsets.UTF_8));
        }
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(out)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    objects.add(doc);
                }
            }
        }
        return objects;
    }
}
