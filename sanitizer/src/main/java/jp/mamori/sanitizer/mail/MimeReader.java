package jp.mamori.sanitizer.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.MailLimits;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.io.MaxHeaderLengthLimitException;
import org.apache.james.mime4j.io.MaxHeaderLimitException;
import org.apache.james.mime4j.io.MaxLineLimitException;
import org.apache.james.mime4j.parser.ContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Event;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Parses a mail into {@link Entity} trees with mime4j under hard limits, and refuses what two parsers
 * could read differently.
 *
 * <p>mime4j decides the structure (where parts start and end); this class cross-checks it against its
 * own reading of the headers. Ambiguity in a container (the message itself, a multipart, a
 * message/rfc822) rejects the whole mail, because nobody can say which parts it really has; ambiguity in
 * a leaf marks only that part, which is then removed. mime4j has no nesting limit, so depth and part
 * count are counted here. One instance reads one mail.
 */
final class MimeReader implements ContentHandler {

    private static final Set<String> ENCODINGS = Set.of("7bit", "8bit", "binary", "base64", "quoted-printable");

    /** A missing closing boundary stops the parse: what follows could belong to either side. */
    private static final String PREMATURE_END = Event.MIME_BODY_PREMATURE_END.toString();
    /**
     * mime4j skips a header line it cannot read and also reports an empty header block this way, so the
     * event is only remembered here and judged in {@link #endHeader()}.
     */
    private static final String INVALID_HEADER = Event.INVALID_HEADER.toString();

    private final MailLimits limits;
    private final Deadline deadline;
    private final Deque<Entity> open = new ArrayDeque<>();
    private Entity root;
    private int parts;
    /** Set once the message's own multipart has ended: mime4j then reads the epilogue as header lines. */
    private boolean rootDone;
    private boolean invalidHeader;

    private MimeReader(MailLimits limits, Deadline deadline) {
        this.limits = limits;
        this.deadline = deadline;
    }

    /** The mail's tree; throws {@link MailRejected} for anything over a limit or structurally ambiguous. */
    static Entity read(byte[] mail, MailLimits limits) {
        return read(mail, limits, Deadline.none());
    }

    static Entity read(byte[] mail, MailLimits limits, Deadline deadline) {
        if (mail.length > limits.maxMessageBytes()) {
            throw new MailRejected(FindingKind.OVER_LIMIT, "message",
                    "mail of " + mail.length + " bytes is over the limit of " + limits.maxMessageBytes());
        }
        checkLineLengths(mail, limits.maxLineLength());
        MimeConfig config = MimeConfig.custom()
                .setMaxLineLen(limits.maxLineLength())
                .setMaxHeaderLen(limits.maxHeaderLength())
                .setMaxHeaderCount(limits.maxHeaderCount())
                .setMaxContentLen(limits.maxMessageBytes())
                .setStrictParsing(true)
                .build();
        MimeReader reader = new MimeReader(limits, deadline);
        MimeStreamParser parser = new MimeStreamParser(config, reader.new StructureMonitor(), null);
        // Leaf bodies are decoded here (see body()); mime4j's byte-wise base64 decoder was the largest
        // single cost for mails with attachments.
        parser.setContentDecoding(false);
        parser.setRecurse();
        parser.setContentHandler(reader);
        try {
            int start = mboxEnvelopeLength(mail);
            parser.parse(new ByteArrayInputStream(mail, start, mail.length - start));
        } catch (MaxLineLimitException e) {
            throw new MailRejected(FindingKind.OVER_LIMIT, "message",
                    "a line is longer than " + limits.maxLineLength() + " bytes");
        } catch (MaxHeaderLimitException e) {
            throw new MailRejected(FindingKind.OVER_LIMIT, "message",
                    "more than " + limits.maxHeaderCount() + " header fields");
        } catch (MaxHeaderLengthLimitException e) {
            throw new MailRejected(FindingKind.OVER_LIMIT, "message",
                    "a header field is longer than " + limits.maxHeaderLength() + " bytes");
        } catch (MimeException | IOException e) {
            throw new MailRejected(FindingKind.AMBIGUOUS_STRUCTURE, "message",
                    "MIME structure not well-formed: " + e.getMessage());
        }
        if (reader.root == null) {
            throw new MailRejected(FindingKind.AMBIGUOUS_STRUCTURE, "message", "no message found");
        }
        return reader.root;
    }

    /** mime4j enforces its line limit on headers and multipart bodies only; this covers every line. */
    private static void checkLineLengths(byte[] mail, int max) {
        int lineStart = 0;
        for (int i = 0; i < mail.length; i++) {
            if (mail[i] == '\n') {
                lineStart = i + 1;
            } else if (i - lineStart >= max) {
                throw new MailRejected(FindingKind.OVER_LIMIT, "message", "a line is longer than " + max + " bytes");
            }
        }
    }

