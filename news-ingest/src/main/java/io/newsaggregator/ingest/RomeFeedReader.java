package io.newsaggregator.ingest;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.model.ParsedFeed;
import io.newsaggregator.domain.port.out.FeedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom with ROME, and JSON Feed with Jackson. The XML is parsed by
 * {@link HardenedXmlParser} (no DTD, no entities) and only the resulting tree is given to ROME.
 * A strict parse comes first; when it fails, one re-parse of the sanitised text follows.
 */
final class RomeFeedReader implements FeedReader {
    private static final Logger log = LoggerFactory.getLogger(RomeFeedReader.class);
    private static final int MAX_GUNZIPPED_BYTES = 32 * 1024 * 1024;

    private static final Set<String> FEED_ROOTS = Set.of("rss", "rdf", "feed", "channel");

    private final HardenedXmlParser parser = new HardenedXmlParser();
    private final JsonFeedParser jsonFeeds = new JsonFeedParser();

    @Override
    public ParsedFeed read(FetchedPage page) {
        Objects.requireNonNull(page, "page");
        String source = page.finalUrl();
        byte[] body = gunzipIfNeeded(source, page.body());
        DecodedText decoded = TextDecoder.decodeXml(body, page.charset());
        log.debug("Feed {} decoded as {} ({})", source, decoded.charset(), decoded.how());
        String text = decoded.text();
        if (text.isBlank()) {
            throw refused(source, "the body is empty");
        }
        if (text.strip().replace("\uFEFF", "").startsWith("{")) {
            return jsonFeeds.parse(source, text.strip().replace("\uFEFF", ""));
        }
        XmlProlog.Cleaned cleaned;
        try {
            cleaned = XmlProlog.clean(text);
        } catch (XmlProlog.Refusal r) {
            throw refused(source, r.getMessage());
        }
        if (isHtmlContentType(page.contentType()) && !FEED_ROOTS.contains(cleaned.rootName().toLowerCase(Locale.ROOT))) {
            throw refused(source, "is an HTML page, not a feed (Content-Type " + page.contentType() + ")");
        }
        ItemCap[] cap = new ItemCap[1];
        Document document = parseLeniently(source, cleaned.text(), cap);
        AtomNamespace.addWhereMissing(document);
        SyndFeed feed = toSyndFeed(source, cleaned.rootName(), document);
        ParsedFeed parsed = toParsedFeed(source, feed, cap[0].dropped());
        if (parsed.itemsDropped() > 0) {
            log.info("Feed {} lists {} items beyond the cap of {}; they are not read", source, parsed.itemsDropped(), ItemCap.MAX_ITEMS);
        }
        return parsed;
    }

    /** {@code cap[0]} is set to the filter of the parse that succeeded. */
    private Document parseLeniently(String source, String xml, ItemCap[] cap) {
        try {
            cap[0] = new ItemCap(ItemCap.MAX_ITEMS);
            return parser.parse(xml, cap[0]);
        } catch (JDOMException | IOException strictFailure) {
            try {
                cap[0] = new ItemCap(ItemCap.MAX_ITEMS);
                Document healed = parser.parse(XmlSanitizer.sanitize(xml), cap[0]);
                log.debug("Feed {} is not well-formed ({}); read after sanitising", source, strictFailure.getMessage());
                return healed;
            } catch (JDOMException | IOException e) {
                throw new MalformedContentException(source, source + ": not well-formed XML" + where(e) + ": "
                        + explain(firstLine(e.getMessage())), e);
            }
        }
    }

    private static SyndFeed toSyndFeed(String source, String rootName, Document document) {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        try {
            return input.build(document);
        } catch (IllegalArgumentException e) {
            throw new MalformedContentException(source, source + ": root element <" + rootName
                    + "> is not RSS, RDF or Atom, so this is not a feed", e);
        } catch (FeedException | RuntimeException e) {
            throw new MalformedContentException(source, source + ": feed could not be read: " + firstLine(e.getMessage()), e);
        }
    }

    private static ParsedFeed toParsedFeed(String source, SyndFeed feed, int itemsDropped) {
        List<DiscoveredLink> links = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (SyndEntry entry : feed.getEntries()) {
            Optional<String> url = entryUrl(entry).flatMap(link -> FeedText.absoluteHttpUrl(source, link));
            if (url.isEmpty() || !seen.add(url.get())) {
                continue;
            }
            links.add(new DiscoveredLink(url.get(), FeedText.cleanTitle(entry.getTitle()), publishedAt(entry),
                    categories(entry)));
        }
        return new ParsedFeed(FeedText.cleanTitle(feed.getTitle()), links, List.of(), itemsDropped);
    }

    /** FeedBurner's original link first (the item link is FeedBurner's redirecting proxy), then the entry link. */
    private static Optional<String> entryUrl(SyndEntry entry) {
        for (Element foreign : entry.getForeignMarkup()) {
            if (foreign.getName().equals("origLink") && !foreign.getTextTrim().isEmpty()) {
                return Optional.of(foreign.getTextTrim());
            }
        }
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return Optional.of(entry.getLink());
        }
        for (SyndLink link : entry.getLinks()) {
            if (link.getRel() == null || link.getRel().equals("alternate")) {
                return Optional.ofNullable(link.getHref());
            }
        }
        String uri = entry.getUri();
        return uri != null && uri.toLowerCase(Locale.ROOT).startsWith("http") ? Optional.of(uri) : Optional.empty();
    }

    private static Instant publishedAt(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant();
    }

    private static List<String> categories(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndCategory category : entry.getCategories()) {
            String name = FeedText.cleanTitle(category.getName());
            if (name != null) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    private static byte[] gunzipIfNeeded(String source, byte[] body) {
        if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length * 4);
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > MAX_GUNZIPPED_BYTES) {
                    throw refused(source, "gzip-compressed body expands beyond " + MAX_GUNZIPPED_BYTES + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new MalformedContentException(source, source + ": gzip-compressed body could not be decompressed: "
                    + firstLine(e.getMessage()), e);
        }
    }

    private static boolean isHtmlContentType(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html");
    }

    private static MalformedContentException refused(String source, String reason) {
        return new MalformedContentException(source, source + " " + reason);
    }

    private static String explain(String parserMessage) {
        if (parserMessage.contains("must start and end within the same entity")) {
            return "the document ends before its elements are closed (truncated)";
        }
        return parserMessage;
    }

    private static String where(Exception e) {
        if (e instanceof JDOMParseException p && p.getLineNumber() > 0) {
            return " at line " + p.getLineNumber() + ", column " + p.getColumnNumber();
        }
        return "";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown reason";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        // JDOM prefixes the SAX message with its own location text; keep the SAX part
        int cause = line.indexOf("Message: ");
        return cause >= 0 ? line.substring(cause + 9) : line;
    }
}
