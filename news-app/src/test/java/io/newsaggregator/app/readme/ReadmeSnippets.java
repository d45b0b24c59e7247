package io.newsaggregator.app.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** The Java snippets of the README's "Embed it" section, compiled as printed against the test classpath. */
final class ReadmeSnippets {
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```");
    private static final Pattern CLASS_NAME = Pattern.compile("(?m)^public (?:final )?class (\\w+)");

    private ReadmeSnippets() {
    }

    /** Snippet source by the name of the class it declares, in README order. */
    static Map<String, String> embedSection() {
        Path readme = Path.of("..", "README.md");
        assertThat(readme).as("the project's README next to the news-app module").exists();
        String text;
        try {
            text = Files.readString(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = text.indexOf("\n## Embed it\n");
        assertThat(start).as("README has an 'Embed it' section").isNotNegative();
        int end = text.indexOf("\n## ", start + 1);
        String section = text.substring(start, end < 0 ? text.length() : end);
        Map<String, String> snippets = new LinkedHashMap<>();
        Matcher block = JAVA_BLOCK.matcher(section);
        while (block.find()) {
            Matcher name = CLASS_NAME.matcher(block.group(1));
            assertThat(name.find()).as("a README snippet declares a public class:%n%s", block.group(1)).isTrue();
            snippets.put(name.group(1), block.group(1));
        }
        return snippets;
    }

    /**
     * Compiles the snippets into {@code out} and returns a class loader over them.
     *
     * @throws AssertionError with the compiler's messages when a snippet does not compile
     */
    static ClassLoader compile(Map<String, String> snippets, Path out) throws IOException {
        List<File> sources = new ArrayList<>();
        for (Map.Entry<String, String> snippet : snippets.entrySet()) {
            Path file = out.resolve(snippet.getKey() + ".java");
            Files.writeString(file, snippet.getValue(), StandardCharsets.UTF_8);
            sources.add(file.toFile());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("a JDK with javac").isNotNull();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        StringWriter messages = new StringWriter();
        List<String> options = List.of("-classpath", classpath, "-d", out.toString(), "-proc:none", "-Xlint:none");
        try (var files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean compiled = compiler.getTask(messages, files, null, options, null,
                    files.getJavaFileObjectsFromFiles(sources)).call();
            assertThat(compiled).as("README snippets compile as printed:%n%s", messages).isTrue();
        }
        try {
            return new URLClassLoader(new URL[] {out.toUri().toURL()}, ReadmeSnippets.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
