package io.newsaggregator.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code news-app} in a child JVM of its own, for what is about processes: kill -9, a small heap. */
final class ChildApp {
    record Result(int exitCode, String out, String err) {
    }

    private final Process process;
    private final Path out;
    private final Path err;

    private ChildApp(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code news-app args} with these JVM options; its output goes to files in {@code dir}. */
    static ChildApp start(Path dir, List<String> jvmOptions, String... args) throws IOException {
        Path out = Files.createTempFile(dir, "child", ".out");
        Path err = Files.createTempFile(dir, "child", ".err");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), NewsApp.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ChildApp(process, out, err);
    }

    static Result run(Path dir, Duration limit, List<String> jvmOptions, String... args) throws Exception {
        return start(dir, jvmOptions, args).await(limit);
    }

    Result await(Duration limit) throws IOException, InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("news-app did not end within " + limit + "; stderr:\n" + err());
        }
        return new Result(process.exitValue(), out(), err());
    }

    /** Waits until stdout contains {@code text}. */
    void awaitOutput(String text, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!out().contains(text)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("news-app did not print '" + text + "'; stdout:\n" + out() + "\nstderr:\n" + err());
            }
            Thread.sleep(200);
        }
    }

    /** SIGTERM, as a service manager stops a process, then waits for it to end. */
    Result terminate(Duration limit) throws IOException, InterruptedException {
        process.destroy();
        return await(limit);
    }

    /** kill -9: no shutdown hook, no finally block runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }
}
