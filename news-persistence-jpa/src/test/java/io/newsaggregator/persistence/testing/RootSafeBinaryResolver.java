package io.newsaggregator.persistence.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * PostgreSQL refuses to run as root, and containers and CI machines often build as root. When we
 * run as root, this resolver repackages zonky's binaries so that {@code initdb}, {@code pg_ctl} and
 * {@code postgres} are small scripts that start the real program in a new user namespace where it
 * is an ordinary user mapped onto root outside: the server is content, and file access still works.
 * The repackaged archive is cached in the temp directory.
 */
final class RootSafeBinaryResolver implements PgBinaryResolver {
    private static final Set<String> GUARDED = Set.of("bin/initdb", "bin/pg_ctl", "bin/postgres");
    private static final String WRAPPER = """
            #!/bin/sh
            if [ "$(id -u)" = 0 ]; then
              exec unshare --user --map-user=1000 --map-group=1000 "$0.real" "$@"
            fi
            exec "$0.real" "$@"
            """;

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        byte[] original;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
            original = in.readAllBytes();
        }
        if (!runningAsRoot()) {
            return new ByteArrayInputStream(original);
        }
        Path cached = Path.of(System.getProperty("java.io.tmpdir"),
                "news-embedded-pg-" + system + "-" + machineHardware + "-" + sha256(original).substring(0, 16) + "-rootsafe.txz");
        if (!Files.exists(cached)) {
            Path partial = Files.createTempFile(cached.getParent(), "news-embedded-pg-", ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                repack(original, out);
            }
            Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return Files.newInputStream(cached);
    }

    private static void repack(byte[] original, OutputStream target) throws IOException {
        byte[] wrapper = WRAPPER.getBytes(StandardCharsets.UTF_8);
        try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(original)));
             TarArchiveOutputStream out = new TarArchiveOutputStream(new XZOutputStream(target, new LZMA2Options(1)))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                boolean guarded = entry.isFile() && GUARDED.contains(name);
                if (guarded) {
                    entry.setName(entry.getName() + ".real");
                }
                out.putArchiveEntry(entry);
                if (entry.isFile()) {
                    in.transferTo(out);
                }
                out.closeArchiveEntry();
                if (guarded) {
                    TarArchiveEntry script = new TarArchiveEntry(entry.getName().substring(0, entry.getName().length() - 5));
                    script.setMode(0755);
                    script.setSize(wrapper.length);
                    script.setModTime(entry.getModTime());
                    out.putArchiveEntry(script);
                    out.write(wrapper);
                    out.closeArchiveEntry();
                }
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