    /**
     * Files saved from mbox start with an envelope line ({@code From sender date}); it is not a header
     * and not part of the message, so it is skipped rather than judged.
     */
    private static int mboxEnvelopeLength(byte[] mail) {
        if (mail.length < 5 || mail[0] != 'F' || mail[1] != 'r' || mail[2] != 'o' || mail[3] != 'm' || mail[4] != ' ') {
            return 0;
        }
        for (int i = 5; i < mail.length; i++) {
            if (mail[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    @Override
    public void startMessage() {
        if (root == null) {
            root = new Entity("message", 0);
            open.push(root);
            return;
        }
        Entity holder = open.peek();
        if (!holder.mediaType().equals("message/rfc822")) {
            throw ambiguous(holder, "parsers disagree: opened as a mail, declared " + holder.mediaType());
        }
        holder.shape = Entity.Shape.MESSAGE;
        Entity inner = new Entity(holder.location, holder.depth + 1);
        checkDepth(inner);
        holder.children.add(inner);
        open.push(inner);
    }

    @Override
    public void endMessage() {
        open.pop();
    }

    @Override
    public void startBodyPart() {
        Entity parent = open.peek();
        int index = parent.children.size() + 1;
        String location = parent.location.equals("message") ? "part " + index : parent.location + "." + index;
        deadline.check(location);
        Entity part = new Entity(location, parent.depth + 1);
        if (parent.contentType.value().equals("multipart/digest")) {
            part.defaultType = "message/rfc822";
        }
        if (++parts > limits.maxParts()) {
            throw new MailRejected(FindingKind.OVER_LIMIT, location, "more than " + limits.maxParts() + " parts");
        }
        checkDepth(part);
        parent.children.add(part);
        open.push(part);
    }

    @Override
    public void endBodyPart() {
        open.pop();
    }

    @Override
    public void startHeader() {
        invalidHeader = false;
    }

    @Override
    public void field(Field field) {
        open.peek().fields.add(HeaderField.of(field));
    }

    @Override
    public void endHeader() {
        Entity e = open.peek();
        e.ambiguity = HeaderCheck.problem(e);
        if (invalidHeader && (e == root || !e.fields.isEmpty()) && e.ambiguity == null) {
            // Readers disagree on such a line: mime4j skips it, others end the header there.
            e.ambiguity = "a header line that is not a header field";
        }
        String type = e.mediaType();
        boolean container = e == root || type.startsWith("multipart/") || type.equals("message/rfc822");
        if (e.ambiguity != null && container) {
            throw ambiguous(e, e.ambiguity);
        }
    }

    @Override
    public void preamble(InputStream is) {
        // Dropped: nothing in a preamble is shown by mail clients, and nothing of it reaches the output.
    }

    @Override
    public void epilogue(InputStream is) {
        // Dropped, as the preamble.
    }

    @Override
    public void startMultipart(BodyDescriptor bd) {
        Entity e = open.peek();
        if (!e.mediaType().startsWith("multipart/")) {
            throw ambiguous(e, "parsers disagree: split as multipart, declared " + e.mediaType());
        }
        e.shape = Entity.Shape.MULTIPART;
    }

    @Override
    public void endMultipart() {
        if (open.peek() == root) {
            rootDone = true;
        }
    }

    @Override
    public void body(BodyDescriptor bd, InputStream is) throws IOException {
        Entity e = open.peek();
        String seen = bd.getMimeType() == null ? "" : bd.getMimeType().toLowerCase(Locale.ROOT);
        if (!seen.equals(e.mediaType()) && e.ambiguity == null) {
            e.ambiguity = "parsers disagree on the media type (" + seen + " / " + e.mediaType() + ")";
            if (e == root || e.mediaType().startsWith("multipart/")) {
                throw ambiguous(e, e.ambiguity);
            }
        }
        byte[] raw = is.readAllBytes();
        try {
            e.body = TransferDecoding.decode(raw, e.transferEncoding);
        } catch (IOException | RuntimeException ex) {
            e.ambiguity = "body could not be decoded: " + ex.getMessage();
        }
    }

    @Override
    public void raw(InputStream is) {
        // Not called in recursive mode.
    }

    private void checkDepth(Entity e) {
        if (e.depth > limits.maxDepth()) {
            throw new MailRejected(FindingKind.OVER_LIMIT, e.location,
                    "nested deeper than " + limits.maxDepth() + " levels");
        }
    }

    private static MailRejected ambiguous(Entity e, String reason) {
        return new MailRejected(FindingKind.AMBIGUOUS_STRUCTURE, e.location, reason);
    }

    /** Turns mime4j's structural warnings into parse errors; everything else is decoded leniently. */
    private final class StructureMonitor extends DecodeMonitor {
        @Override
        public boolean warn(String message, String dflt) {
            if (rootDone || message == null) {
                return false;
            }
            if (message.contains(INVALID_HEADER)) {
                invalidHeader = true;
                return false;
            }
            return message.contains(PREMATURE_END);
        }

        @Override
        public boolean isListening() {
            return true;
        }
    }

    static boolean knownEncoding(String encoding) {
        return ENCODINGS.contains(encoding);
    }
}
