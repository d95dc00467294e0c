package org.caseflow.ingest.cin;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.Limits;

/**
 * A forward-only walk over an XML file that keeps the path of open elements, so that every problem
 * can name its line and element. DTDs are refused and external entities never resolved. Element
 * content is never put in a message: the XML may carry a child's identifiers.
 *
 * <p>Use: {@link #root()} once, then for each element either {@link #nextChild()} until it returns
 * false, {@link #text()}, or {@link #skip()}; each consumes the element up to its end tag.
 */
public final class XmlCursor implements AutoCloseable {
  private static final Pattern ENCODING =
      Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final int SNIFF = 512;

  private final String file;
  private final String what;
  private final DecodingReader source;
  private final XMLStreamReader xml;
  private String[] path = new String[16];
  private int depth;
  private final StringBuilder text = new StringBuilder(64);

  private XmlCursor(String file, String what, DecodingReader source, XMLStreamReader xml) {
    this.file = file;
    this.what = what;
    this.source = source;
    this.xml = xml;
  }

  /**
   * Opens the stream. The encoding is taken from a UTF-8 byte order mark or the XML declaration
   * (UTF-8 when it names none); bytes that are not valid in it stop the read.
   */
  public static XmlCursor open(String file, InputStream raw) throws IOException, InputException {
    return open(file, raw, "a CIN census XML file");
  }

