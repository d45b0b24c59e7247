package io.newsaggregator.analysis;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Version-1 state bytes, as the release before member ids left the state wrote them: each story
 * lists its member ids after its centroid. {@link #GOLDEN} holds bytes written by that release.
 */
final class StoryStateVersionOne {

    /** Written by the previous release from {@code StoryStateCodecTest.STATE}, whose stories had members 1, 2 and 3. */
    static final String GOLDEN = "story-state-v1.bin";

    private StoryStateVersionOne() {
    }

    static byte[] golden() {
        try (InputStream in = StoryStateVersionOne.class.getResourceAsStream(GOLDEN)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + GOLDEN + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The state in the version-1 layout, each story listing the member ids given for it. */
    static byte[] write(StoryClustererState state, Map<String, List<String>> memberIds) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(StoryStateCodec.MAGIC);
            out.writeInt(1);
            out.writeLong(state.documentCount());
            out.writeLong(state.nextStoryNumber());
            out.writeBoolean(state.watermark() != null);
            if (state.watermark() != null) {
                writeInstant(out, state.watermark());
            }
            writeIntMap(out, state.documentFrequencies());
            out.writeInt(state.stories().size());
            for (StoryRecord story : state.stories()) {
                writeString(out, story.id());
                writeDoubleMap(out, story.centroid());
                List<String> members = memberIds.get(story.id());
                out.writeInt(members.size());
                for (String member : members) {
                    writeString(out, member);
                }
                writeString(out, story.firstSeenPortal());
                writeInstant(out, story.firstSeenAt());
                writeInstant(out, story.lastSeenAt());
                writeIntMap(out, story.coverage());
                writeString(out, story.representativeId());
                writeString(out, story.representativeTitle());
                writeDoubleMap(out, story.representativeTerms());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeIntMap(DataOutputStream out, Map<String, Integer> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, Integer> entry : new TreeMap<>(map).entrySet()) {
            writeString(out, entry.getKey());
            out.writeInt(entry.getValue());
        }
    }

    private static void writeDoubleMap(DataOutputStream out, Map<String, Double> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, Double> entry : new TreeMap<>(map).entrySet()) {
            writeString(out, entry.getKey());
            out.writeDouble(entry.getValue());
        }
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }
}
