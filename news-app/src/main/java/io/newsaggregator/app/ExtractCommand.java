package io.newsaggregator.app;

import io.newsaggregator.domain.model.ExtractedArticle;
import io.newsaggregator.domain.port.in.ExtractArticles;
import io.newsaggregator.domain.port.in.ExtractArticles.Request;
import io.newsaggregator.domain.port.in.ExtractArticles.Result;
import io.newsaggregator.ingest.HttpFetchSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code extract}: article extraction alone, from URLs or saved pages; nothing is stored. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Extract title, authors, dates, text and more from article pages (nothing is stored).")
final class ExtractCommand implements Callable<Integer> {
    private static final int MAX_PAGE_BYTES = 64 * 1024 * 1024;
    /** Where a page read from standard input claims to come from, unless --base-url says. */
    private static final String STDIN_URL = "file:///dev/stdin";

    @Option(names = "--url", paramLabel = "URL", description = "Fetch and extract this page (repeatable).")
    List<String> urls = new ArrayList<>();

    @Option(names = "--base-url", paramLabel = "URL", description = "The URL saved files were fetched from (resolves relative links).")
    String baseUrl;

    @Option(names = "--allow-network", paramLabel = "CIDR", split = ",",
            description = "Let --url reach these non-public networks (e.g. 127.0.0.0/8).")
    List<String> allowNetworks = new ArrayList<>();

    @Parameters(paramLabel = "FILE", description = "Saved HTML pages (.html or .html.gz); - reads one page from standard input.")
    List<Path> files = new ArrayList<>();

    @Mixin
    OutputOptions output;

    @Mixin
    VerbosityOption verbosity;

    @Spec
    CommandSpec spec;

    @ParentCommand
    NewsApp app;

    @Override
    public Integer call() {
        verbosity.apply();
        if (urls.isEmpty() && files.isEmpty()) {
            throw new UsageException("give at least one --url or FILE");
        }
        for (Path file : files) {
            if (!isStdin(file) && !Files.exists(file)) {
                throw new UsageException("no such file: " + file);
            }
        }
        ExtractArticles extraction = NewsAggregator.extractArticles(
                HttpFetchSettings.defaults().withAllowedNetworks(allowNetworks.toArray(String[]::new)), app.clock());
        Output out = new Output(spec.commandLine().getOut(), output.json());
        int failures = 0;
        for (String url : urls) {
            failures += print(out, url, extraction.extract(Request.fetch(url)));
        }
        for (Path file : files) {
            String url = baseUrl != null ? baseUrl : isStdin(file) ? STDIN_URL : file.toAbsolutePath().toUri().toString();
            byte[] body;
            try {
                body = read(file);
            } catch (IOException e) {
                failures += printFailure(out, file.toString(), e);
                continue;
            }
            failures += print(out, file.toString(), extraction.extract(Request.saved(url, body)));
        }
        return failures == 0 ? NewsApp.OK : NewsApp.FAILED;
    }

    private static int print(Output out, String source, Result result) {
        if (!result.extracted()) {
            return printFailure(out, source, result.failure());
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("source", source);
        line.putAll(fields(result.article()));
        out.json(line);
        printText(out, source, result.article());
        return 0;
    }

    private static int printFailure(Output out, String source, Exception failure) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("source", source);
        line.put("error", NewsApp.describe(failure));
        out.json(line);
        out.line("%s: error: %s", source, NewsApp.describe(failure));
        return 1;
    }

    static Map<String, Object> fields(ExtractedArticle a) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("url", a.url());
        map.put("canonicalUrl", a.canonicalUrl());
        map.put("title", a.title());
        map.put("authors", a.authors());
        map.put("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toString());
        map.put("modifiedAt", a.modifiedAt() == null ? null : a.modifiedAt().toString());
        map.put("language", a.language());
        map.put("section", a.section());
        map.put("lead", a.lead());
        map.put("text", a.text());
        map.put("image", a.image());
        return map;
    }

    private static void printText(Output out, String source, ExtractedArticle a) {
        out.line("== %s", source);
        out.line("Title:     %s", nullToEmpty(a.title()));
        out.line("Authors:   %s", String.join(", ", a.authors()));
        out.line("Published: %s", a.publishedAt() == null ? "" : a.publishedAt());
        out.line("Modified:  %s", a.modifiedAt() == null ? "" : a.modifiedAt());
        out.line("Language:  %s   Section: %s", nullToEmpty(a.language()), nullToEmpty(a.section()));
        out.line("Canonical: %s", nullToEmpty(a.canonicalUrl()));
        out.line("Image:     %s", nullToEmpty(a.image()));
        out.line("Lead:      %s", nullToEmpty(a.lead()));
        out.line("");
        out.line(nullToEmpty(a.text()));
        out.line("");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static boolean isStdin(Path file) {
        return file.toString().equals("-");
    }

    private static byte[] read(Path file) throws IOException {
        if (isStdin(file)) {
            return System.in.readNBytes(MAX_PAGE_BYTES);
        }
        if (!file.getFileName().toString().endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readNBytes(MAX_PAGE_BYTES);
        }
    }
}