  /**
   * As {@link #open(String, InputStream)}, naming what the file should be in messages (e.g. {@code
   * a CSWW census XML file}).
   */
  public static XmlCursor open(String file, InputStream raw, String what)
      throws IOException, InputException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(SNIFF);
    byte[] head = in.readNBytes(SNIFF);
    in.reset();
    if (head.length < SNIFF && isBlank(head)) {
      throw new InputException(file, "line 1", "-", "the file is empty", what);
    }
    Charset charset;
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      in.skipNBytes(3);
      charset = StandardCharsets.UTF_8;
    } else if (head.length >= 2
        && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
            || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE))) {
      charset = StandardCharsets.UTF_16; // decodes and drops the byte order mark
    } else {
      charset = declared(file, new String(head, StandardCharsets.ISO_8859_1));
    }
    DecodingReader reader = new DecodingReader(in, charset);
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external entities are not allowed");
        });
    try {
      return new XmlCursor(file, what, reader, factory.createXMLStreamReader(reader));
    } catch (XMLStreamException e) {
      throw new XmlCursor(file, what, reader, null).translate(e);
    }
  }

  private static boolean isBlank(byte[] head) {
    for (byte b : head) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }

  private static Charset declared(String file, String head) throws InputException {
    Matcher m = ENCODING.matcher(head);
    if (!m.find()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(m.group(1));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new InputException(
          file,
          "line 1",
          "encoding",
          "the XML declaration names the encoding '" + m.group(1) + "', which is not known",
          "UTF-8 or another standard encoding",
          e);
    }
  }

  /** Moves to the root element and returns its name. */
  public String root() throws InputException {
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        push();
        return xml.getLocalName();
      }
      if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new InputException(
            file, "line " + line(), "-", "the file holds no XML element", what);
      }
    }
  }

  /**
   * Moves to the next child element of the current element and returns true, or consumes the
   * current element's end tag and returns false.
   */
  public boolean nextChild() throws InputException {
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        push();
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        return false;
      }
      if (event == XMLStreamConstants.END_DOCUMENT) {
        throw truncated(null);
      }
    }
  }

  /** The text of the current element, trimmed, consuming it; "" when empty. */
  public String text() throws InputException {
    String single = null;
    text.setLength(0);
    while (true) {
      int event = next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS,
            XMLStreamConstants.CDATA,
            XMLStreamConstants.SPACE,
            XMLStreamConstants.ENTITY_REFERENCE -> {
          if (single == null && text.length() == 0) {
            single = xml.getText();
          } else {
            if (single != null) {
              text.append(single);
              single = null;
            }
            text.append(xml.getText());
            if (text.length() > Limits.MAX_XML_TEXT_CHARS) {
              throw Limits.tooLong(file, "line " + line(), path[depth - 1], text.length());
            }
          }
          if (single != null && single.length() > Limits.MAX_XML_TEXT_CHARS) {
            throw Limits.tooLong(file, "line " + line(), path[depth - 1], single.length());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          return single != null ? single.strip() : text.toString().strip();
        }
        case XMLStreamConstants.START_ELEMENT -> {
          String inner = xml.getLocalName();
          int at = line();
          throw new InputException(
              file,
              "line " + at,
              path[depth - 1],
              "the element holds an element <" + inner + ">",
              "text only");
        }
        case XMLStreamConstants.END_DOCUMENT -> throw truncated(null);
        default -> {
          // comments and processing instructions carry no data
        }
      }
    }
  }

  /** Consumes the current element and everything in it. */
  public void skip() throws InputException {
    int target = depth - 1;
    while (depth > target) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        push();
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw truncated(null);
      }
    }
  }

  /** Reads to the end of the document, so that anything broken after the root is reported. */
  public void finish() throws InputException {
    while (next() != XMLStreamConstants.END_DOCUMENT) {
      // only comments, processing instructions and white space may follow the root
    }
  }

  /** The local name of the current element. */
  public String name() {
    return path[depth - 1];
  }

  /** The line the reader is on. */
  public int line() {
    int line = xml.getLocation().getLineNumber();
    return line > 0 ? line : source.lines();
  }

  /** The file's name. */
  public String file() {
    return file;
  }

  private void push() {
    if (depth == path.length) {
      path = Arrays.copyOf(path, depth * 2);
    }
    path[depth++] = xml.getLocalName();
  }

  private int next() throws InputException {
    int event;
    try {
      event = xml.next();
    } catch (XMLStreamException e) {
      throw translate(e);
    }
    if (event == XMLStreamConstants.DTD) {
      throw new InputException(
          file,
          "line " + line(),
          "-",
          "the file contains a DOCTYPE declaration, and DTDs are not allowed",
          what + " without a DOCTYPE");
    }
    return event;
  }

  private InputException truncated(Throwable cause) {
    if (depth == 0) {
      return new InputException(
          file,
          "line " + source.lines(),
          "-",
          "the file ends before its root element",
          what.replace(" file", " message"),
          cause);
    }
    String open = path[depth - 1];
    return new InputException(
        file,
        "line " + source.lines(),
        open,
        "the file ends before element <" + open + "> is closed (it may be truncated)",
        "the closing tag </" + open + ">",
        cause);
  }

  private InputException translate(XMLStreamException e) {
    String open = depth > 0 ? path[depth - 1] : "-";
    EncodingException enc = source.failure();
    if (enc != null) {
      return new InputException(
          file,
          "line " + enc.line,
          open,
          "the file holds bytes that are not valid " + enc.charset + " text",
          "a file saved in the encoding its XML declaration names (UTF-8 if it names none)",
          e);
    }
    Location at = e.getLocation();
    int line = at != null && at.getLineNumber() > 0 ? at.getLineNumber() : source.lines();
    String message = e.getMessage() == null ? "" : e.getMessage();
    int cut = message.indexOf("Message: ");
    String detail = cut >= 0 ? message.substring(cut + "Message: ".length()) : message;
    if (detail.contains("must start and end within the same entity")
        || detail.contains("Premature end of file")) {
      return truncated(e);
    }
    return new InputException(
        file,
        "line " + line,
        open,
        "the XML is not well-formed: " + withoutContent(detail.strip()),
        "well-formed XML",
        e);
  }

  /**
   * The parser's message without what it quotes from the text: a message about an entity or a
   * character reference quotes characters of an element's content (in {@code
   * <LAchildID>AB&CD12</LAchildID>}, the entity "CD12"), which may be part of a child's identifier.
   * Messages about elements and attributes quote only their names, which are kept.
   */
  static String withoutContent(String detail) {
    if (detail.contains("entity") || detail.contains("reference") || detail.contains("&")) {
      return detail.replaceAll("\"[^\"]*\"", "\"...\"");
    }
    return detail;
  }

  @Override
  public void close() throws IOException {
    try {
      if (xml != null) {
        xml.close();
      }
    } catch (XMLStreamException e) {
      // nothing was written; closing the underlying reader below is what matters
    }
    source.close();
  }

  /**
   * Decodes the bytes, counting lines as it goes, so that the first byte not valid in the encoding
   * is reported on its own line. Characters decoded before that byte are delivered first.
   */
  static final class DecodingReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final String charset;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private boolean eof;
    private boolean flushed;
    private int lines = 1;
    private EncodingException failure;

    DecodingReader(InputStream in, Charset charset) {
      this.in = in;
      this.decoder =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      this.charset = charset.name().toUpperCase(Locale.ROOT);
      bytes.flip();
    }

    int lines() {
      return lines;
    }

    EncodingException failure() {
      return failure;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (failure != null) {
        throw failure;
      }
      if (len == 0) {
        return 0;
      }
      if (flushed) {
        // The input ended and the decoder was flushed: a parser reading on (a truncated file)
        // must see the end again, not a decoder used after flushing.
        return -1;
      }
      CharBuffer out = CharBuffer.wrap(buf, off, len);
      while (true) {
        CoderResult result = decoder.decode(bytes, out, eof);
        int n = out.position() - off;
        if (result.isError()) {
          count(buf, off, n);
          failure = new EncodingException(lines, charset);
          if (n > 0) {
            return n;
          }
          throw failure;
        }
        if (n > 0 && (result.isOverflow() || !eof)) {
          count(buf, off, n);
          return n;
        }
        if (result.isOverflow()) {
          throw new IOException("read buffer too small for one character");
        }
        if (eof) {
          if (!flushed) {
            decoder.flush(out);
            flushed = true;
          }
          n = out.position() - off;
          count(buf, off, n);
          return n > 0 ? n : -1;
        }
        bytes.compact();
        int got = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (got < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + got);
        }
        bytes.flip();
      }
    }

    private void count(char[] buf, int off, int n) {
      for (int i = off; i < off + n; i++) {
        if (buf[i] == '\n') {
          lines++;
        }
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Bytes that are not valid in the file's encoding, with the line they are on. */
  static final class EncodingException extends IOException {
    private static final long serialVersionUID = 1L;
    final int line;
    final String charset;

    EncodingException(int line, String charset) {
      super("bytes not valid " + charset + " on line " + line);
      this.line = line;
      this.charset = charset;
    }
  }
}
