package io.newsaggregator.analysis;

import io.newsaggregator.domain.error.MalformedContentException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@link StoryClustererState} as compact bytes and reads it back. The format starts with a
 * magic number and a version so that a later format can still read (or clearly refuse) an older
 * one. Map entries are written in key order, so equal states give equal bytes.
 *
 * <p>Version 2 is written. It reads version 1 too, which listed every member id of each story
 * (the state then grew with every article a long-running story took in); those lists are checked
 * against the member counts and skipped, as no assignment depends on them.
 */
final class StoryStateCodec {

    static final int MAGIC = 0x4E415343; // "NASC"
    static final int VERSION = 2;
    /** Version 1: each story also lists its member ids, after its centroid. */
    static final int WITH_MEMBER_IDS = 1;
    private static final String SOURCE = "story clusterer state";

    private StoryStateCodec() {
    }

    static byte[] encode(StoryClustererState state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(state.documentCount());
            out.writeLong(state.nextStoryNumber());
            writeNullableInstant(out, state.watermark());
            writeIntMap(out, state.documentFrequencies());
            out.writeInt(state.stories().size());
            for (StoryRecord story : state.stories()) {
                writeStory(out, story);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write story clusterer state to memory", e);
        }
        return bytes.toByteArray();
    }

    static StoryClustererState decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int magic = in.readInt();
            if (magic != MAGIC) {
                throw new MalformedContentException(SOURCE, SOURCE + ": bad magic number, these bytes are not one");
            }
            int version = in.readInt();
            if (version != VERSION && version != WITH_MEMBER_IDS) {
                throw new MalformedContentException(SOURCE, SOURCE + ": format version " + version
                        + " is not supported (this version reads " + WITH_MEMBER_IDS + " and " + VERSION + ")");
            }
            long documentCount = in.readLong();
            long nextStoryNumber = in.readLong();
            Instant watermark = readNullableInstant(in);
            Map<String, Integer> frequencies = readIntMap(in);
            int storyCount = readCount(in);
            List<StoryRecord> stories = new ArrayList<>(storyCount);
            for (int i = 0; i < storyCount; i++) {
                stories.add(readStory(in, version == WITH_MEMBER_IDS));
            }
            if (in.read() != -1) {
                throw new MalformedContentException(SOURCE, SOURCE + ": unexpected bytes after the last story");
            }
            return new StoryClustererState(documentCount, nextStoryNumber, watermark, frequencies, stories);
        } catch (EOFException e) {
            throw new MalformedContentException(SOURCE, SOURCE + ": truncated (" + bytes.length + " bytes)", e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedContentException(SOURCE, SOURCE + ": inconsistent content: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read story clusterer state from memory", e);
        }
    }

    private static void writeStory(DataOutputStream out, StoryRecord story) throws IOException {
        writeString(out, story.id());
        writeDoubleMap(out, story.centroid());
        writeString(out, story.firstSeenPortal());
        writeInstant(out, story.firstSeenAt());
        writeInstant(out, story.lastSeenAt());
        writeIntMap(out, story.coverage());
        writeString(out, story.representativeId());
        writeString(out, story.representativeTitle());
        writeDoubleMap(out, story.representativeTerms());
    }

    private static StoryRecord readStory(DataInputStream in, boolean withMemberIds) throws IOException {
        String id = readString(in);
        Map<String, Double> centroid = readDoubleMap(in);
        int listedMembers = withMemberIds ? skipMemberIds(in) : -1;
        String firstSeenPortal = readString(in);
        Instant firstSeenAt = readInstant(in);
        Instant lastSeenAt = readInstant(in);
        Map<String, Integer> coverage = readIntMap(in);
        String representativeId = readString(in);
        String representativeTitle = readString(in);
        Map<String, Double> representativeTerms = readDoubleMap(in);
        StoryRecord story = new StoryRecord(id, centroid, firstSeenPortal, firstSeenAt, lastSeenAt, coverage,
                representativeId, representativeTitle, representativeTerms);
        if (withMemberIds && listedMembers != story.memberCount()) {
            throw new MalformedContentException(SOURCE, SOURCE + ": story " + id + " lists " + listedMembers
                    + " member ids but its coverage counts " + story.memberCount() + " members");
        }
        return story;
    }

    /** Skips a version-1 member id list; returns its length. */
    private static int skipMemberIds(DataInputStream in) throws IOException {
        int members = readCount(in);
        for (int i = 0; i < members; i++) {
            in.skipNBytes(readCount(in));
        }
        return members;
    }

    private static void writeIntMap(DataOutputStream out, Map<String, Integer> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, Integer> entry : new TreeMap<>(map).entrySet()) {
            writeString(out, entry.getKey());
            out.writeInt(entry.getValue());
        }
    }

    private static Map<String, Integer> readIntMap(DataInputStream in) throws IOException {
        int size = readCount(in);
        Map<String, Integer> map = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            map.put(readString(in), in.readInt());
        }
        return map;
    }

    private static void writeDoubleMap(DataOutputStream out, Map<String, Double> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, Double> entry : new TreeMap<>(map).entrySet()) {
            writeString(out, entry.getKey());
            out.writeDouble(entry.getValue());
        }
    }

    private static Map<String, Double> readDoubleMap(DataInputStream in) throws IOException {
        int size = readCount(in);
        Map<String, Double> map = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            map.put(readString(in), in.readDouble());
        }
        return map;
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[readCount(in)];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        long seconds = in.readLong();
        int nanos = in.readInt();
        try {
            return Instant.ofEpochSecond(seconds, nanos);
        } catch (java.time.DateTimeException e) {
            throw new MalformedContentException(SOURCE, SOURCE + ": invalid instant " + seconds + "s " + nanos + "ns", e);
        }
    }

    private static void writeNullableInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeBoolean(instant != null);
        if (instant != null) {
            writeInstant(out, instant);
        }
    }

    private static Instant readNullableInstant(DataInputStream in) throws IOException {
        return in.readBoolean() ? readInstant(in) : null;
    }

    /** A count or length; a negative one (or one past the remaining bytes) means corrupt input. */
    private static int readCount(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new MalformedContentException(SOURCE, SOURCE + ": invalid count " + count);
        }
        return count;
    }
}
