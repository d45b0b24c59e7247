package io.newsaggregator.app.pipes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsaggregator.domain.error.ConfigurationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The external-process side of the Dagster Pipes protocol (version 0.1): reads the context and
 * message-channel parameters that the orchestrator puts in {@code DAGSTER_PIPES_CONTEXT} and
 * {@code DAGSTER_PIPES_MESSAGES} (each base64 of zlib of JSON), and writes messages as JSON lines
 * to the file ({@code path}) or stream ({@code stdio}) the parameters name.
 *
 * <p>Written against the protocol as the {@code dagster-pipes} Python package defines it; no
 * maintained Java client exists on Maven Central.
 */
public final class DagsterPipes implements AutoCloseable {
    public static final String CONTEXT_ENV = "DAGSTER_PIPES_CONTEXT";
    public static final String MESSAGES_ENV = "DAGSTER_PIPES_MESSAGES";
    static final String VERSION = "0.1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode context;
    private final Path messagesFile;
    private final PrintWriter messagesStream;
    private boolean closed;

    private DagsterPipes(JsonNode context, Path messagesFile, PrintWriter messagesStream) {
        this.context = context;
        this.messagesFile = messagesFile;
        this.messagesStream = messagesStream;
    }

    /**
     * Opens the session from these environment variables and sends {@code opened}.
     *
     * @param stdout where {@code {"stdio": "stdout"}} messages go
     * @param stderr where {@code {"stdio": "stderr"}} messages go
     * @throws ConfigurationException when the variables are missing or not what the protocol says
     */
    public static DagsterPipes open(Map<String, String> env, PrintWriter stdout, PrintWriter stderr) {
        String contextValue = env.get(CONTEXT_ENV);
        String messagesValue = env.get(MESSAGES_ENV);
        if (contextValue == null || messagesValue == null) {
            throw new ConfigurationException("--dagster-pipes needs " + CONTEXT_ENV + " and " + MESSAGES_ENV
                    + " in the environment, as a Dagster Pipes client sets them");
        }
        JsonNode contextParams = decode(CONTEXT_ENV, contextValue);
        JsonNode messageParams = decode(MESSAGES_ENV, messagesValue);
        JsonNode context;
        if (contextParams.has("path")) {
            try {
                context = JSON.readTree(Files.readString(Path.of(contextParams.get("path").asText())));
            } catch (IOException e) {
                throw new ConfigurationException("cannot read the Dagster Pipes context file " + contextParams.get("path").asText()
                        + ": " + e.getMessage());
            }
        } else if (contextParams.has("data")) {
            context = contextParams.get("data");
        } else {
            throw new ConfigurationException(CONTEXT_ENV + " names neither 'path' nor 'data'");
        }
        DagsterPipes pipes;
        if (messageParams.has("path")) {
            pipes = new DagsterPipes(context, Path.of(messageParams.get("path").asText()), null);
        } else if (messageParams.has("stdio") || messageParams.has("buffered_stdio")) {
            String stream = messageParams.has("stdio") ? messageParams.get("stdio").asText() : messageParams.get("buffered_stdio").asText();
            if (!stream.equals("stdout") && !stream.equals("stderr")) {
                throw new ConfigurationException(MESSAGES_ENV + " names stream '" + stream + "'; expected stdout or stderr");
            }
            pipes = new DagsterPipes(context, null, stream.equals("stdout") ? stdout : stderr);
        } else {
            throw new ConfigurationException(MESSAGES_ENV + " names neither 'path' nor 'stdio'");
        }
        pipes.write("opened", Map.of("extras", Map.of()));
        return pipes;
    }

    /** Encodes a parameter as the orchestrator does: base64(zlib(JSON)). */
    public static String encode(Object value) {
        try {
            byte[] json = JSON.writeValueAsBytes(value);
            java.util.zip.Deflater deflater = new java.util.zip.Deflater();
            deflater.setInput(json);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode decode(String name, String value) {
        try {
            Inflater inflater = new Inflater();
            inflater.setInput(Base64.getDecoder().decode(value.strip()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated");
                }
                out.write(buffer, 0, n);
            }
            inflater.end();
            return JSON.readTree(out.toByteArray());
        } catch (IllegalArgumentException | DataFormatException | IOException e) {
            throw new ConfigurationException(name + " is not base64 of zlib-compressed JSON: " + e.getMessage());
        }
    }

    /**
     * The asset this process materialises: the one asset key of the context, or {@code fallback}
     * when the context names none.
     *
     * @throws ConfigurationException when the context names several assets
     */
    public String assetKey(String fallback) {
        JsonNode keys = context.path("asset_keys");
        if (!keys.isArray() || keys.isEmpty()) {
            return fallback;
        }
        if (keys.size() > 1) {
            throw new ConfigurationException("the Dagster Pipes context names " + keys.size() + " assets; this command materialises one");
        }
        return keys.get(0).asText();
    }

    /** A log line in the Dagster run (level INFO, WARNING, ERROR, ...). */
    public void log(String level, String message) {
        write("log", Map.of("message", message, "level", level));
    }

    /**
     * Reports the asset materialised, with metadata: numbers become {@code int}/{@code float}
     * entries, text {@code text}, anything else is left for Dagster to infer.
     */
    public void reportMaterialization(String assetKey, Map<String, ?> metadata) {
        Map<String, Object> typed = new LinkedHashMap<>();
        metadata.forEach((name, value) -> typed.put(name, Map.of("raw_value", value, "type", typeOf(value))));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("asset_key", assetKey);
        params.put("data_version", null);
        params.put("metadata", typed);
        write("report_asset_materialization", params);
    }

    private static String typeOf(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return "int";
        }
        if (value instanceof Double || value instanceof Float) {
            return "float";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        return value instanceof CharSequence ? "text" : "__infer__";
    }

    /** Ends the session with the failure that ended the work (its message and stack), or none. */
    public void close(Throwable failure) {
        if (closed) {
            return;
        }
        closed = true;
        write("closed", failure == null ? Map.of() : Map.of("exception", exception(failure)));
    }

    @Override
    public void close() {
        close(null);
    }

    private static Map<String, Object> exception(Throwable e) {
        List<String> stack = new ArrayList<>();
        for (StackTraceElement element : e.getStackTrace()) {
            stack.add(element.toString());
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("message", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        map.put("stack", stack);
        map.put("name", e.getClass().getSimpleName());
        map.put("cause", e.getCause() == null || e.getCause() == e ? null : exception(e.getCause()));
        map.put("context", null);
        return map;
    }

    private synchronized void write(String method, Map<String, ?> params) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("__dagster_pipes_version", VERSION);
        message.put("method", method);
        message.put("params", params);
        String line;
        try {
            line = JSON.writeValueAsString(message) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (messagesFile != null) {
            try {
                Files.writeString(messagesFile, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write Dagster Pipes messages to " + messagesFile, e);
            }
        } else {
            messagesStream.print(line);
            messagesStream.flush();
        }
    }
}
